// Switching candidates to paper, and reading where they stand.

#include "exam/AnswerPayload.h"
#include "paper/PaperManager.h"
#include "paper/PaperRows.h"
#include "site/IncidentRows.h"
#include "site/PersonSession.h"
#include "site/RoomLinkStore.h"
#include "site/SessionRows.h"
#include "site/SiteStore.h"
#include "site/StartManager.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace examroom::paper {
namespace {

using site::Refusal;

// The answers the kiosk mirrored for the candidate's newest attempt of this plan
// (planId/ticket/attempt), as they stand now.
std::map<std::size_t, ChoiceSet> mirroredAnswers(site::SiteStore& store, const std::string& planId,
                                                 const std::string& ticketNo)
{
    const std::string prefix = planId + "/" + ticketNo + "/";
    const site::StoredMirror* newest = nullptr;
    auto mirrors = site::RoomLinkStore(store.database()).mirrors();
    for (const auto& mirror : mirrors)
        if (mirror.attempt.rfind(prefix, 0) == 0 && (!newest || mirror.attempt > newest->attempt))
            newest = &mirror;
    return newest ? answersInJournal(newest->entries) : std::map<std::size_t, ChoiceSet>{};
}

// Writes the switch of one candidate within the caller's transaction.
void recordSwitch(site::SiteStore& store, const site::PersonSession& person,
                  const site::IncidentTarget& target, const std::string& reason)
{
    const auto& ticketNo = target.candidate.ticketNo;
    const auto& sessionId = target.session.sessionId;
    const auto kept = mirroredAnswers(store, target.session.planId, ticketNo);
    auto insert = store.database().prepare(
        "INSERT INTO paper_candidates (session_id, ticket_no, reason, switched_by, switched_at, "
        "kiosk_answers) VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, std::string_view(sessionId))
        .bind(2, std::string_view(ticketNo))
        .bind(3, std::string_view(reason))
        .bind(4, std::string_view(person.name()))
        .bind(5, site::unixSeconds(store.clock().now()))
        .bind(6, std::string_view(kioskAnswersJson(kept)));
    insert.execute();
    site::recordIncident(store, person, sessionId, ticketNo, "paper", 0, target.candidate.seatNo,
                         std::nullopt, reason);
    store.audit().appendWithin(
        person.name(), person.key(), "switch-to-paper", ticketNo, reason,
        nlohmann::json{{"session", sessionId}, {"kiosk_answered", kept.size()}}.dump());
}

PaperStatus statusOf(store::Database& db, const std::string& sessionId, const PaperRow& row)
{
    PaperStatus s;
    s.ticketNo = row.ticketNo;
    s.reason = row.reason;
    s.switchedBy = row.switchedBy;
    s.switchedAt = site::fromUnix(row.switchedAt);
    s.kioskAnswers = row.kioskAnswers;
    const auto entries = loadEntries(db, sessionId, row.ticketNo);
    for (const auto& e : entries)
        s.entries.push_back({e.entryNo, e.staff, site::fromUnix(e.enteredAt)});
    if (entries.size() == 2)
        for (const auto& d :
             compareEntries(entries[0], entries[1], loadResolutions(db, sessionId, row.ticketNo)))
            s.unresolved += d.resolved ? 0 : 1;
    if (row.sheet) {
        auto sheet = ScoreSheet::fromBody(*row.sheet);
        s.scored = sheet.has_value();
        if (sheet) {
            s.scoreHalfPoints = sheet->scoreHalfPoints;
            s.passed = sheet->passed;
        }
    }
    s.countersigned = row.countersigned;
    return s;
}

} // namespace

Outcome PaperManager::switchCandidate(site::PersonSession& person, const std::string& sessionId,
                                      const std::string& ticketNo, const std::string& reason)
{
    auto target = site::incidentTarget(m_store, person, sessionId, ticketNo, reason);
    if (!target)
        return target.outcome;
    auto& db = m_store.database();
    if (loadPaperRow(db, sessionId, ticketNo))
        return Outcome::refused(Refusal::WrongState, "考生 " + ticketNo + " 已改用纸质试卷");
    // The same seed a kiosk would get: issued now if no kiosk asked yet.
    auto seed = site::StartManager(m_store).paperSeed(sessionId, ticketNo);
    if (!seed)
        return seed.outcome;
    store::Transaction tx(db);
    recordSwitch(m_store, person, *target.value, reason);
    tx.commit();
    return Outcome::success();
}

Result<std::vector<std::string>> PaperManager::switchSession(site::PersonSession& person,
                                                             const std::string& sessionId,
                                                             const std::string& reason)
{
    using R = Result<std::vector<std::string>>;
    if (auto gate = m_store.admit(person); !gate)
        return R::refused(gate);
    if (reason.empty())
        return R::refused(Outcome::refused(Refusal::NeedsReason, "请填写原因"));
    auto& db = m_store.database();
    std::vector<site::IncidentTarget> targets;
    for (const auto& c : site::loadCandidates(db, sessionId)) {
        if (c.status != site::CandidateStatus::Present || loadPaperRow(db, sessionId, c.ticketNo))
            continue;
        auto target = site::incidentTarget(m_store, person, sessionId, c.ticketNo, reason);
        if (!target)
            return R::refused(target.outcome);
        targets.push_back(std::move(*target.value));
    }
    if (targets.empty())
        return R::refused(Outcome::refused(Refusal::WrongState, "没有可改用纸质试卷的在考考生"));
    for (const auto& t : targets)
        if (auto seed = site::StartManager(m_store).paperSeed(sessionId, t.candidate.ticketNo);
            !seed)
            return R::refused(seed.outcome);
    std::vector<std::string> tickets;
    store::Transaction tx(db);
    for (const auto& t : targets) {
        recordSwitch(m_store, person, t, reason);
        tickets.push_back(t.candidate.ticketNo);
    }
    tx.commit();
    return R::success(std::move(tickets));
}

Outcome PaperManager::recordKioskLock(site::PersonSession& person, const std::string& sessionId,
                                      const std::string& ticketNo, int seatNo,
                                      const std::string& kiosk, bool sent)
{
    if (auto gate = m_store.admit(person); !gate)
        return gate;
    auto& db = m_store.database();
    if (!loadPaperRow(db, sessionId, ticketNo))
        return Outcome::refused(Refusal::WrongState, "考生 " + ticketNo + " 未改用纸质试卷");
    store::Transaction tx(db);
    m_store.audit().appendWithin(
        person.name(), person.key(), "paper-lock-kiosk", ticketNo,
        sent ? "" : "no kiosk reachable at the seat",
        nlohmann::json{
            {"session", sessionId}, {"seat", seatNo}, {"kiosk", kiosk}, {"lock_sent", sent}}
            .dump());
    tx.commit();
    return Outcome::success();
}

Outcome PaperManager::recordSaved(site::PersonSession& person, const std::string& sessionId,
                                  const std::string& ticketNo, const std::string& path)
{
    if (auto gate = m_store.admit(person); !gate)
        return gate;
    auto& db = m_store.database();
    if (!loadPaperRow(db, sessionId, ticketNo))
        return Outcome::refused(Refusal::WrongState, "考生 " + ticketNo + " 未改用纸质试卷");
    store::Transaction tx(db);
    m_store.audit().appendWithin(person.name(), person.key(), "paper-saved", ticketNo,
                                 "no printer: saved where the proctor chose",
                                 nlohmann::json{{"session", sessionId}, {"path", path}}.dump());
    tx.commit();
    return Outcome::success();
}

std::vector<PaperStatus> PaperManager::candidates(const std::string& sessionId)
{
    auto& db = m_store.database();
    std::vector<PaperStatus> out;
    for (const auto& row : loadPaperRows(db, sessionId))
        out.push_back(statusOf(db, sessionId, row));
    return out;
}

std::optional<PaperStatus> PaperManager::status(const std::string& sessionId,
                                                const std::string& ticketNo)
{
    auto& db = m_store.database();
    auto row = loadPaperRow(db, sessionId, ticketNo);
    if (!row)
        return std::nullopt;
    return statusOf(db, sessionId, *row);
}

std::vector<ScoreSheet> PaperManager::scoredSheets(const std::string& sessionId)
{
    std::vector<ScoreSheet> out;
    for (const auto& row : loadPaperRows(m_store.database(), sessionId)) {
        if (!row.sheet)
            continue;
        std::string why;
        auto sheet = ScoreSheet::fromBody(*row.sheet, &why);
        if (!sheet) // written by score() in this database: not reading it back is a fault
            throw std::logic_error("the stored paper sheet of " + row.ticketNo +
                                   " does not parse: " + why);
        out.push_back(std::move(*sheet));
    }
    return out;
}

} // namespace examroom::paper
