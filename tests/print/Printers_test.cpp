#include "crypto/SigningKeyPair.h"
#include "import/CentreFiles.h"
#include "print/AdmissionTicketPrinter.h"
#include "print/ConfirmationSheetPrinter.h"
#include "print/SeatChartPrinter.h"
#include "PrintTestSupport.h"
#include "TestSupport.h"
#include "util/Clock.h"

#include <doctest/doctest.h>
#include <filesystem>
#include <QBuffer>
#include <QGuiApplication>
#include <regex>

using namespace examroom;
using namespace examroom::print;

namespace {

// Fonts need a QGuiApplication; one for the whole test run, without a display.
void ensureApp()
{
    static int argc = 1;
    static char name[] = "test_print";
    static char* argv[] = {name, nullptr};
    if (!QGuiApplication::instance()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        static QGuiApplication app(argc, argv);
    }
}

CentreFiles sample()
{
    FixedClock clock(parseIsoTime("2027-03-01T09:00:00+08:00")->utc);
    auto imported = importCentreFiles(test::sampleDataDir(), clock);
    REQUIRE(imported.files);
    return std::move(*imported.files);
}

std::filesystem::path outDir()
{
    auto dir = std::filesystem::path(EXAMROOM_BINARY_DIR) / "print-renders";
    std::filesystem::create_directories(dir);
    return dir;
}

int pdfPages(const std::filesystem::path& pdf)
{
    auto info = test::runProcess({"/usr/bin/pdfinfo", pdf.string()});
    REQUIRE(info.exitCode == 0);
    std::smatch m;
    REQUIRE(std::regex_search(info.out, m, std::regex("Pages:\\s+(\\d+)")));
    return std::stoi(m[1]);
}

// Renders the first `pages` pages to <stem>-N.png at 60 dpi (and the first at 150 dpi, to read
// the small print) and checks the files exist.
void render(const std::filesystem::path& pdf, int pages)
{
    auto stem = (pdf.parent_path() / pdf.stem()).string();
    auto r = test::runProcess(
        {"/usr/bin/pdftoppm", "-png", "-r", "60", "-l", std::to_string(pages), pdf.string(), stem});
    REQUIRE(r.exitCode == 0);
    auto big = test::runProcess({"/usr/bin/pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1",
                                 pdf.string(), stem + "-hi"});
    REQUIRE(big.exitCode == 0);
    int found = 0;
    for (const auto& e : std::filesystem::directory_iterator(pdf.parent_path()))
        if (e.path().filename().string().rfind(pdf.stem().string() + "-", 0) == 0 &&
            e.path().extension() == ".png")
            ++found;
    CHECK(found >= pages + 1);
}

// The fonts embedded in the PDF (pdffonts), to prove the CJK font is in the file.
std::string fonts(const std::filesystem::path& pdf)
{
    auto r = test::runProcess({"/usr/bin/pdffonts", pdf.string()});
    REQUIRE(r.exitCode == 0);
    return r.out;
}

// The encoded bytes of `c`'s sample photo, as the console holds them in memory.
QByteArray photoOf(const CentreFiles& files, const Candidate& c)
{
    return c.photo.empty() ? QByteArray()
                           : QByteArray::fromStdString(test::readFile(files.dir / c.photo));
}

} // namespace

TEST_CASE("the CJK fonts are installed")
{
    ensureApp();
    CHECK(cjkFontsAvailable());
}

TEST_CASE("admission tickets are one PDF with two tickets a page")
{
    ensureApp();
    auto files = sample();
    std::vector<AdmissionTicket> tickets;
    int seat = 1;
    for (const auto& c : files.roster)
        tickets.push_back({c, photoOf(files, c), "R1", seat++});
    tickets[1].candidate.makeUp = true;
    tickets[2].photo = QByteArrayLiteral("not an image"); // the box says 照片
    REQUIRE_FALSE(tickets[0].photo.isEmpty());
    auto pdf = outDir() / "admission-tickets.pdf";
    std::filesystem::remove(pdf);
    auto result = test::writePdf(pdf, [&](QIODevice& out) {
        return AdmissionTicketPrinter().print(out, files.plan, tickets);
    });
    REQUIRE(result.ok);
    CHECK(result.pages == 20);
    CHECK(pdfPages(pdf) == 20);
    CHECK(fonts(pdf).find("NotoS") != std::string::npos);
    render(pdf, 2);
}

TEST_CASE("the seat chart lists every seat with spare and locked seats marked")
{
    ensureApp();
    auto files = sample();
    std::vector<SeatChartEntry> seats;
    int seat = 1;
    for (const auto& c : files.roster)
        seats.push_back({seat++, c.ticketNo, c.name, false, false});
    seats.push_back({41, "", "", true, false});
    seats.push_back({42, "", "", true, false});
    seats[5].locked = true;
    seats[5].ticketNo.clear();
    auto pdf = outDir() / "seat-chart.pdf";
    std::filesystem::remove(pdf);
    auto result = test::writePdf(pdf, [&](QIODevice& out) {
        return SeatChartPrinter().print(out, files.plan, "R1", seats);
    });
    REQUIRE(result.ok);
    CHECK(result.pages == 1);
    CHECK(pdfPages(pdf) == 1);
    render(pdf, 1);
}

TEST_CASE("confirmation sheets are one page per candidate with the receipt code")
{
    ensureApp();
    auto files = sample();
    auto kiosk = crypto::SigningKeyPair::generate();
    std::vector<ConfirmationEntry> entries;
    int seat = 1;
    for (const auto& c : files.roster) {
        ScoreSheet s;
        s.planId = files.plan.planId;
        s.ticketNo = c.ticketNo;
        s.attempt = c.makeUp ? 2 : 1;
        s.sheetId = s.planId + "/" + s.ticketNo + "/" + std::to_string(s.attempt);
        s.planName = files.plan.name;
        s.examCentre = files.plan.applicant.unit;
        s.examKind = files.plan.examKind;
        s.qualificationType = files.plan.qualificationType;
        s.operationCategory = files.plan.operationCategory.value_or("");
        s.operationItem = files.plan.operationItem.value_or("");
        s.subject = "安全生产知识考试（" + s.operationItem + "）";
        s.siteId = files.plan.site.siteId;
        s.siteName = files.plan.site.name;
        s.roomId = "R1";
        s.seatNo = seat++;
        s.name = c.name;
        s.gender = c.gender;
        s.idType = c.id.type;
        s.idNo = c.id.number;
        s.examDate = "2027-03-08";
        s.scoreHalfPoints = 150 + seat;
        s.passed = s.scoreHalfPoints >= 160;
        auto signedSheet = s.sign(kiosk);
        entries.push_back({s, receiptCode(signedSheet), photoOf(files, c)});
    }
    auto pdf = outDir() / "confirmation-sheets.pdf";
    std::filesystem::remove(pdf);
    auto result = test::writePdf(
        pdf, [&](QIODevice& out) { return ConfirmationSheetPrinter().print(out, entries); });
    REQUIRE(result.ok);
    CHECK(result.pages == 40);
    CHECK(pdfPages(pdf) == 40);
    render(pdf, 2);
}

TEST_CASE("printing to an unwritable file fails cleanly")
{
    ensureApp();
    auto files = sample();
    std::vector<AdmissionTicket> tickets{{files.roster.front(), {}, "R1", 1}};
    auto result = test::writePdf("/nonexistent-dir/x.pdf", [&](QIODevice& out) {
        return AdmissionTicketPrinter().print(out, files.plan, tickets);
    });
    CHECK_FALSE(result.ok);
    CHECK(result.error.startsWith(QStringLiteral("cannot write the PDF")));
    CHECK_FALSE(std::filesystem::exists("/nonexistent-dir/x.pdf"));
    QBuffer none;
    CHECK_FALSE(AdmissionTicketPrinter().print(none, files.plan, {}).ok);
    CHECK(none.data().isEmpty());
}
