#pragma once

#include "print/PrintResult.h"
#include "TestSupport.h"

#include <doctest/doctest.h>
#include <filesystem>
#include <QFile>
#include <QGuiApplication>
#include <regex>
#include <string>

namespace examroom::test {

// Fonts need a QGuiApplication; one for the whole test run, without a display.
inline void ensureGuiApp()
{
    static int argc = 1;
    static char name[] = "test_print";
    static char* argv[] = {name, nullptr};
    if (!QGuiApplication::instance()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        static QGuiApplication app(argc, argv);
    }
}

// <build>/print-renders, where the PDFs and their PNGs are kept for a person to look at.
inline std::filesystem::path printRendersDir()
{
    auto dir = std::filesystem::path(EXAMROOM_BINARY_DIR) / "print-renders";
    std::filesystem::create_directories(dir);
    return dir;
}

// A form written to `pdf`, the test's own file to read back with poppler and to look at (the
// printers write to a device; the console gives them a PdfBuffer, never a file).
template <typename Render>
print::PrintResult writePdf(const std::filesystem::path& pdf, Render render)
{
    QFile out(QString::fromStdString(pdf.string()));
    auto result = render(out);
    out.close();
    return result;
}

// The page count poppler reads from the PDF.
inline int pdfPageCount(const std::filesystem::path& pdf)
{
    auto info = runProcess({"/usr/bin/pdfinfo", pdf.string()});
    REQUIRE(info.exitCode == 0);
    std::smatch m;
    REQUIRE(std::regex_search(info.out, m, std::regex("Pages:\\s+(\\d+)")));
    return std::stoi(m[1]);
}

// The PDF's text as poppler extracts it.
inline std::string pdfText(const std::filesystem::path& pdf)
{
    auto r = runProcess({"/usr/bin/pdftotext", "-layout", pdf.string(), "-"});
    REQUIRE(r.exitCode == 0);
    return r.out;
}

// Renders the first `pages` pages to <stem>-N.png at `dpi` with pdftoppm.
inline void renderPdf(const std::filesystem::path& pdf, int pages, int dpi = 60)
{
    auto stem = (pdf.parent_path() / pdf.stem()).string();
    auto r = runProcess({"/usr/bin/pdftoppm", "-png", "-r", std::to_string(dpi), "-l",
                         std::to_string(pages), pdf.string(), stem});
    REQUIRE(r.exitCode == 0);
}

} // namespace examroom::test
