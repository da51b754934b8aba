#include "StandInPrinter.h"

#include "TestSupport.h"

#include <fstream>
#include <stdexcept>

namespace examroom::test {

StandInPrinter::StandInPrinter(std::filesystem::path dir) : m_dir(std::move(dir))
{
    std::filesystem::create_directories(m_dir / "bin");
    std::filesystem::create_directories(m_dir / "jobs");
    if (m_dir.string().find('\'') != std::string::npos)
        throw std::invalid_argument("a stand-in printer's folder may not hold a quote");
    {
        std::ofstream script(program());
        // The job is complete only once renamed: a test never reads half a job.
        script
            << "#!/bin/sh\n"
               "# A stand-in for lp (tests/support/StandInPrinter.h): keeps the job it reads.\n"
               "jobs='"
            << (m_dir / "jobs").string()
            << "'\n"
               "n=1\n"
               "while [ -e \"$jobs/job-$n.pdf\" ]; do n=$((n + 1)); done\n"
               "cat > \"$jobs/job-$n.part\" && mv \"$jobs/job-$n.part\" \"$jobs/job-$n.pdf\" &&\n"
               "    echo \"request id is stand-in-$n (0 file(s))\"\n";
        if (!script)
            throw std::runtime_error("cannot write " + program().string());
    }
    std::filesystem::permissions(program(), std::filesystem::perms::owner_all);
}

std::vector<std::filesystem::path> StandInPrinter::jobs() const
{
    std::vector<std::filesystem::path> out;
    for (int n = 1;; ++n) {
        auto job = m_dir / "jobs" / ("job-" + std::to_string(n) + ".pdf");
        if (!std::filesystem::exists(job))
            return out;
        out.push_back(std::move(job));
    }
}

std::string StandInPrinter::jobText(std::size_t index) const
{
    const auto all = jobs();
    if (index >= all.size())
        throw std::out_of_range("the stand-in printer has no job " + std::to_string(index + 1));
    auto text = runProcess({"/usr/bin/pdftotext", "-layout", all[index].string(), "-"});
    if (text.exitCode != 0)
        throw std::runtime_error(all[index].string() + " is no PDF: " + text.err);
    return text.out;
}

} // namespace examroom::test
