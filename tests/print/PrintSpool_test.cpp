// The one way every console form leaves memory: PdfBuffer (built and wiped in memory) and
// PrintSpool (piped to the print command's standard input, or saved where the proctor chose).
// The "printer" is a real process: the stand-in lp keeping what it reads as the test's file.
#include "import/CentreFiles.h"
#include "print/PdfBuffer.h"
#include "print/PrintSpool.h"
#include "print/SeatChartPrinter.h"
#include "PrintTestSupport.h"
#include "StandInPrinter.h"
#include "util/Clock.h"

#include <QUrl>

using namespace examroom;
using namespace examroom::print;

namespace {

// A real form in memory: the sample plan's seat chart.
void renderChart(PdfBuffer& pdf)
{
    test::ensureGuiApp();
    FixedClock clock(std::chrono::sys_seconds{});
    auto imported = importCentreFiles(EXAMROOM_TEST_DATA_DIR, clock);
    REQUIRE(imported.files);
    std::vector<SeatChartEntry> seats;
    int seat = 1;
    for (const auto& c : imported.files->roster)
        seats.push_back({seat++, c.ticketNo, c.name, false, false});
    REQUIRE(SeatChartPrinter().print(pdf.device(), imported.files->plan, "R1", seats).ok);
}

} // namespace

TEST_CASE("a form built in memory reaches the print command whole on its standard input")
{
    const test::TempDir dir;
    const test::StandInPrinter lp(dir / "printer");
    PdfBuffer pdf;
    renderChart(pdf);
    REQUIRE(pdf.bytes().startsWith("%PDF-"));

    const PrintSpool spool({QString::fromStdString(lp.program().string())});
    REQUIRE(spool.hasPrinter());
    const auto sent = spool.send(pdf.bytes());
    CHECK(sent.ok);
    CHECK(sent.said == QStringLiteral("request id is stand-in-1 (0 file(s))"));
    REQUIRE(lp.jobs().size() == 1);
    CHECK(test::readFile(lp.jobs()[0]) == pdf.bytes().toStdString());
    CHECK(test::pdfText(lp.jobs()[0]).find("考场座位表") != std::string::npos);

    pdf.wipe();
    CHECK(pdf.bytes().isEmpty());
}

TEST_CASE("a print command that fails or is missing is told with its reason")
{
    const QByteArray pdf("%PDF-1.4 not much of one");
    const auto failing =
        PrintSpool({QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                    QStringLiteral("cat >/dev/null; echo out of paper >&2; exit 3")})
            .send(pdf);
    CHECK_FALSE(failing.ok);
    CHECK(failing.error == QStringLiteral("out of paper"));
    const auto silent =
        PrintSpool({QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("exit 2")})
            .send(pdf);
    CHECK_FALSE(silent.ok);
    CHECK(silent.error.contains(QStringLiteral("exited with 2")));
    const auto missing = PrintSpool({QStringLiteral("/nonexistent/lp")}).send(pdf);
    CHECK_FALSE(missing.ok);
    CHECK_FALSE(missing.error.isEmpty());
    const PrintSpool none(QStringList{});
    CHECK_FALSE(none.hasPrinter());
    CHECK_FALSE(none.send(pdf).ok);
}

TEST_CASE("the default print command is lp found on PATH")
{
    const test::TempDir dir;
    const test::StandInPrinter lp(dir / "printer");
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", QByteArray::fromStdString(lp.binDir().string()));
    const QStringList found = PrintSpool::defaultCommand();
    qputenv("PATH", QByteArray::fromStdString((dir / "empty").string()));
    const QStringList none = PrintSpool::defaultCommand();
    qputenv("PATH", path);
    CHECK(found == QStringList{QString::fromStdString(lp.program().string())});
    CHECK(none.isEmpty());
}

TEST_CASE("a form is saved whole to the path the proctor typed and nowhere else")
{
    const test::TempDir dir;
    PdfBuffer pdf;
    renderChart(pdf);
    const auto chosen = dir / "chosen.pdf";
    const QString typed = QUrl::fromLocalFile(QString::fromStdString(chosen.string())).toString();
    CHECK(PrintSpool::localFile(typed) == QString::fromStdString(chosen.string()));
    CHECK(PrintSpool::localFile(QStringLiteral("  /a/b.pdf ")) == QStringLiteral("/a/b.pdf"));
    CHECK(PrintSpool::save(pdf.bytes(), PrintSpool::localFile(typed)).isEmpty());
    CHECK(test::readFile(chosen) == pdf.bytes().toStdString());
    CHECK_FALSE(PrintSpool::save(pdf.bytes(), QStringLiteral("/nonexistent-dir/x.pdf")).isEmpty());
    CHECK_FALSE(PrintSpool::save(pdf.bytes(), QString()).isEmpty());
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path()))
        ++files;
    CHECK(files == 1); // no temporary file left beside it
}
