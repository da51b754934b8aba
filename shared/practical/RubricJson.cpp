#include "practical/RubricJson.h"

#include <nlohmann/json.hpp>

namespace examroom::practical {

using nlohmann::json;

std::string rubricToJson(const PracticalRubric& rubric)
{
    json subjects = json::array();
    for (const auto& subject : rubric.subjects) {
        json tasks = json::array();
        for (const auto& task : subject.tasks) {
            json rows = json::array();
            for (const auto& row : task.rows)
                rows.push_back(
                    {{"content", row.content}, {"points", row.points}, {"rule", row.rule}});
            tasks.push_back({{"code", task.code},
                             {"name", task.name},
                             {"minutes", task.minutes},
                             {"rows", rows},
                             {"veto", task.veto}});
        }
        subjects.push_back({{"code", subject.code},
                            {"name", subject.name},
                            {"weight", subject.weight},
                            {"graders_required", subject.gradersRequired},
                            {"tasks", tasks}});
    }
    return json{{"operation_item", rubric.operationItem},
                {"duration_minutes", rubric.durationMinutes},
                {"pass_points", rubric.passPoints},
                {"subjects", subjects}}
        .dump();
}

std::optional<PracticalRubric> rubricFromJson(std::string_view text)
{
    const json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return std::nullopt;
    try {
        PracticalRubric rubric;
        rubric.operationItem = doc.at("operation_item").get<std::string>();
        rubric.durationMinutes = doc.at("duration_minutes").get<int>();
        rubric.passPoints = doc.at("pass_points").get<int>();
        for (const auto& s : doc.at("subjects")) {
            PracticalSubject subject;
            subject.code = s.at("code").get<std::string>();
            subject.name = s.at("name").get<std::string>();
            subject.weight = s.at("weight").get<int>();
            subject.gradersRequired = s.at("graders_required").get<int>();
            for (const auto& t : s.at("tasks")) {
                PracticalTask task;
                task.code = t.at("code").get<std::string>();
                task.name = t.at("name").get<std::string>();
                task.minutes = t.at("minutes").get<int>();
                for (const auto& r : t.at("rows"))
                    task.rows.push_back({r.at("content").get<std::string>(),
                                         r.at("points").get<int>(),
                                         r.at("rule").get<std::string>()});
                task.veto = t.at("veto").get<std::vector<std::string>>();
                subject.tasks.push_back(std::move(task));
            }
            rubric.subjects.push_back(std::move(subject));
        }
        return rubric;
    } catch (const json::exception&) {
        // A wrong type or a missing field: not a stored rubric.
        return std::nullopt;
    }
}

} // namespace examroom::practical
