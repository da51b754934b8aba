// readRoster on arbitrary bytes against the sample plan (tests/data/plan.json), with photos
// resolved in tests/data: every candidate returned is complete and unique.

#include "FuzzClock.h"
#include "FuzzSupport.h"
#include "import/CentreFiles.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <vector>

using namespace examroom;

namespace {

const std::filesystem::path dataDir = EXAMROOM_TEST_DATA_DIR;

const ExamPlan& samplePlan()
{
    static const ExamPlan plan = [] {
        std::ifstream in(dataDir / "plan.json", std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        Diagnostics diagnostics;
        auto read = readPlan(text, "plan.json", fuzz::sampleClock(), diagnostics);
        if (!read) {
            std::fprintf(stderr, "fuzz_roster: cannot read %s\n", (dataDir / "plan.json").c_str());
            for (const auto& diagnostic : diagnostics.all())
                std::fprintf(stderr, "%s\n", diagnostic.format().c_str());
            std::abort();
        }
        return *read;
    }();
    return plan;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string fileName = "roster.csv";
    const auto& plan = samplePlan();
    Diagnostics diagnostics;
    std::map<std::string, std::vector<std::string>> warnings;
    auto roster =
        readRoster(fuzz::asText(data, size), fileName, plan, dataDir, diagnostics, &warnings);
    fuzz::checkDiagnostics(diagnostics, fileName);
    if (!diagnostics.hasErrors())
        FUZZ_CHECK(!roster.empty());

    // Only rows without errors become candidates, so each is complete and unique.
    std::set<std::string> tickets;
    for (const auto& candidate : roster) {
        FUZZ_CHECK(!candidate.ticketNo.empty());
        FUZZ_CHECK(!candidate.name.empty());
        FUZZ_CHECK(!candidate.id.number.empty());
        FUZZ_CHECK(tickets.insert(candidate.ticketNo).second);
        FUZZ_CHECK(candidate.examKind == plan.examKind);
        for (const auto& hours : {candidate.hoursRequired, candidate.hoursCompleted})
            FUZZ_CHECK(!hours || (*hours >= 0 && *hours <= 10000));
        if (candidate.birthDate)
            FUZZ_CHECK(candidate.birthDate->ok());
        if (candidate.birthYearMonth)
            FUZZ_CHECK(candidate.birthYearMonth->ok());
        if (candidate.birthDate && candidate.birthYearMonth)
            FUZZ_CHECK(candidate.birthDate->year() == candidate.birthYearMonth->year() &&
                       candidate.birthDate->month() == candidate.birthYearMonth->month());
    }
    for (const auto& [ticket, found] : warnings) {
        FUZZ_CHECK(tickets.count(ticket) == 1);
        FUZZ_CHECK(!found.empty());
    }

    // Without the warnings map the same candidates come back.
    Diagnostics again;
    auto second = readRoster(fuzz::asText(data, size), fileName, plan, dataDir, again, nullptr);
    FUZZ_CHECK(second.size() == roster.size());
    FUZZ_CHECK(again.errorCount() == diagnostics.errorCount());
    return 0;
}
