// "No question, answer or personal datum in plaintext on disk", for the console: the plan's
// photos, the check-in photo, every printed form (admission tickets, seat chart, paper
// fallback, confirmation sheets, score list, room record, practical sheets) live in memory;
// the forms reach the printer through a pipe (the stand-in lp keeps what it reads: the test's
// files, the printer's paper). The console writes its encrypted site.db and its key files,
// and a form only where the proctor typed a path; nothing at all under $TMPDIR or
// $XDG_RUNTIME_DIR, and no print folder.
#include "ConsoleFixture.h"
#include "ConsoleImageProvider.h"
#include "PaperController.h"
#include "site/AuditLog.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <QImage>
#include <set>

using namespace examroom;
using examroom::test::ConsoleFixture;

namespace {

// Points an environment variable at another value for the scope.
class ScopedEnv
{
public:
    ScopedEnv(const char* name, const std::filesystem::path& value)
        : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        std::filesystem::create_directories(value);
        qputenv(name, QByteArray::fromStdString(value.string()));
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* m_name;
    bool m_had;
    QByteArray m_old;
};

// Every file under `dir`, relative to it.
std::set<std::string> filesUnder(const std::filesystem::path& dir)
{
    std::set<std::string> out;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
        if (!e.is_directory())
            out.insert(std::filesystem::relative(e.path(), dir).generic_string());
    return out;
}

// The files the console may leave in the fixture's folder: site.db (SQLCipher) with its
// journal and key files, and what the proctor saved under "chosen/" (the path they typed).
// The test's own: the plan package it imports and the stand-in printer with its jobs.
bool allowed(const std::string& name)
{
    return name.rfind("data/site.", 0) == 0 || name == "data/room.key" ||
           name.rfind("chosen/", 0) == 0 || name == "plan-package.json" ||
           name.rfind("printer/", 0) == 0;
}

// TMPDIR and XDG_RUNTIME_DIR pointed at empty folders of the test's for its scope.
struct Watched
{
    test::TempDir dir;
    ScopedEnv tmp{"TMPDIR", dir / "tmp"};
    ScopedEnv runtime{"XDG_RUNTIME_DIR", dir / "runtime"};
};

// Nothing under the watched folders; in the console's folder only what allowed() names.
void checkNothingElseWritten(const test::ConsoleFixture& f, const Watched& watched)
{
    for (const auto& name : filesUnder(watched.dir.path()))
        CHECK_MESSAGE(false, "written under TMPDIR or XDG_RUNTIME_DIR: " << name);
    for (const auto& name : filesUnder(f.dir.path()))
        CHECK_MESSAGE(allowed(name), "the console wrote " << name);
    CHECK_FALSE(std::filesystem::exists(f.dir / "print"));
    CHECK_FALSE(std::filesystem::exists(f.dir / "data" / "print"));
}

// The audit entries of `action`.
std::vector<site::AuditEntry> audited(test::ConsoleFixture& f, const std::string& action)
{
    std::vector<site::AuditEntry> out;
    for (const auto& e : f.manager.store().audit().entries())
        if (e.action == action)
            out.push_back(e);
    return out;
}

} // namespace

TEST_CASE("the console writes no file outside its database through plan check-in tickets and "
          "paper")
{
    ConsoleFixture f;      // site.db opened, the package built (the test's input)
    const Watched watched; // TMPDIR and XDG_RUNTIME_DIR from here on

    // Plan received from a package, room set up and the seat chart printed, the first
    // candidate checked in with the photo on screen, the admission tickets printed.
    f.setUpRoom();
    REQUIRE(f.console.room()->printSeatChart());
    f.later("2027-03-08T08:01:00+08:00");
    REQUIRE(f.manager.sessions()
                .checkIn(*f.manager.person(), f.manager.sessionId(), f.ticket(0).toStdString())
                .ok());
    REQUIRE(f.console.start()->start(QString::fromStdString(f.password)));
    REQUIRE(f.manager.plan()->photos.count() > 0);
    CheckInController& checkIn = *f.console.checkIn();
    REQUIRE(checkIn.search(f.ticket(0)));
    const QString url = checkIn.photoUrl();
    REQUIRE(url.startsWith(QStringLiteral("image://console/photo/")));
    ConsoleImageProvider provider(f.manager);
    QSize size;
    const QImage photo =
        provider.requestImage(url.mid(QStringLiteral("image://console/").size()), &size, {});
    CHECK_FALSE(photo.isNull());
    CHECK(size == photo.size());
    CHECK(provider.requestImage(QStringLiteral("photo/NO-SUCH-TICKET"), &size, {}).isNull());
    REQUIRE(f.console.tickets()->printAll());
    // The printer got the seat chart, then the tickets; the photos reach the tickets from
    // memory: the PDF embeds images (pdfimages lists them after its two header lines).
    REQUIRE(f.printer.jobs().size() == 2);
    CHECK(f.printer.jobText(0).find("考场座位表") != std::string::npos);
    CHECK(f.printer.jobText(1).find(f.candidate(0).name) != std::string::npos);
    const auto images =
        test::runProcess({"/usr/bin/pdfimages", "-list", f.printer.jobs()[1].string()});
    REQUIRE(images.exitCode == 0);
    CHECK(std::count(images.out.begin(), images.out.end(), '\n') > 2);

    // The paper fallback: switched, printed through the printer's standard input.
    PaperController& paper = *f.console.paper();
    paper.select(f.ticket(0));
    REQUIRE(paper.switchToPaper(QStringLiteral("考位黑屏")));
    REQUIRE(paper.printPaper());
    CHECK(paper.stage() == "first");
    REQUIRE(f.printer.jobs().size() == 3);
    const std::string pdf = test::readFile(f.printer.jobs()[2]);
    CHECK(pdf.rfind("%PDF-", 0) == 0);
    CHECK(pdf.size() > 10000);
    CHECK(f.printer.jobText(2).find("答题卡") != std::string::npos);

    // A failing printer is told, and leaves nothing either.
    const QStringList lp{QString::fromStdString(f.printer.program().string())};
    f.manager.setPrintCommand({QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                               QStringLiteral("cat >/dev/null; echo out of paper >&2; exit 3")});
    CHECK_FALSE(paper.printPaper());
    CHECK(paper.message().contains(QStringLiteral("out of paper")));
    CHECK_FALSE(f.console.tickets()->printAll());
    CHECK(f.console.tickets()->message().contains(QStringLiteral("out of paper")));
    // No printer at all: refused, nothing written.
    f.manager.setPrintCommand({});
    CHECK_FALSE(paper.hasPrinter());
    CHECK_FALSE(paper.printPaper());
    CHECK_FALSE(f.console.tickets()->printAll());
    CHECK_FALSE(f.console.room()->printSeatChart());
    CHECK(f.console.room()->message().contains(QStringLiteral("另存为 PDF")));
    f.manager.setPrintCommand(lp);
    CHECK(f.printer.jobs().size() == 3);

    // A restarted console reloads the plan from site.db: the photos again in memory only.
    ConsoleManager again(f.clock, ConsoleFixture::options());
    again.setCentreKey(f.centreKey.publicKey());
    again.open(f.dir / "data");
    REQUIRE(again.plan());
    CHECK(again.plan()->photos.count() == f.manager.plan()->photos.count());

    checkNothingElseWritten(f, watched);
}

TEST_CASE("the close forms and practical sheets are printed through the pipe and saved only "
          "where the proctor asks")
{
    ConsoleFixture f;
    const Watched watched;
    f.startWithFirstCandidate();
    // The first candidate hands in, the rest are absent: the room closes and prints its forms
    // (no sheet arrived over a link here: the score list and the room record).
    f.later("2027-03-08T10:05:00+08:00");
    REQUIRE(f.manager.starts()
                .recordSubmitted(f.manager.sessionId(), f.ticket(0).toStdString(), "candidate")
                .ok());
    for (const auto& c : f.manager.sessions().candidates(f.manager.sessionId()))
        if (c.status == site::CandidateStatus::Expected)
            REQUIRE(f.manager.sessions()
                        .markAbsent(*f.manager.person(), f.manager.sessionId(), c.ticketNo)
                        .ok());
    CloseController& close = *f.console.close();
    REQUIRE(close.close(QStringLiteral("考场秩序良好")));
    REQUIRE(f.printer.jobs().size() == 2);
    const std::string scores = f.printer.jobText(0);
    CHECK(scores.find("考场成绩单") != std::string::npos);
    CHECK(scores.find(f.candidate(1).name) != std::string::npos);
    CHECK(f.printer.jobText(1).find("考场记录") != std::string::npos);
    CHECK(close.printedText().contains(QStringLiteral("stand-in-2")));

    // Practical: one candidate marked eligible, drawn, the graders' sheets printed.
    PracticalController& practical = *f.console.practical();
    REQUIRE(practical.openSession(10));
    REQUIRE(practical.markEligible(f.ticket(1), QStringLiteral("2026年第5期理论考试合格")));
    REQUIRE(practical.drawTasks(f.ticket(1)));
    REQUIRE(practical.printSheets());
    REQUIRE(f.printer.jobs().size() == 3);
    CHECK(f.printer.jobText(2).find(f.ticket(1).toStdString()) != std::string::npos);

    // No printer: refused; saved where the proctor typed, each file on record.
    f.manager.setPrintCommand({});
    CHECK_FALSE(close.hasPrinter());
    CHECK_FALSE(close.printCloseForms());
    CHECK_FALSE(practical.printSheets());
    const auto chosen = f.dir / "chosen";
    std::filesystem::create_directories(chosen);
    CHECK_FALSE(close.saveCloseForms(QString::fromStdString((chosen / "one.pdf").string())));
    CHECK(close.message().contains(QStringLiteral("文件夹")));
    REQUIRE(close.saveCloseForms(QString::fromStdString(chosen.string())));
    const std::string stem = "score-list-" + f.manager.plan()->files.plan.planId + "-R1.pdf";
    CHECK(test::readFile(chosen / stem).rfind("%PDF-", 0) == 0);
    REQUIRE(practical.saveSheets(
        QUrl::fromLocalFile(QString::fromStdString((chosen / "sheets.pdf").string())).toString()));
    CHECK(test::readFile(chosen / "sheets.pdf").rfind("%PDF-", 0) == 0);
    CHECK(
        practical.printedText().contains(QString::fromStdString((chosen / "sheets.pdf").string())));
    const auto saved = audited(f, "form-saved");
    REQUIRE(saved.size() == 3);
    CHECK(saved[0].subject == "score-list");
    CHECK(saved[1].subject == "room-record");
    CHECK(saved[2].subject == "practical-sheets");
    CHECK(nlohmann::json::parse(saved[2].detail)["path"] == (chosen / "sheets.pdf").string());
    // Locked after inactivity: nothing is saved, and what was written is removed again.
    f.clock.set(f.clock.now() + std::chrono::hours(1));
    CHECK_FALSE(practical.saveSheets(QString::fromStdString((chosen / "late.pdf").string())));
    CHECK_FALSE(std::filesystem::exists(chosen / "late.pdf"));
    CHECK(audited(f, "form-saved").size() == 3);

    checkNothingElseWritten(f, watched);
}

TEST_CASE("the paper is saved to disk only where the proctor asks")
{
    ConsoleFixture f;
    f.startWithFirstCandidate();
    PaperController& paper = *f.console.paper();
    f.manager.setPrintCommand({});
    paper.select(f.ticket(0));
    REQUIRE(paper.switchToPaper(QStringLiteral("考位黑屏")));
    CHECK_FALSE(paper.hasPrinter());
    CHECK_FALSE(paper.savePaper(QString()));
    CHECK_FALSE(paper.savePaper(QStringLiteral("/nonexistent-dir/paper.pdf")));
    CHECK(paper.stage() == "print");
    const auto chosen = f.dir / "chosen" / "paper.pdf";
    std::filesystem::create_directories(chosen.parent_path());
    REQUIRE(
        paper.savePaper(QUrl::fromLocalFile(QString::fromStdString(chosen.string())).toString()));
    CHECK(test::readFile(chosen).rfind("%PDF-", 0) == 0);
    CHECK(paper.stage() == "first");
    CHECK(paper.printedText().contains(QString::fromStdString(chosen.string())));
    const auto saved = audited(f, "paper-saved");
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].subject == f.ticket(0).toStdString());
    CHECK(audited(f, "form-saved").empty());
}
