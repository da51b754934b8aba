#include "documents/ScoreSheet.h"
#include "TestSupport.h"

#include <doctest/doctest.h>
#include <filesystem>

using namespace examroom;

namespace {

test::ProcessResult runKiosk(const std::filesystem::path& data, const std::string& script,
                             const test::TempDir& dir)
{
    test::writeFile(dir / "script.txt", script);
    return test::runProcess({KIOSK_BINARY, "--headless", "--data-dir", data.string(),
                             "--centre-files", test::sampleDataDir().string(), "--import-now",
                             "2027-03-01T09:00:00+08:00", "--seat", "7", "--candidate-script",
                             (dir / "script.txt").string()});
}

} // namespace

TEST_CASE("a headless kiosk answers a paper and writes a signed sheet")
{
    test::TempDir dir;
    const auto sheetPath = dir / "sheet.json";
    auto result = runKiosk(dir / "data",
                           "login 2026120807003 440304197108289578\n"
                           "confirm-identity\n"
                           "open-exam " +
                               std::string(64, '5') +
                               "\n"
                               "answer-correct all\n"
                               "answer 1 B\nflag 2\n"
                               "submit\nresult\nsheet-out " +
                               sheetPath.string() + "\n",
                           dir);
    INFO(result.out << result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.find("result 2026120807003 score") != std::string::npos);
    auto document = SignedDocument::fromJson(test::readFile(sheetPath));
    REQUIRE(document);
    CHECK(verifySignature(*document));
    auto sheet = ScoreSheet::fromBody(document->body);
    REQUIRE(sheet);
    CHECK(sheet->seatNo == 7);
    CHECK(sheet->answers.size() == 30);
}

TEST_CASE("a headless kiosk restarted mid-exam resumes the same attempt")
{
    test::TempDir dir;
    auto first = runKiosk(dir / "data",
                          "login 2026120807004 430104198309063921\nconfirm-identity\n"
                          "open-exam random\nshown\nanswer 1 A\nanswer 2 B\n",
                          dir);
    INFO(first.out << first.err);
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.find("question 1 of 30 shown at monotonic ") != std::string::npos);
    auto second = runKiosk(dir / "data", "submit\nresult\n", dir);
    INFO(second.out << second.err);
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.find("resumed 2026-GD-SZ-LV-INIT-07/2026120807004/1, 2 answered") !=
          std::string::npos);
    CHECK(second.out.find("answered 2/30") != std::string::npos);
}

TEST_CASE("a bad script line fails the headless run and names the line")
{
    test::TempDir dir;
    auto result = runKiosk(dir / "data", "login 1 2\n", dir);
    CHECK(result.exitCode == 1);
    CHECK(result.out.find("line 1: login") != std::string::npos);
}

TEST_CASE("every screen renders in Chinese and English")
{
    auto result = test::runProcess({KIOSK_BINARY, "--render-screens", KIOSK_SCREENS_DIR,
                                    "--centre-files", test::sampleDataDir().string()});
    INFO(result.out << result.err);
    REQUIRE(result.exitCode == 0);
    for (const char* language : {"zh", "en"})
        for (const char* screen :
             {"01-idle", "02-login-refused", "03-identity", "04-waiting", "05-exam",
              "05-exam-font-medium", "05-exam-font-large", "06-exam-large-contrast", "07-paused",
              "08-locked", "09-submit-confirm", "10-result"}) {
            const auto path = std::filesystem::path(KIOSK_SCREENS_DIR) /
                              (std::string("kiosk-") + screen + "-" + language + ".png");
            CHECK_MESSAGE(std::filesystem::file_size(path) > 10000, path.string());
        }
}
