#pragma once

// Internal to the practical area: reading its tables and judging a subject, shared by the
// manager's files. Each throws StoreError on a read failure and leaves nothing behind.

#include "domain/PracticalScoring.h"
#include "practical/Attempts.h"
#include "practical/PracticalTypes.h"

#include <optional>
#include <string>
#include <vector>

namespace examroom::store {
class Database;
}

namespace examroom::practical::detail {

struct SessionRow
{
    std::string sessionId;
    std::string planId;
    std::string siteId;
    PracticalRubric rubric;
    int maxDifference = 10;
    bool open = true;
};

struct MarkRow
{
    std::string grader;
    int score = 0;
    bool vetoed = false;
    std::string document; // SignedDocument JSON
};

// A subject of one candidate, judged from what is stored.
struct SubjectEval
{
    SubjectState state = SubjectState::NotDrawn;
    std::optional<TaskDraw> draw;
    int round = 1;
    std::vector<MarkRow> marks; // of the round that counts
    std::optional<SubjectResult> result;
    std::string scoredBy; // "graders", "chief", "machine"
    std::string source;
};

std::optional<SessionRow> loadSession(store::Database& db, const std::string& sessionId);
std::optional<PracticalCandidate> loadCandidate(store::Database& db, const std::string& sessionId,
                                                const std::string& ticketNo);
std::vector<PracticalCandidate> loadCandidates(store::Database& db, const std::string& sessionId);
// nullopt: not assigned; otherwise whether chief.
std::optional<bool> graderRole(store::Database& db, const std::string& sessionId,
                               const std::string& grader);
std::optional<TaskDraw> loadDraw(store::Database& db, const std::string& sessionId,
                                 const std::string& ticketNo, const std::string& subjectCode);
int currentRound(store::Database& db, const std::string& sessionId, const std::string& ticketNo,
                 const std::string& subjectCode);
std::vector<MarkRow> loadMarks(store::Database& db, const std::string& sessionId,
                               const std::string& ticketNo, const std::string& subjectCode,
                               int round);
SubjectEval evaluate(store::Database& db, const SessionRow& session, const std::string& ticketNo,
                     const PracticalSubject& subject);
const PracticalSubject* findSubject(const PracticalRubric& rubric, const std::string& code);
std::vector<AttemptOutcome> loadAttempts(store::Database& db, const std::string& idNo,
                                         ExamPart exam);
std::string_view examName(ExamPart exam);
bool blank(const std::string& text);

} // namespace examroom::practical::detail
