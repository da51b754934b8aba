#pragma once

#include "domain/Paper.h"
#include "domain/PracticalRubric.h"

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace examroom {

// A practical result that cannot be worked out: marks missing, invalid or in dispute.
class PracticalError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The stream context of practicalTaskDraw; a new algorithm gets a new version tag.
inline constexpr std::string_view practicalDrawContext = "examroom.practical.v1";

// Draws one task index per subject (in rubric order), deterministically from `seed`: subject
// i gets uniform(number of its tasks) from crypto::DeterministicStream(seed,
// practicalDrawContext). Throws PracticalError if a subject has no tasks.
std::vector<int> practicalTaskDraw(const PracticalRubric& rubric, const PaperSeed& seed);

// A grader's entry for one scoring row: points deducted, and an optional note.
struct RowMark
{
    int deducted = 0;
    std::string note;
};

// A veto item (否决项) the grader saw triggered: its index in the task's veto list and why.
struct VetoMark
{
    int vetoIndex = 0;
    std::string reason;
};

// One grader's marking of one task: one RowMark per scoring row.
struct GraderMark
{
    std::string graderId;
    std::vector<RowMark> rows;
    std::vector<VetoMark> vetoes;
};

// What is wrong with `mark` for `task`, one sentence each; empty when it is valid.
std::vector<std::string> validateMark(const PracticalTask& task, const GraderMark& mark);

// The task score out of 100: 100 minus each row's deduction (a row never goes below 0).
// Throws PracticalError when validateMark finds errors.
int taskScore(const PracticalTask& task, const GraderMark& mark);

// One subject's result for one candidate. Scores are kept in half-points: the mean of two
// graders' whole-point scores is exact in halves.
struct SubjectResult
{
    std::string subjectCode;
    int taskIndex = 0;
    std::vector<int> graderScores;      // each grader's task score, in the order given
    int halfPoints = 0;                 // the mean score × 2
    bool needsReview = false;           // two graders differ by more than the allowed difference
    bool vetoed = false;                // some grader recorded a veto item
    std::vector<std::string> vetoItems; // the triggered veto items' text, per mark

    // The subject's task score (may end in .5).
    double points() const { return halfPoints / 2.0; }
};

// Combines the graders' marks of `subject`'s task `taskIndex`. Needs exactly
// subject.gradersRequired valid marks from distinct graders; two scores more than
// `maxDifference` points apart are flagged for review. Throws PracticalError otherwise.
SubjectResult subjectResult(const PracticalSubject& subject, int taskIndex,
                            const std::vector<GraderMark>& marks, int maxDifference = 10);

// The practical exam's result: the weighted sum of the subject scores.
struct PracticalResult
{
    // Σ weight × subject half-points, i.e. the score in 1/200ths of a point, exact.
    int total200ths = 0;
    bool vetoed = false;
    bool passed = false; // not vetoed and total ≥ pass_points

    // The practical score in points.
    double points() const { return total200ths / 200.0; }
};

// Weighs the subjects' results (matched by subject code) into the practical result. Throws
// PracticalError when a subject has no result (or two), or a result still needs review.
PracticalResult practicalResult(const PracticalRubric& rubric,
                                const std::vector<SubjectResult>& subjectResults);

} // namespace examroom
