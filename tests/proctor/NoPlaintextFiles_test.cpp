// "No question, answer or personal datum in plaintext on disk", for the console: the plan's
// photos, the check-in photo and the paper fallback live in memory. The console writes its
// encrypted site.db (and its key files) and the forms the proctor prints to the print folder;
// nothing else, and nothing at all under $TMPDIR or $XDG_RUNTIME_DIR.
#include "ConsoleFixture.h"
#include "ConsoleImageProvider.h"
#include "PaperController.h"

#include <algorithm>
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
// journal and key files, and the PDFs the proctor asked for in the print folder. The test's
// own: the plan package it imports and what its stand-in printer received.
bool allowed(const std::string& name)
{
    return name.rfind("data/site.", 0) == 0 || name == "data/room.key" ||
           (name.rfind("print/", 0) == 0 && name.size() > 4 &&
            name.substr(name.size() - 4) == ".pdf") ||
           name == "plan-package.json" || name == "printer-got.pdf";
}

} // namespace

TEST_CASE("the console writes no file outside its database through plan check-in and paper")
{
    ConsoleFixture f;            // site.db opened, the package built (the test's input)
    const test::TempDir watched; // TMPDIR and XDG_RUNTIME_DIR from here on
    const ScopedEnv tmp("TMPDIR", watched / "tmp");
    const ScopedEnv runtime("XDG_RUNTIME_DIR", watched / "runtime");
    const auto printed = f.dir / "printer-got.pdf"; // the stand-in printer's, not the console's

    // Plan received from a package, room set up, the first candidate checked in with the
    // photo on screen, the admission tickets printed (to the print folder: asked for).
    f.startWithFirstCandidate();
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
    // The photos reach the tickets from memory: the PDF embeds images (pdfimages lists them
    // after its two header lines).
    const auto images = test::runProcess(
        {"/usr/bin/pdfimages", "-list", f.console.tickets()->pdfPath().toStdString()});
    REQUIRE(images.exitCode == 0);
    CHECK(std::count(images.out.begin(), images.out.end(), '\n') > 2);

    // The paper fallback: switched, printed through the printer's standard input.
    PaperController& paper = *f.console.paper();
    paper.select(f.ticket(0));
    REQUIRE(paper.switchToPaper(QStringLiteral("考位黑屏")));
    paper.setPrintCommand({QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                           QStringLiteral("cat > \"$0\""),
                           QString::fromStdString(printed.string())});
    REQUIRE(paper.printPaper());
    CHECK(paper.stage() == "first");
    const std::string pdf = test::readFile(printed);
    CHECK(pdf.rfind("%PDF-", 0) == 0);
    CHECK(pdf.size() > 10000);

    // A failing printer is told, and leaves nothing either.
    paper.setPrintCommand({QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                           QStringLiteral("cat >/dev/null; echo out of paper >&2; exit 3")});
    CHECK_FALSE(paper.printPaper());
    CHECK(paper.message().contains(QStringLiteral("out of paper")));
    // No printer at all: refused, nothing written.
    paper.setPrintCommand({});
    CHECK_FALSE(paper.printPaper());

    // A restarted console reloads the plan from site.db: the photos again in memory only.
    ConsoleManager again(f.clock, ConsoleFixture::options());
    again.setCentreKey(f.centreKey.publicKey());
    again.open(f.dir / "data");
    REQUIRE(again.plan());
    CHECK(again.plan()->photos.count() == f.manager.plan()->photos.count());

    for (const auto& name : filesUnder(watched.path()))
        CHECK_MESSAGE(false, "written under TMPDIR or XDG_RUNTIME_DIR: " << name);
    for (const auto& name : filesUnder(f.dir.path()))
        CHECK_MESSAGE(allowed(name), "the console wrote " << name);
    CHECK(std::filesystem::exists(f.dir / "print"));
}

TEST_CASE("the paper is saved to disk only where the proctor asks")
{
    ConsoleFixture f;
    f.startWithFirstCandidate();
    PaperController& paper = *f.console.paper();
    paper.setPrintCommand({});
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
    int saved = 0;
    for (const auto& e : f.manager.store().audit().entries())
        saved += e.action == "paper-saved" && e.subject == f.ticket(0).toStdString() ? 1 : 0;
    CHECK(saved == 1);
}
