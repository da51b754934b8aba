#pragma once

// Shared helpers of the fuzz targets: invariant checks that abort (so that libFuzzer and the
// replay runner both report the input), and the checks every import diagnostic must pass.

#include "import/Diagnostics.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::examroom::fuzz::fail(__FILE__, __LINE__, #condition);                                \
    } while (false)

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace examroom::fuzz {

[[noreturn]] inline void fail(const char* file, int line, const char* condition)
{
    std::fprintf(stderr, "%s:%d: fuzz invariant violated: %s\n", file, line, condition);
    std::abort();
}

inline std::string_view asText(const std::uint8_t* data, std::size_t size)
{
    return size == 0 ? std::string_view()
                     : std::string_view(reinterpret_cast<const char*>(data), size);
}

// Every diagnostic names the file it was given, has a non-negative line and column (0 means
// "the whole file" or "the whole line") and a message; the counts agree with the list.
inline void checkDiagnostics(const Diagnostics& diagnostics, const std::string& fileName)
{
    int errors = 0;
    for (const auto& diagnostic : diagnostics.all()) {
        FUZZ_CHECK(diagnostic.where.file == fileName);
        FUZZ_CHECK(diagnostic.where.line >= 0);
        FUZZ_CHECK(diagnostic.where.column >= 0);
        FUZZ_CHECK(diagnostic.where.column == 0 || diagnostic.where.line > 0);
        FUZZ_CHECK(!diagnostic.message.empty());
        FUZZ_CHECK(!diagnostic.format().empty());
        if (diagnostic.severity == Severity::Error)
            ++errors;
    }
    FUZZ_CHECK(errors == diagnostics.errorCount());
    FUZZ_CHECK(diagnostics.hasErrors() == (errors > 0));
    FUZZ_CHECK(static_cast<int>(diagnostics.errors().size()) == diagnostics.errorCount());
    FUZZ_CHECK(static_cast<int>(diagnostics.warnings().size()) == diagnostics.warningCount());
}

} // namespace examroom::fuzz
