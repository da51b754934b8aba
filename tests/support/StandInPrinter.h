#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace examroom::test {

// A stand-in for `lp` that tests and the demo point the console's print command at (or put
// first on PATH): a real executable, a shell script at DIR/bin/lp, that keeps each job it
// reads on its standard input as DIR/jobs/job-N.pdf (N from 1) and answers as lp does
// ("request id is stand-in-N (0 file(s))"). The console's real pipe runs; the jobs are the
// test's own files, standing for the paper a printer would put out.
class StandInPrinter
{
public:
    explicit StandInPrinter(std::filesystem::path dir);

    // DIR/bin/lp.
    std::filesystem::path program() const { return m_dir / "bin" / "lp"; }
    // DIR/bin, to put first on PATH.
    std::filesystem::path binDir() const { return m_dir / "bin"; }
    // The jobs received so far, in the order they came.
    std::vector<std::filesystem::path> jobs() const;
    // The text of job `index` (0: the first) as poppler's pdftotext reads it; throws when
    // there is no such job or it is no PDF.
    std::string jobText(std::size_t index) const;

private:
    std::filesystem::path m_dir;
};

} // namespace examroom::test
