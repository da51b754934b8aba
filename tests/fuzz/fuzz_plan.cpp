// readPlan on arbitrary bytes: a plan is returned exactly when no error was reported, and a
// returned plan keeps every rule of formats/README.md.

#include "domain/BlueprintRules.h"
#include "FuzzClock.h"
#include "FuzzSupport.h"
#include "import/CentreFiles.h"

using namespace examroom;

namespace {

void checkWindow(const TimeWindow& window, const Clock& clock)
{
    FUZZ_CHECK(window.start.utc < window.end.utc);
    FUZZ_CHECK(window.end.utc > clock.now());
    FUZZ_CHECK(window.start.localDate().ok());
    // What toIso() writes, parseIsoTime() reads back unchanged.
    for (const auto& time : {window.start, window.end}) {
        auto again = parseIsoTime(time.toIso());
        FUZZ_CHECK(again.has_value());
        FUZZ_CHECK(*again == time);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string fileName = "plan.json";
    const auto& clock = fuzz::sampleClock();
    Diagnostics diagnostics;
    auto plan = readPlan(fuzz::asText(data, size), fileName, clock, diagnostics);
    fuzz::checkDiagnostics(diagnostics, fileName);
    FUZZ_CHECK(plan.has_value() == !diagnostics.hasErrors());
    if (!plan)
        return 0;

    FUZZ_CHECK(!plan->planId.empty() && !plan->name.empty());
    FUZZ_CHECK(!plan->applicant.unit.empty());
    checkWindow(plan->knowledgeExam, clock);
    if (plan->practicalExam)
        checkWindow(*plan->practicalExam, clock);
    FUZZ_CHECK(plan->examDate().ok());
    FUZZ_CHECK(!plan->site.siteId.empty());
    for (const auto& room : plan->site.rooms)
        FUZZ_CHECK(!room.roomId.empty() && room.seats >= 1 && room.seats <= 1000);
    FUZZ_CHECK(!plan->blueprint.sections.empty());
    FUZZ_CHECK(validateBlueprint(plan->blueprint).empty());
    if (plan->practicalRubric) {
        FUZZ_CHECK(!plan->practicalRubric->empty());
        FUZZ_CHECK(plan->practicalRubric->find('/') == std::string::npos);
    }
    return 0;
}
