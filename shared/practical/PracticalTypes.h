#pragma once

#include "domain/Enums.h"
#include "domain/Paper.h"
#include "domain/PracticalScoring.h"

#include <optional>
#include <string>
#include <vector>

namespace examroom::practical {

// Why a candidate may or may not sit the practical: the code the console translates (the
// English text beside it, PracticalCandidate::reason, is for logs and refusals).
enum class EligibilityReason {
    KnowledgePassedHere,  // eligible: passed the knowledge exam in this system
    MarkedByProctor,      // eligible: the proctor marked a pass from elsewhere (reasonNote)
    PracticalPassed,      // not: the practical is already passed
    PracticalMakeUpOnly,  // not: failed the practical once, only the make-up attempt is accepted
    PracticalRetrain,     // not: failed the practical make-up (重新参加培训)
    KnowledgeNeedsMakeUp, // not: failed the knowledge exam, its make-up comes first
    KnowledgeRetrain,     // not: failed the knowledge make-up (重新参加培训)
    NoKnowledgePass,      // not: no knowledge pass recorded here (the proctor may mark one)
};

// A candidate of the practical session: who, which attempt, and whether they may sit it.
struct PracticalCandidate
{
    std::string ticketNo;
    std::string name;
    IdType idType = IdType::ResidentId;
    std::string idNo;
    int attempt = 1;       // 2 = the make-up attempt (补考)
    bool eligible = false; // passed the knowledge exam here, or marked so by the proctor
    EligibilityReason reasonCode = EligibilityReason::NoKnowledgePass; // why (not) eligible
    std::string reason;     // the same in English, for logs and refusals
    std::string reasonNote; // MarkedByProctor: the proctor's own words
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
