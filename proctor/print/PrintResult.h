#pragma once

#include <QString>

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

// The fonts the forms use (fonts-noto-cjk): a sans for fields, a serif for titles.
inline constexpr const char* kSansFamily = "Noto Sans CJK SC";
inline constexpr const char* kSerifFamily = "Noto Serif CJK SC";

// True when the CJK fonts are installed (otherwise Chinese would print as boxes).
bool cjkFontsAvailable();

} // namespace examroom::print
