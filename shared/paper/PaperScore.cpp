// Scoring a paper with the kiosk's code, and the proctor's countersignature at close.

#include "crypto/Bytes.h"
#include "exam/ScoreSheetBuilder.h"
#include "paper/AnswerLetters.h"
#include "paper/PaperManager.h"
#include "paper/PaperRows.h"
#include "site/Outbox.h"
#include "site/PersonSession.h"
#include "site/SessionRows.h"
#include "site/SiteStore.h"
#include "store/Transaction.h"
#include "util/Clock.h"
#include "util/IsoTime.h"

#include <nlohmann/json.hpp>

namespace examroom::paper {
namespace {

using site::Refusal;

} // namespace

Result<ScoreSheet> PaperManager::score(site::PersonSession& person, const std::string& sessionId,
                                       const std::string& ticketNo, const ExamContext& context)
{
    using R = Result<ScoreSheet>;
    if (auto gate = m_store.admit(person); !gate)
        return R::refused(gate);
    auto drawn = paper(sessionId, ticketNo, context);
    if (!drawn)
        return R::refused(drawn.outcome);
    const Paper& p = *drawn.value;
    auto& db = m_store.database();
    auto row = loadPaperRow(db, sessionId, ticketNo);
    if (row->sheet)
        return R::refused(
            Outcome::refused(Refusal::WrongState, "考生 " + ticketNo + " 的纸质试卷已评分"));
    auto entries = loadEntries(db, sessionId, ticketNo);
    if (entries.size() != 2)
        return R::refused(
            Outcome::refused(Refusal::WrongState, "须两名工作人员各录入一次（已录入 " +
                                                      std::to_string(entries.size()) + " 次）"));
    auto resolutions = loadResolutions(db, sessionId, ticketNo);
    std::string open;
    for (const auto& d : compareEntries(entries[0], entries[1], resolutions))
        if (!d.resolved)
            open += (open.empty() ? "" : "、") + std::to_string(d.item + 1);
    if (!open.empty())
        return R::refused(
            Outcome::refused(Refusal::WrongState, "第 " + open + " 题两次录入不一致，须先核对"));
    auto session = site::loadSession(db, sessionId);
    auto seated = site::loadCandidate(db, sessionId, ticketNo);
    if (seated->status != site::CandidateStatus::Present)
        return R::refused(
            Outcome::refused(Refusal::WrongState, "candidate " + ticketNo + " is " +
                                                      std::string(statusLabel(seated->status))));
    const Candidate* candidate = context.findCandidate(ticketNo);
    if (!candidate)
        return R::refused(
            Outcome::refused(Refusal::NotFound, "the roster given has no candidate " + ticketNo));

    // The kiosk's answers stand; the rest is what both entries (or the resolution) say.
    PaperAnswers answers(p.items.size());
    for (std::size_t i = 0; i < p.items.size(); ++i) {
        if (auto kept = row->kioskAnswers.find(i); kept != row->kioskAnswers.end()) {
            answers[i] = kept->second;
            continue;
        }
        auto r = resolutions.find(int(i));
        const std::string& letters =
            r != resolutions.end() ? r->second.answer : entries[0].answers.at(i);
        auto choice = readLetters(p.items[i], letters);
        if (!choice)
            throw std::logic_error("a stored paper answer does not read: item " +
                                   std::to_string(i + 1));
        if (!choice->empty())
            answers[i] = *choice;
    }

    ExamContext sheetContext; // the plan is all the sheet needs besides room and seat
    sheetContext.plan = context.plan;
    sheetContext.roomId = session->roomId;
    sheetContext.seatNo = seated->seatNo.value_or(0);
    const auto offset = context.plan.knowledgeExam.start.offset;
    SheetFacts facts;
    facts.attempt = candidate->makeUp ? 2 : 1;
    facts.startedAt =
        OffsetTime{session->startedAt.value_or(site::fromUnix(row->switchedAt)), offset}.toIso();
    facts.submittedAt = OffsetTime{m_store.clock().now(), offset}.toIso();
    facts.reason = SubmitReason::Proctor;
    ScoreSheet sheet = buildScoreSheet(sheetContext, *candidate, p, answers, facts);
    sheet.examMode = ExamMode::Paper;
    for (const auto& e : entries)
        sheet.paperRecords.push_back(e.document);
    for (const auto& [item, r] : resolutions)
        sheet.paperRecords.push_back(r.document);

    const auto now = site::unixSeconds(m_store.clock().now());
    store::Transaction tx(db);
    auto keep = db.prepare("UPDATE paper_candidates SET sheet = ?, scored_by = ?, scored_at = ? "
                           "WHERE session_id = ? AND ticket_no = ? AND sheet IS NULL");
    // A blob: the body is binary in the current form (column text reads either back).
    const auto body = sheet.toBody();
    keep.bind(1, crypto::asBytes(body))
        .bind(2, std::string_view(person.name()))
        .bind(3, now)
        .bind(4, std::string_view(sessionId))
        .bind(5, std::string_view(ticketNo));
    keep.execute();
    auto submitted = db.prepare("UPDATE session_candidates SET status = 'submitted', paused = 0, "
                                "submitted_at = ?, submit_reason = 'paper' WHERE session_id = ? "
                                "AND ticket_no = ?");
    submitted.bind(1, now).bind(2, std::string_view(sessionId)).bind(3, std::string_view(ticketNo));
    submitted.execute();
    m_store.audit().appendWithin(person.name(), person.key(), "paper-score", ticketNo, "",
                                 nlohmann::json{{"session", sessionId},
                                                {"score_half_points", sheet.scoreHalfPoints},
                                                {"passed", sheet.passed}}
                                     .dump());
    tx.commit();
    return R::success(std::move(sheet));
}

Result<std::vector<SignedDocument>> PaperManager::countersign(site::PersonSession& person,
                                                              const std::string& sessionId)
{
    using R = Result<std::vector<SignedDocument>>;
    if (auto gate = m_store.admit(person); !gate)
        return R::refused(gate);
    auto& db = m_store.database();
    auto session = site::loadSession(db, sessionId);
    if (!session)
        return R::refused(Outcome::refused(Refusal::NotFound, "no session " + sessionId));
    if (session->state != site::SessionState::Closed)
        return R::refused(Outcome::refused(Refusal::WrongState, "纸质试卷成绩单在考场结束时会签"));
    std::vector<SignedDocument> signedSheets;
    store::Transaction tx(db);
    site::Outbox outbox(db);
    for (const auto& row : loadPaperRows(db, sessionId)) {
        if (!row.sheet || row.countersigned)
            continue;
        auto sheet = ScoreSheet::fromBody(*row.sheet);
        if (!sheet)
            throw std::logic_error("a stored paper sheet does not parse: " + row.ticketNo);
        auto document = sheet->sign(person.key());
        auto update = db.prepare("UPDATE paper_candidates SET document = ? WHERE session_id = ? "
                                 "AND ticket_no = ?");
        update.bind(1, std::string_view(document.toJson()))
            .bind(2, std::string_view(sessionId))
            .bind(3, std::string_view(row.ticketNo));
        update.execute();
        outbox.queue(document, m_store.clock().now());
        m_store.audit().appendWithin(
            person.name(), person.key(), "paper-countersign", row.ticketNo, "",
            nlohmann::json{{"session", sessionId}, {"document", document.contentHash()}}.dump());
        signedSheets.push_back(std::move(document));
    }
    tx.commit();
    return R::success(std::move(signedSheets));
}

} // namespace examroom::paper
