#include "domain/RubricRules.h"

#include <map>

namespace examroom {
namespace {

std::string place(const std::string& path, const std::string& code)
{
    return code.empty() ? path : path + " (" + code + ")";
}

void validateTask(const PracticalTask& task, const std::string& path,
                  std::vector<std::string>& errors)
{
    const std::string where = place(path, task.code);
    if (task.code.empty())
        errors.push_back(path + ".code: empty");
    if (task.name.empty())
        errors.push_back(where + ": name is empty");
    if (task.minutes <= 0)
        errors.push_back(where + ": minutes must be positive, got " + std::to_string(task.minutes));
    if (task.rows.empty()) {
        errors.push_back(where + ": no scoring rows");
        return;
    }
    int sum = 0;
    for (std::size_t r = 0; r < task.rows.size(); ++r) {
        const RubricRow& row = task.rows[r];
        const std::string rowPath = place(path + ".rows[" + std::to_string(r) + "]", task.code);
        if (row.points <= 0)
            errors.push_back(rowPath + ": points must be positive, got " +
                             std::to_string(row.points));
        if (row.content.empty())
            errors.push_back(rowPath + ": content is empty");
        sum += row.points;
    }
    if (sum != 100)
        errors.push_back(where + ": rows add up to " + std::to_string(sum) + ", expected 100");
    for (std::size_t v = 0; v < task.veto.size(); ++v)
        if (task.veto[v].empty())
            errors.push_back(place(path + ".veto[" + std::to_string(v) + "]", task.code) +
                             ": empty");
}

} // namespace

std::vector<std::string> validateRubric(const PracticalRubric& rubric)
{
    std::vector<std::string> errors;
    if (rubric.durationMinutes <= 0)
        errors.push_back("duration_minutes: must be positive, got " +
                         std::to_string(rubric.durationMinutes));
    if (rubric.passPoints < 0 || rubric.passPoints > 100)
        errors.push_back("pass_points: " + std::to_string(rubric.passPoints) +
                         " is outside 0..100");
    if (rubric.subjects.empty()) {
        errors.push_back("subjects: none");
        return errors;
    }
    // Codes name subjects and tasks on score sheets and in records, so each must be unique
    // across the whole rubric.
    std::map<std::string, std::string> codes; // code → where it was first seen
    const auto checkUnique = [&](const std::string& code, const std::string& path) {
        if (code.empty())
            return;
        const auto [it, added] = codes.try_emplace(code, path);
        if (!added)
            errors.push_back(path + ": code " + code + " is also used by " + it->second);
    };

    int weights = 0;
    for (std::size_t s = 0; s < rubric.subjects.size(); ++s) {
        const PracticalSubject& subject = rubric.subjects[s];
        const std::string path = "subjects[" + std::to_string(s) + "]";
        const std::string where = place(path, subject.code);
        if (subject.code.empty())
            errors.push_back(path + ".code: empty");
        checkUnique(subject.code, path);
        if (subject.weight <= 0)
            errors.push_back(where + ": weight must be positive, got " +
                             std::to_string(subject.weight));
        weights += subject.weight;
        if (subject.gradersRequired != 1 && subject.gradersRequired != 2)
            errors.push_back(where + ": graders_required is " +
                             std::to_string(subject.gradersRequired) + ", expected 1 or 2");
        if (subject.tasks.empty())
            errors.push_back(where + ": no tasks, at least one is needed to draw from");
        for (std::size_t t = 0; t < subject.tasks.size(); ++t) {
            const std::string taskPath = path + ".tasks[" + std::to_string(t) + "]";
            checkUnique(subject.tasks[t].code, taskPath);
            validateTask(subject.tasks[t], taskPath, errors);
        }
    }
    if (weights != 100)
        errors.push_back("subjects: weights add up to " + std::to_string(weights) +
                         ", expected 100");
    return errors;
}

} // namespace examroom
