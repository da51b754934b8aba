#pragma once

#include "documents/ScoreSheet.h"
#include "documents/SignedDocument.h"
#include "domain/Candidate.h"
#include "domain/PracticalRubric.h"
#include "domain/PracticalScoring.h"
#include "practical/PracticalTypes.h"
#include "site/Outcome.h"

#include <optional>
#include <string>
#include <vector>

namespace examroom::site {
class PersonSession;
class SiteStore;
} // namespace examroom::site

namespace examroom::practical {

using site::Outcome;
using site::Result;

// Someone who needs a make-up or must retrain, for the console's list.
struct MakeUpEntry
{
    std::string idNo;
    std::string name;
    ExamPart exam = ExamPart::Knowledge;
    AttemptStanding standing = AttemptStanding::None;
    std::string planId; // of the last attempt
};

// A grader assigned to a practical session.
struct GraderAssignment
{
    std::string name;
    bool chief = false;
};

// 实际操作考试 on site, kept in site.db. Every change is one transaction together with its
// audit entry; a refusal is an Outcome and changes nothing; a database fault throws
// StoreError and the transaction leaves nothing half-written.
class PracticalManager
{
public:
    static constexpr int defaultMaxDifference = 10;

    explicit PracticalManager(site::SiteStore& store) : m_store(store) {}

    // --- the session (proctor) ---

    // Opens the practical session of `planId` (id planId + "/practical") with `rubric` and the
    // plan's roster. Each candidate is eligible when a knowledge pass is recorded here for
    // their ID number; otherwise listed as not eligible with the reason, as is anyone whose
    // make-up standing refuses the attempt. Refused for an invalid rubric, an empty roster or
    // an existing session; nothing stored then.
    Result<std::string> openSession(site::PersonSession& proctor, const std::string& planId,
                                    const std::string& siteId, const PracticalRubric& rubric,
                                    const std::vector<Candidate>& roster,
                                    int maxDifference = defaultMaxDifference);

    // The proctor marks a candidate eligible whose knowledge pass came from elsewhere (the
    // roster has no column for it): NeedsReason without a reason; logged with it. Still
    // refused when the make-up rule refuses the attempt.
    Outcome markEligible(site::PersonSession& proctor, const std::string& sessionId,
                         const std::string& ticketNo, const std::string& reason);

    // Assigns a grader account to the session (chief: may decide flagged subjects). Refused
    // for an account that is not a grader.
    Outcome assignGrader(site::PersonSession& proctor, const std::string& sessionId,
                         const std::string& graderName, bool chief = false);

    // The system draw: a fresh random seed, practicalTaskDraw over the rubric, one task per
    // subject, all recorded with the seed. Refused for a candidate not eligible or drawn.
    Outcome drawTasks(site::PersonSession& proctor, const std::string& sessionId,
                      const std::string& ticketNo);

    // Records the lot the candidate drew for one subject (task by code). Refused for an
    // unknown task, a candidate not eligible, or a subject already drawn.
    Outcome recordLot(site::PersonSession& proctor, const std::string& sessionId,
                      const std::string& ticketNo, const std::string& subjectCode,
                      const std::string& taskCode);

    // --- marking (graders) ---

    // A grader's mark of one subject, signed with their key. Refused, nothing stored: not a
    // grader or not assigned to the session, candidate not eligible or task not drawn, a
    // machine-scored or decided subject, the grader already marked it in this round, the
    // round already has its marks, or the entry is invalid (a deduction above a row's
    // points, a veto without a reason…: every problem named in `why`).
    Outcome submitMark(site::PersonSession& grader, const std::string& sessionId,
                       const std::string& ticketNo, const std::string& subjectCode,
                       const MarkEntry& entry);

    // The asking grader's own mark of the current round, if any; never another grader's.
    std::optional<MarkEntry> myMark(site::PersonSession& grader, const std::string& sessionId,
                                    const std::string& ticketNo, const std::string& subjectCode);

    // Where each subject of a candidate stands; scores are not in it, so a grader learns
    // nothing of the other grader's mark.
    std::vector<SubjectStatus> status(site::PersonSession& person, const std::string& sessionId,
                                      const std::string& ticketNo);

    // The two scores of a subject flagged for review: only for the chief grader or a proctor.
    Result<std::vector<int>> reviewScores(site::PersonSession& person, const std::string& sessionId,
                                          const std::string& ticketNo,
                                          const std::string& subjectCode);

    // Sends a flagged subject back for a re-mark (a new round; the old marks stay on
    // record). Chief grader or proctor, with a reason; logged.
    Outcome requestRemark(site::PersonSession& person, const std::string& sessionId,
                          const std::string& ticketNo, const std::string& subjectCode,
                          const std::string& reason);

    // The chief grader settles a flagged subject at `halfPoints` (0–200) with a reason;
    // logged. Refused for anyone else or a subject not flagged.
    Outcome decide(site::PersonSession& chief, const std::string& sessionId,
                   const std::string& ticketNo, const std::string& subjectCode, int halfPoints,
                   const std::string& reason);

    // A machine-scored subject (simulation station): the score (in half-points, 0–200) and
    // the source it came from (required). Proctor or an assigned grader; once per subject.
    Outcome enterMachineScore(site::PersonSession& person, const std::string& sessionId,
                              const std::string& ticketNo, const std::string& subjectCode,
                              int halfPoints, const std::string& source);

    // --- results and close ---

    // The candidate's practical result once every subject has a score; refused (WrongState)
    // with the reason while any is missing or flagged.
    Result<PracticalResult> result(const std::string& sessionId, const std::string& ticketNo);

    // Closes the session: every eligible candidate with all subjects scored gets a practical
    // score sheet (graders' signed marks inside, countersigned by `proctor`), queued in the
    // outbox, and their attempt recorded; candidates never marked are left absent. Refused
    // while any candidate is part-way (some scores, or a flagged subject): nothing changes.
    Result<std::vector<SignedDocument>> close(site::PersonSession& proctor,
                                              const std::string& sessionId);

    // --- lists ---

    std::vector<PracticalCandidate> candidates(const std::string& sessionId);
    std::vector<TaskDraw> draws(const std::string& sessionId, const std::string& ticketNo);
    std::optional<PracticalRubric> rubric(const std::string& sessionId);
    std::vector<std::string> graders(const std::string& sessionId);
    // The graders assigned to the session, each with whether they are its chief grader.
    std::vector<GraderAssignment> assignments(const std::string& sessionId);
    // The session exists and is not closed yet.
    bool isOpen(const std::string& sessionId);

    // --- attempts and make-up (补考) ---

    // Records a knowledge score sheet a kiosk signed (verified here): its attempt and
    // outcome for the make-up rule and for eligibility. Refused (InvalidInput) for a bad
    // signature or a sheet that does not parse; the same sheet again changes nothing.
    Outcome recordKnowledgeSheet(site::PersonSession& person, const SignedDocument& sheet);
    // Records a paper sheet (纸质试卷, exam_mode paper) this console scored itself — one of
    // paper::PaperManager::scoredSheets — the same way, from the moment it is scored (its
    // countersignature comes only at close). Refused (InvalidInput) for a sheet not marked paper:
    // a kiosk's sheet must come signed, through recordKnowledgeSheet.
    Outcome recordPaperSheet(site::PersonSession& person, const ScoreSheet& sheet);

    // The make-up standing of the person with `idNo` at `exam`.
    AttemptStanding standing(const std::string& idNo, ExamPart exam);

    // Everyone who needs a make-up or must retrain.
    std::vector<MakeUpEntry> makeUpList();

private:
    // The attempt and outcome of a sheet whose origin the caller has checked.
    Outcome recordKnowledgeAttempt(site::PersonSession& person, const ScoreSheet& sheet);

    site::SiteStore& m_store;
};

} // namespace examroom::practical
