#include "domain/PracticalScoring.h"

#include "crypto/DeterministicStream.h"

#include <algorithm>
#include <cstdlib>
#include <set>

namespace examroom {
namespace {

std::string joined(const std::vector<std::string>& texts)
{
    std::string text;
    for (std::size_t i = 0; i < texts.size(); ++i)
        text += (i ? "; " : "") + texts[i];
    return text;
}

} // namespace

std::vector<int> practicalTaskDraw(const PracticalRubric& rubric, const PaperSeed& seed)
{
    crypto::DeterministicStream stream(seed, practicalDrawContext);
    std::vector<int> tasks;
    tasks.reserve(rubric.subjects.size());
    for (const auto& subject : rubric.subjects) {
        if (subject.tasks.empty())
            throw PracticalError("subject " + subject.code + " has no tasks to draw from");
        tasks.push_back(int(stream.uniform(std::uint32_t(subject.tasks.size()))));
    }
    return tasks;
}

std::vector<std::string> validateMark(const PracticalTask& task, const GraderMark& mark)
{
    std::vector<std::string> errors;
    if (mark.graderId.empty())
        errors.push_back("the grader is not named");
    if (mark.rows.size() != task.rows.size())
        errors.push_back("marks for " + std::to_string(mark.rows.size()) + " rows, task " +
                         task.code + " has " + std::to_string(task.rows.size()));
    const std::size_t rows = std::min(mark.rows.size(), task.rows.size());
    for (std::size_t i = 0; i < rows; ++i) {
        const RubricRow& row = task.rows[i];
        const int deducted = mark.rows[i].deducted;
        const std::string where = "row " + std::to_string(i + 1) + " (" + row.content + ")";
        if (deducted < 0)
            errors.push_back(where + ": deduction " + std::to_string(deducted) + " is negative");
        else if (deducted > row.points)
            errors.push_back(where + ": deduction " + std::to_string(deducted) +
                             " is more than the row's " + std::to_string(row.points) + " points");
    }
    for (const auto& veto : mark.vetoes) {
        if (veto.vetoIndex < 0 || veto.vetoIndex >= int(task.veto.size())) {
            errors.push_back("veto item " + std::to_string(veto.vetoIndex + 1) +
                             " does not exist, task " + task.code + " has " +
                             std::to_string(task.veto.size()));
            continue;
        }
        if (veto.reason.find_first_not_of(" \t\r\n") == std::string::npos)
            errors.push_back("veto item " + std::to_string(veto.vetoIndex + 1) + " (" +
                             task.veto[std::size_t(veto.vetoIndex)] + ") has no reason");
    }
    return errors;
}

int taskScore(const PracticalTask& task, const GraderMark& mark)
{
    if (const auto errors = validateMark(task, mark); !errors.empty())
        throw PracticalError("task " + task.code + ": " + joined(errors));
    int score = 100;
    for (std::size_t i = 0; i < task.rows.size(); ++i)
        score -= std::clamp(mark.rows[i].deducted, 0, task.rows[i].points);
    // Rows add up to 100 in a valid rubric; the floor only guards a broken one.
    return std::max(score, 0);
}

SubjectResult subjectResult(const PracticalSubject& subject, int taskIndex,
                            const std::vector<GraderMark>& marks, int maxDifference)
{
    const std::string name = "subject " + subject.code;
    if (taskIndex < 0 || taskIndex >= int(subject.tasks.size()))
        throw PracticalError(name + ": task " + std::to_string(taskIndex) +
                             " does not exist, the subject has " +
                             std::to_string(subject.tasks.size()));
    if (subject.gradersRequired != 1 && subject.gradersRequired != 2)
        throw PracticalError(name + ": graders_required is " +
                             std::to_string(subject.gradersRequired) + ", expected 1 or 2");
    if (int(marks.size()) != subject.gradersRequired)
        throw PracticalError(name + " needs marks from " + std::to_string(subject.gradersRequired) +
                             (subject.gradersRequired == 1 ? " grader" : " graders") + ", got " +
                             std::to_string(marks.size()));
    std::set<std::string> graders;
    for (const auto& mark : marks)
        if (!mark.graderId.empty() && !graders.insert(mark.graderId).second)
            throw PracticalError(name + ": grader " + mark.graderId +
                                 " marked it twice; the marks must be independent");

    const PracticalTask& task = subject.tasks[std::size_t(taskIndex)];
    SubjectResult result;
    result.subjectCode = subject.code;
    result.taskIndex = taskIndex;
    int sum = 0;
    for (const auto& mark : marks) {
        if (const auto errors = validateMark(task, mark); !errors.empty())
            throw PracticalError(name + " (grader " + mark.graderId + "): " + joined(errors));
        const int score = taskScore(task, mark);
        result.graderScores.push_back(score);
        sum += score;
        for (const auto& veto : mark.vetoes) {
            result.vetoed = true;
            result.vetoItems.push_back(task.veto[std::size_t(veto.vetoIndex)]);
        }
    }
    // One grader: score × 2; two: a + b, which is their mean in half-points.
    result.halfPoints = sum * 2 / int(marks.size());
    if (marks.size() == 2)
        result.needsReview =
            std::abs(result.graderScores[0] - result.graderScores[1]) > maxDifference;
    return result;
}

PracticalResult practicalResult(const PracticalRubric& rubric,
                                const std::vector<SubjectResult>& subjectResults)
{
    PracticalResult result;
    for (const auto& subject : rubric.subjects) {
        const SubjectResult* found = nullptr;
        for (const auto& candidate : subjectResults) {
            if (candidate.subjectCode != subject.code)
                continue;
            if (found)
                throw PracticalError("subject " + subject.code + " has two results");
            found = &candidate;
        }
        if (!found)
            throw PracticalError("subject " + subject.code + " has no result yet");
        if (found->needsReview)
            throw PracticalError("subject " + subject.code +
                                 " needs review: the graders' scores are too far apart");
        result.total200ths += subject.weight * found->halfPoints;
        result.vetoed = result.vetoed || found->vetoed;
    }
    for (const auto& given : subjectResults) {
        const bool known =
            std::any_of(rubric.subjects.begin(), rubric.subjects.end(),
                        [&](const PracticalSubject& s) { return s.code == given.subjectCode; });
        if (!known)
            throw PracticalError("a result for subject " + given.subjectCode +
                                 ", which the rubric does not have");
    }
    result.passed = !result.vetoed && result.total200ths >= rubric.passPoints * 200;
    return result;
}

} // namespace examroom
