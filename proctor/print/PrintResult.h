#pragma once

#include <QString>

class QIODevice;

namespace examroom::print {

// The outcome of printing a PDF: the pages written, or why nothing was written.
struct [[nodiscard]] PrintResult
{
    bool ok = false;
    int pages = 0;
    QString error;

    static PrintResult success(int pages) { return {true, pages, {}}; }
    static PrintResult failure(QString error) { return {false, 0, std::move(error)}; }
};

// Every form writes its PDF to a QIODevice, never to a file name of its own: the console
// builds it in memory (PdfBuffer) and hands it to the print command (PrintSpool), or to a
// file the proctor chose. QPdfWriter writes to a device it is given without opening it, so
// each printer calls prepareOutput first: it opens `out` for writing when it is not open yet
// and returns why it cannot be written ("" when it can).
QString prepareOutput(QIODevice& out);
// The failure when the painter does not start on `out`.
PrintResult unwritable(const QIODevice& out);

// The fonts the forms use (fonts-noto-cjk): a sans for fields, a serif for titles.
inline constexpr const char* kSansFamily = "Noto Sans CJK SC";
inline constexpr const char* kSerifFamily = "Noto Serif CJK SC";

// True when the CJK fonts are installed (otherwise Chinese would print as boxes).
bool cjkFontsAvailable();

} // namespace examroom::print
