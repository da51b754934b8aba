// Results and the close: the weighted result per candidate, the multi-signed practical score
// sheets into the outbox, and the practical attempts recorded for the make-up rule.

#include "crypto/Hex.h"
#include "practical/MarkDocument.h"
#include "practical/PracticalManager.h"
#include "practical/PracticalRows.h"
#include "practical/PracticalSheet.h"
#include "site/AccountManager.h"
#include "site/Outbox.h"
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

struct CandidateEval
{
    std::vector<SubjectEval> subjects;
    int done = 0;
    int touched = 0; // subjects with any mark or score
    std::string missing;
};

CandidateEval evaluateAll(store::Database& db, const SessionRow& session,
                          const std::string& ticketNo)
{
    CandidateEval out;
    for (const auto& subject : session.rubric.subjects) {
        SubjectEval eval = evaluate(db, session, ticketNo, subject);
        if (eval.state == SubjectState::Done)
            ++out.done;
        else if (out.missing.empty())
            out.missing =
                subject.code + (eval.state == SubjectState::NeedsReview
                                    ? " needs review (re-mark or chief grader)"
                                : eval.state == SubjectState::NotDrawn ? " has no task drawn"
                                                                       : " is waiting for marks");
        if (eval.state == SubjectState::Done || eval.state == SubjectState::NeedsReview ||
            !eval.marks.empty())
            ++out.touched;
        out.subjects.push_back(std::move(eval));
    }
    return out;
}

PracticalResult weigh(const SessionRow& session, const CandidateEval& eval)
{
    std::vector<SubjectResult> results;
    for (const auto& subject : eval.subjects)
        results.push_back(*subject.result);
    return practicalResult(session.rubric, results);
}

} // namespace

Result<PracticalResult> PracticalManager::result(const std::string& sessionId,
                                                 const std::string& ticketNo)
{
    using R = Result<PracticalResult>;
    auto& db = m_store.database();
    auto session = loadSession(db, sessionId);
    if (!session)
        return R::refused(Outcome::refused(Refusal::NotFound, "no practical session " + sessionId));
    if (!loadCandidate(db, sessionId, ticketNo))
        return R::refused(Outcome::refused(Refusal::NotFound, "no candidate " + ticketNo));
    const auto eval = evaluateAll(db, *session, ticketNo);
    if (eval.done != int(session->rubric.subjects.size()))
        return R::refused(Outcome::refused(Refusal::WrongState, eval.missing));
    return R::success(weigh(*session, eval));
}

Result<std::vector<SignedDocument>> PracticalManager::close(site::PersonSession& proctor,
                                                            const std::string& sessionId)
{
    using R = Result<std::vector<SignedDocument>>;
    if (auto gate = m_store.admit(proctor); !gate)
        return R::refused(gate);
    auto& db = m_store.database();
    auto session = loadSession(db, sessionId);
    if (!session)
        return R::refused(Outcome::refused(Refusal::NotFound, "no practical session " + sessionId));
    if (!session->open)
        return R::refused(Outcome::refused(Refusal::WrongState, "the session is already closed"));

    const auto now = m_store.clock().now();
    const std::string at = OffsetTime{now, std::chrono::minutes{0}}.toIso();
    site::AccountManager accounts(m_store);
    std::vector<SignedDocument> sheets;
    std::vector<std::pair<PracticalCandidate, bool>> outcomes;
    for (const auto& candidate : loadCandidates(db, sessionId)) {
        if (!candidate.eligible)
            continue;
        const auto eval = evaluateAll(db, *session, candidate.ticketNo);
        if (eval.touched == 0)
            continue; // never marked: absent from the practical exam
        if (eval.done != int(session->rubric.subjects.size()))
            return R::refused(
                Outcome::refused(Refusal::WrongState, candidate.ticketNo + ": " + eval.missing));
        const PracticalResult result = weigh(*session, eval);

        PracticalSheet sheet;
        sheet.sheetId = practicalSheetId(session->planId, candidate.ticketNo, candidate.attempt);
        sheet.planId = session->planId;
        sheet.siteId = session->siteId;
        sheet.sessionId = sessionId;
        sheet.operationItem = session->rubric.operationItem;
        sheet.ticketNo = candidate.ticketNo;
        sheet.name = candidate.name;
        sheet.idType = candidate.idType;
        sheet.idNo = candidate.idNo;
        sheet.attempt = candidate.attempt;
        for (std::size_t i = 0; i < eval.subjects.size(); ++i) {
            const auto& subject = session->rubric.subjects[i];
            const auto& e = eval.subjects[i];
            const auto& task = subject.tasks.at(std::size_t(e.draw->taskIndex));
            SheetSubject s;
            s.code = subject.code;
            s.name = subject.name;
            s.weight = subject.weight;
            s.gradersRequired = subject.gradersRequired;
            s.taskCode = task.code;
            s.taskName = task.name;
            s.drawMethod = e.draw->method == DrawMethod::Lot ? "lot" : "system";
            if (e.draw->seed)
                s.drawSeed =
                    crypto::toHex(crypto::ByteSpan(e.draw->seed->data(), e.draw->seed->size()));
            s.scoredBy = e.scoredBy;
            s.source = e.source;
            s.halfPoints = e.result->halfPoints;
            s.vetoed = e.result->vetoed;
            s.vetoItems = e.result->vetoItems;
            for (const auto& mark : e.marks) {
                s.marks.push_back(mark.document);
                auto account = accounts.account(mark.grader);
                if (account)
                    sheet.graders[mark.grader] = crypto::toHex(
                        crypto::ByteSpan(account->publicKey.data(), account->publicKey.size()));
            }
            sheet.subjects.push_back(std::move(s));
        }
        sheet.total200ths = result.total200ths;
        sheet.passPoints = session->rubric.passPoints;
        sheet.vetoed = result.vetoed;
        sheet.passed = result.passed;
        sheet.closedBy = proctor.name();
        sheet.closedAt = at;
        sheets.push_back(sheet.countersign(proctor.key()));
        outcomes.emplace_back(candidate, result.passed);
    }

    store::Transaction tx(db);
    site::Outbox outbox(db);
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        const auto& [candidate, passed] = outcomes[i];
        outbox.queue(sheets[i], now);
        auto store = db.prepare(
            "INSERT INTO practical_sheets (session_id, ticket_no, document) VALUES (?, ?, ?)");
        store.bind(1, std::string_view(sessionId))
            .bind(2, std::string_view(candidate.ticketNo))
            .bind(3, std::string_view(sheets[i].toJson()));
        store.execute();
        auto attempt = db.prepare("INSERT OR REPLACE INTO exam_attempts (id_no, exam, attempt, "
                                  "passed, plan_id, source, recorded_at) VALUES (?, 'practical', "
                                  "?, ?, ?, ?, ?)");
        attempt.bind(1, std::string_view(candidate.idNo))
            .bind(2, candidate.attempt)
            .bind(3, passed ? 1 : 0)
            .bind(4, std::string_view(session->planId))
            .bind(5, std::string_view(sheets[i].id))
            .bind(6, unixSeconds(now));
        attempt.execute();
    }
    auto update = db.prepare(
        "UPDATE practical_sessions SET state = 'closed', closed_at = ? WHERE session_id = ?");
    update.bind(1, unixSeconds(now)).bind(2, std::string_view(sessionId));
    update.execute();
    nlohmann::json hashes = nlohmann::json::array();
    for (const auto& sheet : sheets)
        hashes.push_back({{"id", sheet.id}, {"hash", sheet.contentHash()}});
    m_store.audit().appendWithin(proctor.name(), proctor.key(), "practical-close", sessionId, "",
                                 nlohmann::json{{"sheets", hashes}}.dump());
    tx.commit();
    return R::success(std::move(sheets));
}

} // namespace examroom::practical
