// Marking: the graders' signed marks, independent of each other; re-marks and the chief
// grader's decisions on flagged subjects; machine scores.

#include "practical/MarkDocument.h"
#include "practical/PracticalManager.h"
#include "practical/PracticalRows.h"
#include "site/PersonSession.h"
#include "site/SessionRows.h"
#include "site/SiteStore.h"
#include "store/Transaction.h"
#include "util/Clock.h"
#include "util/IsoTime.h"

#include <nlohmann/json.hpp>

namespace examroom::practical {

using namespace detail;
using site::Refusal;
using site::unixSeconds;

namespace {

Outcome refused(Refusal refusal, std::string why)
{
    return Outcome::refused(refusal, std::move(why));
}

// What every marking action needs: an open session, an eligible candidate with a drawn task
// for a subject of the rubric.
struct Target
{
    SessionRow session;
    const PracticalSubject* subject = nullptr;
    TaskDraw draw;
};

Result<Target> target(store::Database& db, const std::string& sessionId,
                      const std::string& ticketNo, const std::string& subjectCode)
{
    using R = Result<Target>;
    auto session = loadSession(db, sessionId);
    if (!session)
        return R::refused(refused(Refusal::NotFound, "no practical session " + sessionId));
    if (!session->open)
        return R::refused(refused(Refusal::WrongState, "the practical session is closed"));
    auto candidate = loadCandidate(db, sessionId, ticketNo);
    if (!candidate)
        return R::refused(refused(Refusal::NotFound, "no candidate " + ticketNo));
    if (!candidate->eligible)
        return R::refused(
            refused(Refusal::WrongState, ticketNo + " is not eligible: " + candidate->reason));
    Target t;
    t.session = std::move(*session);
    t.subject = findSubject(t.session.rubric, subjectCode);
    if (!t.subject)
        return R::refused(
            refused(Refusal::InvalidInput, "the rubric has no subject " + subjectCode));
    auto draw = loadDraw(db, sessionId, ticketNo, subjectCode);
    if (!draw)
        return R::refused(
            refused(Refusal::WrongState, ticketNo + " has no task drawn for " + subjectCode));
    t.draw = std::move(*draw);
    return R::success(std::move(t));
}

bool hasRow(store::Database& db, const char* table, const std::string& sessionId,
            const std::string& ticketNo, const std::string& subjectCode)
{
    auto read = db.prepare(std::string("SELECT 1 FROM ") + table +
                           " WHERE session_id = ? AND ticket_no = ? AND subject_code = ?");
    read.bind(1, std::string_view(sessionId))
        .bind(2, std::string_view(ticketNo))
        .bind(3, std::string_view(subjectCode));
    return read.step();
}

std::string joined(const std::vector<std::string>& texts)
{
    std::string text;
    for (std::size_t i = 0; i < texts.size(); ++i)
        text += (i ? "; " : "") + texts[i];
    return text;
}

// The chief grader of the session, or a proctor, may look at and settle a flagged subject.
bool mayReview(store::Database& db, const site::PersonSession& person, const std::string& sessionId)
{
    if (site::canProctor(person.role()))
        return true;
    auto role = graderRole(db, sessionId, person.name());
    return role && *role;
}

} // namespace

Outcome PracticalManager::submitMark(site::PersonSession& grader, const std::string& sessionId,
                                     const std::string& ticketNo, const std::string& subjectCode,
                                     const MarkEntry& entry)
{
    if (auto gate = m_store.admit(grader, false); !gate)
        return gate;
    if (grader.role() != site::Role::Grader)
        return refused(Refusal::NotPermitted, "only a grader account marks practical tasks");
    auto& db = m_store.database();
    if (!graderRole(db, sessionId, grader.name()))
        return refused(Refusal::NotPermitted,
                       grader.name() + " is not assigned to the practical session " + sessionId);
    auto t = target(db, sessionId, ticketNo, subjectCode);
    if (!t)
        return t.outcome;
    const PracticalSubject& subject = *t.value->subject;
    const PracticalTask& task = subject.tasks.at(std::size_t(t.value->draw.taskIndex));
    if (hasRow(db, "practical_machine_scores", sessionId, ticketNo, subjectCode))
        return refused(Refusal::WrongState, subjectCode + " is machine-scored for " + ticketNo);
    if (hasRow(db, "practical_decisions", sessionId, ticketNo, subjectCode))
        return refused(Refusal::WrongState,
                       subjectCode + " of " + ticketNo + " was settled by the chief grader");
    const int round = currentRound(db, sessionId, ticketNo, subjectCode);
    const auto marks = loadMarks(db, sessionId, ticketNo, subjectCode, round);
    for (const auto& mark : marks)
        if (mark.grader == grader.name())
            return refused(Refusal::WrongState, grader.name() + " already marked " + subjectCode +
                                                    " of " + ticketNo +
                                                    (round > 1 ? " in this re-mark" : ""));
    if (int(marks.size()) >= subject.gradersRequired)
        return refused(Refusal::WrongState, subjectCode + " of " + ticketNo + " already has its " +
                                                std::to_string(subject.gradersRequired) +
                                                " mark(s)");
    const GraderMark graderMark{grader.name(), entry.rows, entry.vetoes};
    if (auto errors = validateMark(task, graderMark); !errors.empty())
        return refused(Refusal::InvalidInput, "task " + task.code + ": " + joined(errors));

    const auto now = m_store.clock().now();
    SignedMark mark;
    mark.sessionId = sessionId;
    mark.ticketNo = ticketNo;
    mark.subjectCode = subjectCode;
    mark.taskCode = task.code;
    mark.round = round;
    mark.grader = grader.name();
    mark.entry = entry;
    mark.score = taskScore(task, graderMark);
    mark.vetoed = !entry.vetoes.empty();
    mark.markedAt = OffsetTime{now, std::chrono::minutes{0}}.toIso();
    const SignedDocument document = mark.sign(grader.key());

    store::Transaction tx(db);
    auto insert = db.prepare("INSERT INTO practical_marks (session_id, ticket_no, subject_code, "
                             "round, grader, score, vetoed, document, marked_at) VALUES (?, ?, ?, "
                             "?, ?, ?, ?, ?, ?)");
    insert.bind(1, std::string_view(sessionId))
        .bind(2, std::string_view(ticketNo))
        .bind(3, std::string_view(subjectCode))
        .bind(4, round)
        .bind(5, std::string_view(grader.name()))
        .bind(6, mark.score)
        .bind(7, mark.vetoed ? 1 : 0)
        .bind(8, std::string_view(document.toJson()))
        .bind(9, unixSeconds(now));
    insert.execute();
    // The score is not in the log: another grader could read the log before marking.
    m_store.audit().appendWithin(
        grader.name(), grader.key(), "practical-mark",
        sessionId + "/" + ticketNo + "/" + subjectCode, "",
        nlohmann::json{{"round", round}, {"task", task.code}, {"document", document.contentHash()}}
            .dump());
    tx.commit();
    return Outcome::success();
}

std::optional<MarkEntry> PracticalManager::myMark(site::PersonSession& grader,
                                                  const std::string& sessionId,
                                                  const std::string& ticketNo,
                                                  const std::string& subjectCode)
{
    auto& db = m_store.database();
    const int round = currentRound(db, sessionId, ticketNo, subjectCode);
    for (const auto& row : loadMarks(db, sessionId, ticketNo, subjectCode, round)) {
        if (row.grader != grader.name())
            continue;
        auto envelope = SignedDocument::fromJson(row.document);
        auto mark = envelope ? SignedMark::fromJson(envelope->body) : std::nullopt;
        if (mark)
            return mark->entry;
    }
    return std::nullopt;
}

std::vector<SubjectStatus> PracticalManager::status(site::PersonSession& person,
                                                    const std::string& sessionId,
                                                    const std::string& ticketNo)
{
    std::vector<SubjectStatus> out;
    auto& db = m_store.database();
    auto session = loadSession(db, sessionId);
    if (!session)
        return out;
    for (const auto& subject : session->rubric.subjects) {
        SubjectStatus s;
        s.subjectCode = subject.code;
        s.marksNeeded = subject.gradersRequired;
        SubjectEval eval;
        try {
            eval = evaluate(db, *session, ticketNo, subject);
        } catch (const PracticalError&) {
            // A stored mark that no longer checks out: show the subject as waiting.
            eval.state = SubjectState::Waiting;
        }
        s.state = eval.state;
        s.taskIndex = eval.draw ? eval.draw->taskIndex : -1;
        s.round = eval.round;
        s.marksIn = int(eval.marks.size());
        for (const auto& mark : eval.marks)
            s.markedByMe = s.markedByMe || mark.grader == person.name();
        out.push_back(s);
    }
    return out;
}

Result<std::vector<int>> PracticalManager::reviewScores(site::PersonSession& person,
                                                        const std::string& sessionId,
                                                        const std::string& ticketNo,
                                                        const std::string& subjectCode)
{
    using R = Result<std::vector<int>>;
    if (auto gate = m_store.admit(person, false); !gate)
        return R::refused(gate);
    auto& db = m_store.database();
    if (!mayReview(db, person, sessionId))
        return R::refused(
            refused(Refusal::NotPermitted, "only the chief grader or a proctor sees both marks"));
    auto t = target(db, sessionId, ticketNo, subjectCode);
    if (!t)
        return R::refused(t.outcome);
    auto eval = evaluate(db, t.value->session, ticketNo, *t.value->subject);
    if (eval.state != SubjectState::NeedsReview)
        return R::refused(refused(Refusal::WrongState,
                                  subjectCode + " of " + ticketNo + " is not flagged for review"));
    std::vector<int> scores;
    for (const auto& mark : eval.marks)
        scores.push_back(mark.score);
    return R::success(scores);
}

Outcome PracticalManager::requestRemark(site::PersonSession& person, const std::string& sessionId,
                                        const std::string& ticketNo, const std::string& subjectCode,
                                        const std::string& reason)
{
    if (auto gate = m_store.admit(person, false); !gate)
        return gate;
    auto& db = m_store.database();
    if (!mayReview(db, person, sessionId))
        return refused(Refusal::NotPermitted,
                       "only the chief grader or a proctor orders a re-mark");
    if (blank(reason))
        return refused(Refusal::NeedsReason, "a re-mark needs a reason");
    auto t = target(db, sessionId, ticketNo, subjectCode);
    if (!t)
        return t.outcome;
    auto eval = evaluate(db, t.value->session, ticketNo, *t.value->subject);
    if (eval.state != SubjectState::NeedsReview)
        return refused(Refusal::WrongState,
                       subjectCode + " of " + ticketNo + " is not flagged for review");

    store::Transaction tx(db);
    auto remove = db.prepare("DELETE FROM practical_rounds WHERE session_id = ? AND ticket_no = ? "
                             "AND subject_code = ?");
    remove.bind(1, std::string_view(sessionId))
        .bind(2, std::string_view(ticketNo))
        .bind(3, std::string_view(subjectCode));
    remove.execute();
    auto insert = db.prepare("INSERT INTO practical_rounds (session_id, ticket_no, subject_code, "
                             "round) VALUES (?, ?, ?, ?)");
    insert.bind(1, std::string_view(sessionId))
        .bind(2, std::string_view(ticketNo))
        .bind(3, std::string_view(subjectCode))
        .bind(4, eval.round + 1);
    insert.execute();
    m_store.audit().appendWithin(person.name(), person.key(), "practical-remark",
                                 sessionId + "/" + ticketNo + "/" + subjectCode, reason,
                                 nlohmann::json{{"round", eval.round + 1}}.dump());
    tx.commit();
    return Outcome::success();
}

Outcome PracticalManager::decide(site::PersonSession& chief, const std::string& sessionId,
                                 const std::string& ticketNo, const std::string& subjectCode,
                                 int halfPoints, const std::string& reason)
{
    if (auto gate = m_store.admit(chief, false); !gate)
        return gate;
    auto& db = m_store.database();
    auto role = graderRole(db, sessionId, chief.name());
    if (chief.role() != site::Role::Grader || !role || !*role)
        return refused(Refusal::NotPermitted, "only the session's chief grader decides a score");
    if (blank(reason))
        return refused(Refusal::NeedsReason, "a chief grader's decision needs a reason");
    if (halfPoints < 0 || halfPoints > 200)
        return refused(Refusal::InvalidInput, "a score is between 0 and 100");
    auto t = target(db, sessionId, ticketNo, subjectCode);
    if (!t)
        return t.outcome;
    auto eval = evaluate(db, t.value->session, ticketNo, *t.value->subject);
    if (eval.state != SubjectState::NeedsReview)
        return refused(Refusal::WrongState,
                       subjectCode + " of " + ticketNo + " is not flagged for review");

    store::Transaction tx(db);
    auto insert = db.prepare("INSERT INTO practical_decisions (session_id, ticket_no, "
                             "subject_code, half_points, decided_by, reason, decided_at) VALUES "
                             "(?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, std::string_view(sessionId))
        .bind(2, std::string_view(ticketNo))
        .bind(3, std::string_view(subjectCode))
        .bind(4, halfPoints)
        .bind(5, std::string_view(chief.name()))
        .bind(6, std::string_view(reason))
        .bind(7, unixSeconds(m_store.clock().now()));
    insert.execute();
    nlohmann::json scores = nlohmann::json::array();
    for (const auto& mark : eval.marks)
        scores.push_back({{"grader", mark.grader}, {"score", mark.score}});
    m_store.audit().appendWithin(
        chief.name(), chief.key(), "practical-decide",
        sessionId + "/" + ticketNo + "/" + subjectCode, reason,
        nlohmann::json{{"half_points", halfPoints}, {"round", eval.round}, {"marks", scores}}
            .dump());
    tx.commit();
    return Outcome::success();
}

Outcome PracticalManager::enterMachineScore(site::PersonSession& person,
                                            const std::string& sessionId,
                                            const std::string& ticketNo,
                                            const std::string& subjectCode, int halfPoints,
                                            const std::string& source)
{
    if (auto gate = m_store.admit(person, false); !gate)
        return gate;
    auto& db = m_store.database();
    if (!site::canProctor(person.role()) && !graderRole(db, sessionId, person.name()))
        return refused(Refusal::NotPermitted,
                       person.name() + " is neither a proctor nor a grader of this session");
    if (blank(source))
        return refused(Refusal::NeedsReason,
                       "a machine score needs its source (the station or system it came from)");
    if (halfPoints < 0 || halfPoints > 200)
        return refused(Refusal::InvalidInput, "a score is between 0 and 100");
    auto t = target(db, sessionId, ticketNo, subjectCode);
    if (!t)
        return t.outcome;
    if (hasRow(db, "practical_machine_scores", sessionId, ticketNo, subjectCode))
        return refused(Refusal::WrongState,
                       subjectCode + " of " + ticketNo + " already has a machine score");
    if (!loadMarks(db, sessionId, ticketNo, subjectCode,
                   currentRound(db, sessionId, ticketNo, subjectCode))
             .empty())
        return refused(Refusal::WrongState,
                       subjectCode + " of " + ticketNo + " is being marked by graders");

    store::Transaction tx(db);
    auto insert = db.prepare("INSERT INTO practical_machine_scores (session_id, ticket_no, "
                             "subject_code, half_points, source, entered_by, entered_at) VALUES "
                             "(?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, std::string_view(sessionId))
        .bind(2, std::string_view(ticketNo))
        .bind(3, std::string_view(subjectCode))
        .bind(4, halfPoints)
        .bind(5, std::string_view(source))
        .bind(6, std::string_view(person.name()))
        .bind(7, unixSeconds(m_store.clock().now()));
    insert.execute();
    m_store.audit().appendWithin(
        person.name(), person.key(), "practical-machine-score",
        sessionId + "/" + ticketNo + "/" + subjectCode, "",
        nlohmann::json{{"half_points", halfPoints}, {"source", source}}.dump());
    tx.commit();
    return Outcome::success();
}

} // namespace examroom::practical
