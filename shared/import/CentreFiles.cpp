#include "import/CentreFiles.h"

#include "domain/PaperDraw.h"
#include "import/JsonReader.h"

#include <numeric>
#include <sstream>

namespace examroom {
namespace {

std::optional<std::string_view> readText(const FileSource& source, const std::string& name,
                                         std::string& buffer, Diagnostics& diagnostics)
{
    std::string problem;
    auto text = source.read(name, buffer, &problem);
    if (!text)
        diagnostics.error({source.where(name), 0, 0}, "cannot read the file: " + problem);
    return text;
}

std::string describeSection(const BlueprintSection& section)
{
    std::string areas;
    for (const auto& area : section.areas)
        areas += (areas.empty() ? "" : ",") + area;
    return std::string(label(section.type)) + (areas.empty() ? "" : " in areas " + areas);
}

CentreImport importFiles(const FileSource& source, const Clock& clock,
                         std::optional<QuestionBank> given)
{
    CentreImport result;
    auto& diagnostics = result.diagnostics;
    CentreFiles files;
    files.dir = source.dir();
    std::string buffer; // a file read from a folder, while it is parsed

    std::optional<JsonDocument> planDocument;
    std::optional<ExamPlan> plan;
    const auto planPath = source.where("plan.json");
    if (auto text = readText(source, "plan.json", buffer, diagnostics)) {
        planDocument = JsonDocument::parse(*text, planPath, diagnostics);
        if (planDocument)
            plan = readPlan(*planDocument, clock, diagnostics);
    }

    if (given) {
        files.bank = std::move(*given);
        if (files.bank.questions.empty())
            diagnostics.error({source.where("bank"), 0, 0}, "the bank has no questions");
    } else {
        const auto bankPath = source.where("bank.csv");
        if (auto text = readText(source, "bank.csv", buffer, diagnostics))
            files.bank = readBank(*text, bankPath, source, diagnostics);
    }

    if (!plan) // the roster is judged against the plan (exam kind, exam date): fix the plan first
        return result;
    files.plan = *plan;
    const auto rosterPath = source.where("roster.csv");
    if (auto text = readText(source, "roster.csv", buffer, diagnostics))
        files.roster = readRoster(*text, rosterPath, files.plan, source, diagnostics,
                                  &files.candidateWarnings);

    if (files.plan.practicalRubric) {
        const auto rubricPath = source.where(*files.plan.practicalRubric);
        if (auto text = readText(source, *files.plan.practicalRubric, buffer, diagnostics)) {
            files.rubric = readRubric(*text, rubricPath, diagnostics);
            if (files.rubric && files.plan.operationItem &&
                files.rubric->operationItem != *files.plan.operationItem)
                diagnostics.error({rubricPath, 0, 0}, "operation_item: the rubric is for \"" +
                                                          files.rubric->operationItem +
                                                          "\", the plan for \"" +
                                                          *files.plan.operationItem + "\"");
        }
    }

    JsonReader planReader(*planDocument, diagnostics);
    if (!files.bank.questions.empty()) {
        for (const auto& shortfall : drawShortfalls(files.bank, files.plan.blueprint)) {
            const auto& section =
                files.plan.blueprint.sections[std::size_t(shortfall.sectionIndex)];
            planReader.error(
                jsonPath(jsonPath("blueprint.sections", std::size_t(shortfall.sectionIndex)),
                         "count"),
                "asks for " + std::to_string(shortfall.wanted) + " " + describeSection(section) +
                    " questions, the bank has " + std::to_string(shortfall.available));
        }
    }
    int seats = std::accumulate(files.plan.site.rooms.begin(), files.plan.site.rooms.end(), 0,
                                [](int sum, const Room& room) { return sum + room.seats; });
    if (!files.plan.site.rooms.empty() && int(files.roster.size()) > seats)
        planReader.warning("site.rooms", "the roster has " + std::to_string(files.roster.size()) +
                                             " candidates for " + std::to_string(seats) + " seats");
    if (!diagnostics.hasErrors())
        result.files = std::move(files);
    return result;
}

} // namespace

CentreImport importCentreFiles(const FileSource& source, const Clock& clock)
{
    return importFiles(source, clock, std::nullopt);
}

CentreImport importCentreFiles(const std::filesystem::path& dir, const Clock& clock)
{
    return importFiles(FileSource(dir), clock, std::nullopt);
}

CentreImport importCentreFiles(const FileSource& source, const Clock& clock, QuestionBank bank)
{
    return importFiles(source, clock, std::move(bank));
}

} // namespace examroom
