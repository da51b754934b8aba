#include "site/SessionManager.h"

#include "crypto/Hex.h"
#include "crypto/SecretBytes.h"
#include "domain/Enums.h"
#include "site/PersonSession.h"
#include "site/RoomManager.h"
#include "site/SessionRows.h"
#include "site/SiteStore.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <set>

namespace examroom::site {
namespace {

std::string subjectOf(const ExamPlan& plan)
{
    // 考试科目: the operation item for special operations, else the qualification type.
    return "安全生产知识考试（" + plan.operationItem.value_or(plan.qualificationType) + "）";
}

} // namespace

std::string normalizeQuery(std::string_view query)
{
    std::string out;
    for (char c : query)
        if (!std::isspace(static_cast<unsigned char>(c)))
            out += char(std::toupper(static_cast<unsigned char>(c)));
    for (std::string_view prefix : {"EXAMROOM:", "TICKET:"})
        if (out.rfind(prefix, 0) == 0)
            out.erase(0, prefix.size());
    return out;
}

Result<std::string> SessionManager::openSession(PersonSession& person, const ExamPlan& plan,
                                                const std::string& roomId,
                                                const std::vector<Candidate>& roster)
{
    using R = Result<std::string>;
    if (auto gate = m_store.admit(person); !gate)
        return R::refused(gate);
    bool inPlan = std::any_of(plan.site.rooms.begin(), plan.site.rooms.end(),
                              [&](const Room& r) { return r.roomId == roomId; });
    if (!inPlan)
        return R::refused(Outcome::refused(Refusal::InvalidInput,
                                           "room " + roomId + " is not in plan " + plan.planId));
    if (roster.empty())
        return R::refused(Outcome::refused(Refusal::InvalidInput, "the roster is empty"));
    std::set<std::string> tickets;
    for (const auto& c : roster)
        if (c.ticketNo.empty() || !tickets.insert(c.ticketNo).second)
            return R::refused(
                Outcome::refused(Refusal::InvalidInput,
                                 "ticket number " + c.ticketNo + " is empty or appears twice"));
    const std::string sessionId = plan.planId + "/" + roomId;
    auto& db = m_store.database();
    if (loadSession(db, sessionId))
        return R::refused(
            Outcome::refused(Refusal::WrongState, "session " + sessionId + " exists already"));

    store::Transaction tx(db);
    auto insert = db.prepare(
        "INSERT INTO exam_sessions (session_id, plan_id, room_id, subject, window_start, "
        "window_end, late_entry_minutes, duration_minutes, state, proctor, opened_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)");
    insert.bind(1, std::string_view(sessionId))
        .bind(2, std::string_view(plan.planId))
        .bind(3, std::string_view(roomId))
        .bind(4, std::string_view(subjectOf(plan)))
        .bind(5, unixSeconds(plan.knowledgeExam.start.utc))
        .bind(6, unixSeconds(plan.knowledgeExam.end.utc))
        .bind(7, plan.blueprint.lateEntryMinutes)
        .bind(8, plan.blueprint.durationMinutes)
        .bind(9, std::string_view(person.name()))
        .bind(10, unixSeconds(m_store.clock().now()));
    insert.execute();
    auto add = db.prepare("INSERT INTO session_candidates (session_id, ticket_no, name, id_type, "
                          "id_no, status) VALUES (?, ?, ?, ?, ?, 'expected')");
    for (const auto& c : roster) {
        add.bind(1, std::string_view(sessionId))
            .bind(2, std::string_view(c.ticketNo))
            .bind(3, std::string_view(c.name))
            .bind(4, label(c.id.type))
            .bind(5, std::string_view(normalizeQuery(c.id.number)));
        add.execute();
    }
    m_store.audit().appendWithin(person.name(), person.key(), "session-open", sessionId, "",
                                 nlohmann::json{{"candidates", roster.size()}}.dump());
    tx.commit();
    return R::success(sessionId);
}

Outcome SessionManager::assignSeats(PersonSession& person, const std::string& sessionId,
                                    AssignmentMode mode, int spareCount)
{
    if (auto gate = m_store.admit(person); !gate)
        return gate;
    auto& db = m_store.database();
    auto info = loadSession(db, sessionId);
    if (!info)
        return Outcome::refused(Refusal::NotFound, "no session " + sessionId);
    if (info->state != SessionState::Open)
        return Outcome::refused(Refusal::WrongState, "seats are assigned before the start");
    std::vector<std::string> tickets;
    for (const auto& c : loadCandidates(db, sessionId))
        tickets.push_back(c.ticketNo);
    auto usable = RoomManager(m_store).usableSeats(info->roomId);
    crypto::ByteVector seed;
    if (mode == AssignmentMode::Random) {
        auto fresh = crypto::SecretBytes::random(32);
        seed.assign(fresh.span().begin(), fresh.span().end());
    }
    auto assigned = site::assignSeats(tickets, usable, spareCount, mode, seed);
    if (!assigned.ok())
        return Outcome::refused(Refusal::SeatUnavailable, assigned.error);

    std::string spare;
    for (int s : assigned.plan.spareSeats)
        spare += (spare.empty() ? "" : ",") + std::to_string(s);
    store::Transaction tx(db);
    auto setSeat = db.prepare(
        "UPDATE session_candidates SET seat_no = ? WHERE session_id = ? AND ticket_no = ?");
    for (const auto& [ticket, seatNo] : assigned.plan.seatOf) {
        setSeat.bind(1, seatNo)
            .bind(2, std::string_view(sessionId))
            .bind(3, std::string_view(ticket));
        setSeat.execute();
    }
    auto setSession = db.prepare("UPDATE exam_sessions SET assignment_mode = ?, "
                                 "assignment_seed = ?, spare_seats = ? WHERE session_id = ?");
    setSession.bind(1, assignmentModeName(mode));
    if (seed.empty())
        setSession.bindNull(2);
    else
        setSession.bindBlob(2, seed);
    setSession.bind(3, std::string_view(spare)).bind(4, std::string_view(sessionId));
    setSession.execute();
    m_store.audit().appendWithin(
        person.name(), person.key(), "seats-assign", sessionId, "",
        nlohmann::json{{"mode", assignmentModeName(mode)},
                       {"seed", seed.empty() ? std::string() : crypto::toHex(seed)},
                       {"spare", assigned.plan.spareSeats}}
            .dump());
    tx.commit();
    return Outcome::success();
}

std::optional<SessionCandidate> SessionManager::find(const std::string& sessionId,
                                                     std::string_view query)
{
    const std::string wanted = normalizeQuery(query);
    if (wanted.empty())
        return std::nullopt;
    for (auto& c : loadCandidates(m_store.database(), sessionId))
        if (normalizeQuery(c.ticketNo) == wanted || c.idNo == wanted)
            return c;
    return std::nullopt;
}

Outcome SessionManager::checkIn(PersonSession& person, const std::string& sessionId,
                                const std::string& ticketNo, const std::string& lateOverride)
{
    if (auto gate = m_store.admit(person); !gate)
        return gate;
    auto& db = m_store.database();
    auto info = loadSession(db, sessionId);
    if (!info)
        return Outcome::refused(Refusal::NotFound, "no session " + sessionId);
    if (info->state == SessionState::Closed)
        return Outcome::refused(Refusal::WrongState, "the session is closed");
    auto candidate = loadCandidate(db, sessionId, ticketNo);
    if (!candidate)
        return Outcome::refused(Refusal::NotFound, "no candidate " + ticketNo + " in this session");
    if (candidate->status == CandidateStatus::Present)
        return Outcome::success();
    if (candidate->status == CandidateStatus::Submitted ||
        candidate->status == CandidateStatus::Removed)
        return Outcome::refused(Refusal::WrongState,
                                "candidate " + ticketNo + " is " +
                                    std::string(statusLabel(candidate->status)));
    const auto now = m_store.clock().now();
    auto cutoff = info->lateEntryCutoff();
    bool late = cutoff && now > *cutoff;
    if (late && lateOverride.empty())
        return Outcome::refused(Refusal::TooLate, "迟到超过 " +
                                                      std::to_string(info->lateEntryMinutes) +
                                                      " 分钟，不得入场（可填写原因后放行）");
    store::Transaction tx(db);
    auto update = db.prepare("UPDATE session_candidates SET status = 'present', checked_in_at = ?, "
                             "late_override = ? WHERE session_id = ? AND ticket_no = ?");
    update.bind(1, unixSeconds(now));
    if (late)
        update.bind(2, std::string_view(lateOverride));
    else
        update.bindNull(2);
    update.bind(3, std::string_view(sessionId)).bind(4, std::string_view(ticketNo));
    update.execute();
    m_store.audit().appendWithin(
        person.name(), person.key(), late ? "check-in-late-override" : "check-in", ticketNo,
        late ? lateOverride : "", nlohmann::json{{"session", sessionId}}.dump());
    tx.commit();
    return Outcome::success();
}

Outcome SessionManager::markAbsent(PersonSession& person, const std::string& sessionId,
                                   const std::string& ticketNo)
{
    if (auto gate = m_store.admit(person); !gate)
        return gate;
    auto& db = m_store.database();
    auto info = loadSession(db, sessionId);
    if (!info)
        return Outcome::refused(Refusal::NotFound, "no session " + sessionId);
    auto cutoff = info->lateEntryCutoff();
    if (info->state != SessionState::Started || !cutoff || m_store.clock().now() <= *cutoff)
        return Outcome::refused(Refusal::WrongState,
                                "absence is marked after the late-entry cut-off");
    auto candidate = loadCandidate(db, sessionId, ticketNo);
    if (!candidate)
        return Outcome::refused(Refusal::NotFound, "no candidate " + ticketNo + " in this session");
    if (candidate->status != CandidateStatus::Expected)
        return Outcome::refused(Refusal::WrongState,
                                "candidate " + ticketNo + " is " +
                                    std::string(statusLabel(candidate->status)));
    store::Transaction tx(db);
    auto update = db.prepare("UPDATE session_candidates SET status = 'absent' "
                             "WHERE session_id = ? AND ticket_no = ?");
    update.bind(1, std::string_view(sessionId)).bind(2, std::string_view(ticketNo));
    update.execute();
    m_store.audit().appendWithin(person.name(), person.key(), "absent", ticketNo, "",
                                 nlohmann::json{{"session", sessionId}}.dump());
    tx.commit();
    return Outcome::success();
}

std::optional<SessionInfo> SessionManager::session(const std::string& sessionId)
{
    return loadSession(m_store.database(), sessionId);
}

std::vector<SessionCandidate> SessionManager::candidates(const std::string& sessionId)
{
    return loadCandidates(m_store.database(), sessionId);
}

} // namespace examroom::site
