// readRubric on arbitrary bytes: a rubric is returned exactly when no error was reported, and
// a returned rubric passes validateRubric.

#include "domain/RubricRules.h"
#include "FuzzSupport.h"
#include "import/CentreFiles.h"

using namespace examroom;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string fileName = "rubric.json";
    Diagnostics diagnostics;
    auto rubric = readRubric(fuzz::asText(data, size), fileName, diagnostics);
    fuzz::checkDiagnostics(diagnostics, fileName);
    FUZZ_CHECK(rubric.has_value() == !diagnostics.hasErrors());
    if (!rubric)
        return 0;

    FUZZ_CHECK(!rubric->operationItem.empty());
    FUZZ_CHECK(rubric->durationMinutes >= 0 && rubric->durationMinutes <= 1440);
    FUZZ_CHECK(rubric->passPoints >= 0 && rubric->passPoints <= 100);
    FUZZ_CHECK(validateRubric(*rubric).empty());
    for (const auto& subject : rubric->subjects) {
        FUZZ_CHECK(!subject.code.empty() && !subject.name.empty());
        FUZZ_CHECK(subject.weight >= 0 && subject.weight <= 100);
        FUZZ_CHECK(subject.gradersRequired == 1 || subject.gradersRequired == 2);
        for (const auto& task : subject.tasks) {
            FUZZ_CHECK(!task.code.empty() && !task.name.empty());
            FUZZ_CHECK(task.minutes >= 0 && task.minutes <= 600);
            for (const auto& row : task.rows)
                FUZZ_CHECK(!row.content.empty() && row.points >= 1 && row.points <= 100);
            for (const auto& veto : task.veto)
                FUZZ_CHECK(!veto.empty());
        }
    }
    return 0;
}
