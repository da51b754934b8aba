#include "site/IncidentManager.h"

#include "crypto/Hex.h"
#include "site/AccountManager.h"
#include "site/IncidentRows.h"
#include "site/PersonSession.h"
#include "site/SessionRows.h"
#include "site/SiteStore.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

namespace examroom::site {
namespace {

std::vector<int> parseSeats(const std::string& text)
{
    std::vector<int> seats;
    std::istringstream in(text);
    for (std::string part; std::getline(in, part, ',');)
        if (!part.empty())
            seats.push_back(std::stoi(part));
    return seats;
}

std::string joinSeats(const std::vector<int>& seats)
{
    std::string out;
    for (int s : seats)
        out += (out.empty() ? "" : ",") + std::to_string(s);
    return out;
}

void setCandidate(SiteStore& store, const std::string& sessionId, const std::string& ticketNo,
                  const std::string& assignments)
{
    auto update = store.database().prepare("UPDATE session_candidates SET " + assignments +
                                           " WHERE session_id = ? AND ticket_no = ?");
    update.bind(1, std::string_view(sessionId)).bind(2, std::string_view(ticketNo));
    update.execute();
}

} // namespace

Outcome IncidentManager::extend(PersonSession& person, const std::string& sessionId,
                                const std::string& ticketNo, int minutes, const std::string& reason)
{
    auto t = incidentTarget(m_store, person, sessionId, ticketNo, reason);
    if (!t)
        return t.outcome;
    if (minutes < 1 || minutes > 120)
        return Outcome::refused(Refusal::InvalidInput, "延时为 1 到 120 分钟");
    store::Transaction tx(m_store.database());
    setCandidate(m_store, sessionId, ticketNo,
                 "extension_minutes = extension_minutes + " + std::to_string(minutes));
    recordIncident(m_store, person, sessionId, ticketNo, "extend", minutes, std::nullopt,
                   std::nullopt, reason);
    m_store.audit().appendWithin(
        person.name(), person.key(), "extend", ticketNo, reason,
        nlohmann::json{{"session", sessionId}, {"minutes", minutes}}.dump());
    tx.commit();
    return Outcome::success();
}

Outcome IncidentManager::pause(PersonSession& person, const std::string& sessionId,
                               const std::string& ticketNo, const std::string& reason)
{
    auto t = incidentTarget(m_store, person, sessionId, ticketNo, reason);
    if (!t)
        return t.outcome;
    if (t.value->candidate.paused)
        return Outcome::refused(Refusal::WrongState, "already paused");
    store::Transaction tx(m_store.database());
    setCandidate(m_store, sessionId, ticketNo, "paused = 1");
    recordIncident(m_store, person, sessionId, ticketNo, "pause", 0, std::nullopt, std::nullopt,
                   reason);
    m_store.audit().appendWithin(person.name(), person.key(), "pause", ticketNo, reason,
                                 nlohmann::json{{"session", sessionId}}.dump());
    tx.commit();
    return Outcome::success();
}

Outcome IncidentManager::resume(PersonSession& person, const std::string& sessionId,
                                const std::string& ticketNo, const std::string& reason)
{
    auto t = incidentTarget(m_store, person, sessionId, ticketNo, reason);
    if (!t)
        return t.outcome;
    if (!t.value->candidate.paused)
        return Outcome::refused(Refusal::WrongState, "not paused");
    store::Transaction tx(m_store.database());
    setCandidate(m_store, sessionId, ticketNo, "paused = 0");
    recordIncident(m_store, person, sessionId, ticketNo, "resume", 0, std::nullopt, std::nullopt,
                   reason);
    m_store.audit().appendWithin(person.name(), person.key(), "resume", ticketNo, reason,
                                 nlohmann::json{{"session", sessionId}}.dump());
    tx.commit();
    return Outcome::success();
}

Outcome IncidentManager::moveSeat(PersonSession& person, const std::string& sessionId,
                                  const std::string& ticketNo, int toSeat,
                                  const std::string& reason)
{
    auto t = incidentTarget(m_store, person, sessionId, ticketNo, reason);
    if (!t)
        return t.outcome;
    auto spares = parseSeats(t.value->session.spareSeats);
    if (std::find(spares.begin(), spares.end(), toSeat) == spares.end())
        return Outcome::refused(Refusal::SeatUnavailable,
                                "seat " + std::to_string(toSeat) + " is not a free spare seat");
    auto& db = m_store.database();
    auto locked = db.prepare("SELECT locked FROM seats WHERE room_id = ? AND seat_no = ?");
    locked.bind(1, std::string_view(t.value->session.roomId)).bind(2, toSeat);
    if (!locked.step() || locked.columnInt64(0) != 0)
        return Outcome::refused(Refusal::SeatUnavailable,
                                "seat " + std::to_string(toSeat) + " is locked");
    locked.reset();
    const auto fromSeat = t.value->candidate.seatNo;
    spares.erase(std::find(spares.begin(), spares.end(), toSeat));

    store::Transaction tx(db);
    setCandidate(m_store, sessionId, ticketNo, "seat_no = " + std::to_string(toSeat));
    if (fromSeat) {
        auto lock = db.prepare("UPDATE seats SET locked = 1 WHERE room_id = ? AND seat_no = ?");
        lock.bind(1, std::string_view(t.value->session.roomId)).bind(2, *fromSeat);
        lock.execute();
    }
    auto setSpares = db.prepare("UPDATE exam_sessions SET spare_seats = ? WHERE session_id = ?");
    setSpares.bind(1, std::string_view(joinSeats(spares))).bind(2, std::string_view(sessionId));
    setSpares.execute();
    recordIncident(m_store, person, sessionId, ticketNo, "move", 0, fromSeat, toSeat, reason);
    m_store.audit().appendWithin(
        person.name(), person.key(), "move", ticketNo, reason,
        nlohmann::json{{"session", sessionId}, {"from", fromSeat.value_or(0)}, {"to", toSeat}}
            .dump());
    tx.commit();
    return Outcome::success();
}

Outcome IncidentManager::forceSubmit(PersonSession& person, const std::string& sessionId,
                                     const std::string& ticketNo, const std::string& reason)
{
    auto t = incidentTarget(m_store, person, sessionId, ticketNo, reason);
    if (!t)
        return t.outcome;
    store::Transaction tx(m_store.database());
    setCandidate(m_store, sessionId, ticketNo,
                 "status = 'submitted', paused = 0, submit_reason = 'proctor', submitted_at = " +
                     std::to_string(unixSeconds(m_store.clock().now())));
    recordIncident(m_store, person, sessionId, ticketNo, "force-submit", 0, std::nullopt,
                   std::nullopt, reason);
    m_store.audit().appendWithin(person.name(), person.key(), "force-submit", ticketNo, reason,
                                 nlohmann::json{{"session", sessionId}}.dump());
    tx.commit();
    return Outcome::success();
}

Outcome IncidentManager::warn(PersonSession& person, const std::string& sessionId,
                              const std::string& ticketNo, const std::string& reason)
{
    auto t = incidentTarget(m_store, person, sessionId, ticketNo, reason);
    if (!t)
        return t.outcome;
    store::Transaction tx(m_store.database());
    setCandidate(m_store, sessionId, ticketNo, "warnings = warnings + 1");
    recordIncident(m_store, person, sessionId, ticketNo, "warning", 0, std::nullopt, std::nullopt,
                   reason);
    m_store.audit().appendWithin(person.name(), person.key(), "warning", ticketNo, reason,
                                 nlohmann::json{{"session", sessionId}}.dump());
    tx.commit();
    return Outcome::success();
}

std::string IncidentManager::removalStatement(const std::string& sessionId,
                                              const std::string& ticketNo,
                                              const std::string& reason, const std::string& proctor)
{
    return "考场 " + sessionId + "：考生 " + ticketNo + " 因「" + reason +
           "」取消本次考试资格，成绩作废。监考：" + proctor;
}

Outcome IncidentManager::remove(PersonSession& person, const std::string& sessionId,
                                const std::string& ticketNo, const std::string& reason,
                                AccountManager& accounts, const std::string& secondStaff,
                                std::string_view secondPassword)
{
    auto t = incidentTarget(m_store, person, sessionId, ticketNo, reason);
    if (!t)
        return t.outcome;
    if (secondStaff == person.name())
        return Outcome::refused(Refusal::NotPermitted, "须由另一名工作人员确认");
    auto second = accounts.login(secondStaff, secondPassword);
    if (!second)
        return second.outcome;
    if (!canProctor(second.value->role()))
        return Outcome::refused(Refusal::NotPermitted,
                                "the second staff member must be a proctor or administrator");
    const std::string statement = removalStatement(sessionId, ticketNo, reason, person.name());
    auto cosignature = second.value->key().sign(crypto::asBytes(statement));
    store::Transaction tx(m_store.database());
    setCandidate(m_store, sessionId, ticketNo, "status = 'removed', paused = 0");
    recordIncident(m_store, person, sessionId, ticketNo, "remove", 0, std::nullopt, std::nullopt,
                   reason, secondStaff);
    m_store.audit().appendWithin(
        person.name(), person.key(), "remove", ticketNo, reason,
        nlohmann::json{{"session", sessionId},
                       {"statement", statement},
                       {"cosigner", secondStaff},
                       {"cosigner_key", crypto::toHex(second.value->key().publicKey())},
                       {"cosignature", crypto::toHex(cosignature)}}
            .dump());
    tx.commit();
    return Outcome::success();
}

} // namespace examroom::site
