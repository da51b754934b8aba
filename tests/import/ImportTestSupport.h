#pragma once

#include "import/Diagnostics.h"
#include "util/Clock.h"
#include "util/IsoTime.h"

#include <doctest/doctest.h>
#include <string>

namespace examroom::test {

// The instant the import tests judge time rules at: a week before the sample plan's exam.
inline FixedClock sampleClock()
{
    return FixedClock(parseIsoTime("2027-03-01T09:00:00+08:00")->utc);
}

inline std::string dump(const Diagnostics& diagnostics)
{
    std::string text;
    for (const auto& d : diagnostics.all())
        text += d.format() + "\n";
    return text;
}

// True when an error at `line` (and `column`, when not 0) of a file whose name ends with
// `file` contains `fragment`.
inline bool hasError(const Diagnostics& diagnostics, const std::string& file, int line,
                     const std::string& fragment, int column = 0)
{
    for (const auto& d : diagnostics.errors()) {
        bool fileMatches =
            d.where.file.size() >= file.size() &&
            d.where.file.compare(d.where.file.size() - file.size(), file.size(), file) == 0;
        if (fileMatches && d.where.line == line && (column == 0 || d.where.column == column) &&
            d.message.find(fragment) != std::string::npos)
            return true;
    }
    return false;
}

} // namespace examroom::test

// Checks for an error and shows every diagnostic when it is not there.
#define CHECK_ERROR_AT(diagnostics, file, line, fragment)                                          \
    CHECK_MESSAGE(examroom::test::hasError(diagnostics, file, line, fragment),                     \
                  examroom::test::dump(diagnostics))
