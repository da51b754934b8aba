#include "TestSupport.h"

#include <doctest/doctest.h>

using namespace examroom::test;

namespace {
const std::string now = "2027-03-01T09:00:00+08:00";

ProcessResult planCheck(const std::string& dir, const std::string& at = now)
{
    return runProcess({CENTER_SYNC_BINARY, "plan", "check", dir, "--now", at});
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}
} // namespace

TEST_CASE("plan check accepts the sample files and prints their summary")
{
    auto result = planCheck(sampleDataDir().string());
    INFO(result.out, result.err);
    CHECK(result.exitCode == 0);
    CHECK(contains(result.out, "Plan 2026-GD-SZ-LV-INIT-07"));
    CHECK(contains(result.out, "Exam kind: 初领"));
    CHECK(contains(result.out, "Candidates: 40"));
    CHECK(contains(result.out, "判断 20"));
    CHECK(contains(result.out, "单选 14"));
    CHECK(contains(result.out, "多选 6"));
    CHECK(contains(result.out, "drawable: yes"));
    CHECK(contains(result.out, "training hours 72 of 80"));
}

TEST_CASE("plan check exits 1 and prints every error as file:line:column")
{
    TempDir dir;
    copySampleData(dir.path());
    auto bank = readFile(dir / "bank.csv");
    bank.replace(bank.find("LV0002,判断"), std::string("LV0002,判断").size(), "LV0002,问答");
    writeFile(dir / "bank.csv", bank);
    auto roster = readFile(dir / "roster.csv");
    roster.replace(roster.find("441900200505273097"), 18, "441900200505273098");
    writeFile(dir / "roster.csv", roster);

    auto result = planCheck(dir.path().string());
    INFO(result.out, result.err);
    CHECK(result.exitCode == 1);
    CHECK(contains(result.err, (dir / "bank.csv").string() + ":3:8: error: 题型"));
    CHECK(contains(result.err, (dir / "roster.csv").string() + ":2:26: error: 身份证件号"));
    CHECK(contains(result.err, "2 error(s)"));
    CHECK(contains(result.err, "nothing was imported"));
    CHECK(result.out.empty());
}

TEST_CASE("plan check judges the exam window at the --now instant")
{
    auto result = planCheck(sampleDataDir().string(), "2027-03-09T00:00:00+08:00");
    CHECK(result.exitCode == 1);
    CHECK(contains(result.err, "plan.json:17:"));
    CHECK(contains(result.err, "is in the past"));
}

TEST_CASE("plan check refuses a malformed --now and a missing folder with exit 2")
{
    CHECK(planCheck(sampleDataDir().string(), "tomorrow").exitCode == 2);
    CHECK(planCheck("/nonexistent/folder").exitCode == 2);
}

TEST_CASE("center-sync --help documents plan check")
{
    auto top = runProcess({CENTER_SYNC_BINARY, "--help"});
    CHECK(top.exitCode == 0);
    CHECK(contains(top.out, "plan"));
    auto check = runProcess({CENTER_SYNC_BINARY, "plan", "check", "--help"});
    CHECK(check.exitCode == 0);
    CHECK(contains(check.out, "--now"));
    CHECK(contains(check.out, "file:line:column"));
}
