// The close-out forms: the room's score list and the room record (考场记录), made from the
// sample plan, checked with poppler and rendered to PNG under <build>/print-renders.
#include "import/CentreFiles.h"
#include "print/RoomRecordPrinter.h"
#include "print/ScoreListPrinter.h"
#include "PrintTestSupport.h"
#include "TestSupport.h"
#include "util/Clock.h"

#include <doctest/doctest.h>
#include <filesystem>
#include <QGuiApplication>
#include <regex>

using namespace examroom;
using namespace examroom::print;

namespace {

void ensureGuiApp()
{
    static int argc = 1;
    static char name[] = "test_print";
    static char* argv[] = {name, nullptr};
    if (!QGuiApplication::instance()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        static QGuiApplication app(argc, argv);
    }
}

std::filesystem::path rendersDir()
{
    auto dir = std::filesystem::path(EXAMROOM_BINARY_DIR) / "print-renders";
    std::filesystem::create_directories(dir);
    return dir;
}

int pagesOf(const std::filesystem::path& pdf)
{
    auto info = test::runProcess({"/usr/bin/pdfinfo", pdf.string()});
    REQUIRE(info.exitCode == 0);
    std::smatch m;
    REQUIRE(std::regex_search(info.out, m, std::regex("Pages:\\s+(\\d+)")));
    return std::stoi(m[1]);
}

std::string textOf(const std::filesystem::path& pdf)
{
    auto r = test::runProcess({"/usr/bin/pdftotext", "-layout", pdf.string(), "-"});
    REQUIRE(r.exitCode == 0);
    return r.out;
}

void renderPng(const std::filesystem::path& pdf)
{
    auto stem = (pdf.parent_path() / pdf.stem()).string();
    auto r = test::runProcess({"/usr/bin/pdftoppm", "-png", "-r", "80", pdf.string(), stem});
    REQUIRE(r.exitCode == 0);
}

} // namespace

TEST_CASE("an ID number is masked in the middle")
{
    CHECK(maskIdNumber("441900200505273097") == QStringLiteral("441900********3097"));
    CHECK(maskIdNumber("A1234567") == QStringLiteral("A1****67"));
    CHECK(maskIdNumber("12") == QStringLiteral("**"));
}

TEST_CASE("the score list is one page for a room of forty with masked ID numbers")
{
    ensureGuiApp();
    FixedClock clock(parseIsoTime("2027-03-01T09:00:00+08:00")->utc);
    auto imported = importCentreFiles(test::sampleDataDir(), clock);
    REQUIRE(imported.files);
    std::vector<ScoreListRow> rows;
    int seat = 0;
    for (const auto& c : imported.files->roster) {
        ScoreListRow row{++seat, c.ticketNo, c.name, c.id.number, {}, false, {}};
        if (seat % 9 == 0)
            row.remark = "缺考";
        else if (seat == 5)
            row.remark = "取消资格";
        else {
            row.score = 60.0 + (seat * 7) % 40;
            row.passed = *row.score >= 80;
        }
        rows.push_back(row);
    }
    const auto pdf = rendersDir() / "score-list.pdf";
    ScoreListPrinter printer;
    auto done = test::writePdf(
        pdf, [&](QIODevice& out) { return printer.print(out, imported.files->plan, "R1", rows); });
    REQUIRE(done.ok);
    CHECK(done.pages == 1);
    CHECK(pagesOf(pdf) == 1);
    const auto text = textOf(pdf);
    CHECK(text.find("考场成绩单") != std::string::npos);
    CHECK(text.find(imported.files->roster.front().id.number) == std::string::npos);
    CHECK(text.find(maskIdNumber(imported.files->roster.front().id.number).toStdString()) !=
          std::string::npos);
    renderPng(pdf);
}

TEST_CASE("the room record lists staff and seats and incidents and notes")
{
    ensureGuiApp();
    RoomRecord r;
    r.planName = "2026年深圳市低压电工作业初领考试计划";
    r.siteName = "深圳市安全生产考试点";
    r.roomId = "R1";
    r.subject = "低压电工作业安全技术实际操作";
    r.window = "2027年03月08日 08:00—10:00";
    r.startedAt = "2027-03-08 08:01";
    r.closedAt = "2027-03-08 10:12";
    r.staff = {"admin", "second"};
    r.closedBy = "admin";
    for (int seat = 1; seat <= 40; ++seat)
        r.seats.push_back(
            {seat, "20261208070" + std::to_string(10 + seat), "考生" + std::to_string(seat),
             seat == 3   ? "取消资格"
             : seat > 30 ? "缺考"
                         : "已交卷",
             seat == 2 ? 10 : 0, seat == 3 ? 1 : 0, seat == 7 ? "迟到放行：交通管制" : ""});
    r.absentees = {"2026120807041 考生31", "2026120807042 考生32"};
    r.removed = {"2026120807013 考生3"};
    r.incidents = {{"08:20", "2026120807011", "换机续考 1 → 41", "终端死机", "admin"},
                   {"08:31", "2026120807013", "取消考试资格", "夹带资料", "admin / second"}};
    r.extensions = {{"08:15", "2026120807012", "延时 10 分钟", "终端故障重启", "admin"}};
    r.authorizationFailures = 1;
    r.notes = "考场秩序良好。";
    r.recordHash = "9f2c4e0d6a1b3c5e7f9a0b2c4d6e8f0a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7d9e";
    const auto pdf = rendersDir() / "room-record.pdf";
    auto done =
        test::writePdf(pdf, [&](QIODevice& out) { return RoomRecordPrinter{}.print(out, r); });
    REQUIRE(done.ok);
    CHECK(done.pages == pagesOf(pdf));
    CHECK(done.pages >= 2); // 40 seat lines do not fit one page with the rest
    const auto text = textOf(pdf);
    CHECK(text.find("考场记录") != std::string::npos);
    CHECK(text.find("夹带资料") != std::string::npos);
    CHECK(text.find("延时 10 分钟") != std::string::npos);
    CHECK(text.find("考场秩序良好") != std::string::npos);
    renderPng(pdf);
}
