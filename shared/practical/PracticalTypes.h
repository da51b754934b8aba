#pragma once

#include "domain/Enums.h"
#include "domain/Paper.h"
#include "domain/PracticalScoring.h"

#include <optional>
#include <string>
#include <vector>

namespace examroom::practical {

// A candidate of the practical session: who, which attempt, and whether they may sit it.
struct PracticalCandidate
{
    std::string ticketNo;
    std::string name;
    IdType idType = IdType::ResidentId;
    std::string idNo;
    int attempt = 1;       // 2 = the make-up attempt (补考)
    bool eligible = false; // passed the knowledge exam here, or marked so by the proctor
    std::string reason;    // why (not) eligible, as the console shows it
};

enum class DrawMethod { System, Lot };

// The task one candidate does for one subject, and how it was chosen.
struct TaskDraw
{
    std::string subjectCode;
    int taskIndex = 0;
    DrawMethod method = DrawMethod::System;
    std::optional<PaperSeed> seed; // System: the seed practicalTaskDraw ran on
    std::string recordedBy;
};

// What a grader enters for one subject: rows (points deducted, note) and vetoes (with reason).
struct MarkEntry
{
    std::vector<RowMark> rows;
    std::vector<VetoMark> vetoes;
};

// Where a subject of one candidate stands, as much as the asking person may know.
enum class SubjectState {
    NotDrawn,    // no task yet
    Waiting,     // drawn, marks missing (some may be in)
    NeedsReview, // two marks too far apart: re-mark or the chief grader decides
    Done,        // a score stands (marks, decision or machine score)
};

struct SubjectStatus
{
    std::string subjectCode;
    SubjectState state = SubjectState::NotDrawn;
    int taskIndex = -1;
    int round = 1;
    int marksIn = 0;         // marks of the current round
    int marksNeeded = 1;     // graders_required
    bool markedByMe = false; // the asking grader has marked this round
};

// The make-up standing of a person for one exam (知识 or 实操).
enum class AttemptStanding {
    None,        // no attempt recorded
    Passed,      // passed (first or make-up attempt)
    NeedsMakeUp, // failed once: one make-up attempt (补考) is allowed
    Retrain,     // failed the make-up: 重新参加培训, no further attempt accepted
};

enum class ExamPart { Knowledge, Practical };

} // namespace examroom::practical
