#include "domain/RubricRules.h"
#include "import/CentreFiles.h"
#include "import/JsonReader.h"

namespace examroom {
namespace {

std::optional<PracticalTask> readTask(JsonReader& reader, const nlohmann::json& object,
                                      const std::string& path)
{
    if (!object.is_object()) {
        reader.error(path, "expected an object");
        return std::nullopt;
    }
    PracticalTask task;
    auto code = reader.string(object, path, "code", Presence::Required);
    auto name = reader.string(object, path, "name", Presence::Required);
    auto minutes = reader.integer(object, path, "minutes", Presence::Optional, 1, 600);
    const auto* rows = reader.array(object, path, "rows", Presence::Required);
    const auto* veto = reader.array(object, path, "veto", Presence::Optional);
    bool ok = code && name && rows;
    if (rows) {
        for (std::size_t i = 0; i < rows->size(); ++i) {
            auto rowPath = jsonPath(jsonPath(path, "rows"), i);
            const auto& row = (*rows)[i];
            if (!row.is_object()) {
                reader.error(rowPath, "expected an object");
                ok = false;
                continue;
            }
            auto content = reader.string(row, rowPath, "content", Presence::Required);
            auto points = reader.integer(row, rowPath, "points", Presence::Required, 1, 100);
            auto rule = reader.string(row, rowPath, "rule", Presence::Optional);
            if (content && points)
                task.rows.push_back({*content, *points, rule.value_or("")});
            else
                ok = false;
        }
    }
    if (veto) {
        for (std::size_t i = 0; i < veto->size(); ++i) {
            const auto& item = (*veto)[i];
            if (!item.is_string() || item.get<std::string>().empty()) {
                reader.error(jsonPath(jsonPath(path, "veto"), i),
                             "expected the text of a veto item");
                ok = false;
            } else {
                task.veto.push_back(item.get<std::string>());
            }
        }
    }
    if (!ok)
        return std::nullopt;
    task.code = *code;
    task.name = *name;
    task.minutes = minutes.value_or(0);
    return task;
}

} // namespace

std::optional<PracticalRubric> readRubric(std::string_view text, const std::string& fileName,
                                          Diagnostics& diagnostics)
{
    int errorsBefore = diagnostics.errorCount();
    auto document = JsonDocument::parse(text, fileName, diagnostics);
    if (!document)
        return std::nullopt;
    JsonReader reader(*document, diagnostics);
    const auto& root = document->root();
    if (!root.is_object()) {
        reader.error("", "expected a JSON object (the practical rubric)");
        return std::nullopt;
    }
    PracticalRubric rubric;
    rubric.operationItem =
        reader.string(root, "", "operation_item", Presence::Required).value_or("");
    rubric.durationMinutes =
        reader.integer(root, "", "duration_minutes", Presence::Optional, 1, 1440).value_or(0);
    rubric.passPoints =
        reader.integer(root, "", "pass_points", Presence::Optional, 0, 100).value_or(80);
    if (const auto* subjects = reader.array(root, "", "subjects", Presence::Required)) {
        for (std::size_t s = 0; s < subjects->size(); ++s) {
            auto path = jsonPath("subjects", s);
            const auto& object = (*subjects)[s];
            if (!object.is_object()) {
                reader.error(path, "expected an object");
                continue;
            }
            PracticalSubject subject;
            auto code = reader.string(object, path, "code", Presence::Required);
            auto name = reader.string(object, path, "name", Presence::Required);
            auto weight = reader.integer(object, path, "weight", Presence::Required, 0, 100);
            auto graders =
                reader.integer(object, path, "graders_required", Presence::Optional, 1, 2);
            const auto* tasks = reader.array(object, path, "tasks", Presence::Required);
            if (tasks) {
                for (std::size_t t = 0; t < tasks->size(); ++t)
                    if (auto task =
                            readTask(reader, (*tasks)[t], jsonPath(jsonPath(path, "tasks"), t)))
                        subject.tasks.push_back(std::move(*task));
            }
            if (!code || !name || !weight)
                continue;
            subject.code = *code;
            subject.name = *name;
            subject.weight = *weight;
            subject.gradersRequired = graders.value_or(1);
            rubric.subjects.push_back(std::move(subject));
        }
    }
    if (diagnostics.errorCount() > errorsBefore)
        return std::nullopt;
    for (const auto& problem : validateRubric(rubric))
        reader.errorAtLeadingPath(problem);
    if (diagnostics.errorCount() > errorsBefore)
        return std::nullopt;
    return rubric;
}

} // namespace examroom
