#include "site/CloseManager.h"

#include "crypto/Hex.h"
#include "site/PersonSession.h"
#include "site/SessionRows.h"
#include "site/SiteStore.h"
#include "store/Transaction.h"
#include "util/Clock.h"
#include "util/IsoTime.h"

#include <nlohmann/json.hpp>
#include <set>

namespace examroom::site {
namespace {

std::string iso(std::chrono::sys_seconds t)
{
    return OffsetTime{t, std::chrono::minutes{0}}.toIso();
}

} // namespace

std::vector<std::string> CloseManager::blockingCandidates(const std::string& sessionId)
{
    std::vector<std::string> out;
    for (const auto& c : loadCandidates(m_store.database(), sessionId))
        if (c.status == CandidateStatus::Expected || c.status == CandidateStatus::Present)
            out.push_back(c.ticketNo);
    return out;
}

std::string CloseManager::recordBody(const std::string& sessionId, const std::string& notes,
                                     const std::string& closedBy)
{
    auto& db = m_store.database();
    auto info = loadSession(db, sessionId);
    if (!info)
        return {};
    using nlohmann::json;
    std::set<std::string> staff{info->proctor, closedBy};
    json seats = json::array();
    json absentees = json::array();
    json removed = json::array();
    for (const auto& c : loadCandidates(db, sessionId)) {
        seats.push_back({{"ticket_no", c.ticketNo},
                         {"seat_no", c.seatNo.value_or(0)},
                         {"status", statusName(c.status)},
                         {"extension_minutes", c.extensionMinutes},
                         {"warnings", c.warnings},
                         {"late_override", c.lateOverride}});
        if (c.status == CandidateStatus::Absent)
            absentees.push_back(c.ticketNo);
        if (c.status == CandidateStatus::Removed)
            removed.push_back(c.ticketNo);
    }
    json incidents = json::array();
    json extensions = json::array();
    auto read = db.prepare("SELECT ticket_no, kind, minutes, from_seat, to_seat, reason, actor, "
                           "cosigner, at FROM incidents WHERE session_id = ? ORDER BY seq");
    read.bind(1, std::string_view(sessionId));
    while (read.step()) {
        json item = {{"ticket_no", read.columnText(0)},
                     {"kind", read.columnText(1)},
                     {"minutes", read.columnInt64(2)},
                     {"from_seat", read.isNull(3) ? json() : json(read.columnInt64(3))},
                     {"to_seat", read.isNull(4) ? json() : json(read.columnInt64(4))},
                     {"reason", read.columnText(5)},
                     {"by", read.columnText(6)},
                     {"cosigner", read.columnText(7)},
                     {"at", iso(fromUnix(read.columnInt64(8)))}};
        staff.insert(read.columnText(6));
        if (!read.isNull(7))
            staff.insert(read.columnText(7));
        if (item["kind"] == "extend")
            extensions.push_back(item);
        incidents.push_back(std::move(item));
    }
    auto head = m_store.audit().head();
    json body = {{"session_id", info->sessionId},
                 {"plan_id", info->planId},
                 {"room_id", info->roomId},
                 {"subject", info->subject},
                 {"staff", staff},
                 {"proctor", info->proctor},
                 {"closed_by", closedBy},
                 {"window", {{"start", iso(info->windowStart)}, {"end", iso(info->windowEnd)}}},
                 {"opened_at", iso(info->openedAt)},
                 {"started_at", info->startedAt ? iso(*info->startedAt) : std::string()},
                 {"closed_at", iso(m_store.clock().now())},
                 {"assignment",
                  {{"mode", info->assignmentMode},
                   {"seed", crypto::toHex(info->assignmentSeed)},
                   {"spare_seats", info->spareSeats}}},
                 {"seats", seats},
                 {"absentees", absentees},
                 {"removed", removed},
                 {"incidents", incidents},
                 {"extensions", extensions},
                 {"authorization_failures", info->authTotalFailures},
                 {"notes", notes},
                 {"audit_head",
                  {{"seq", head ? head->first : 0},
                   {"hash", head ? crypto::toHex(head->second) : std::string()}}}};
    return body.dump();
}

Result<SignedDocument> CloseManager::close(PersonSession& person, const std::string& sessionId,
                                           const std::string& notes)
{
    using R = Result<SignedDocument>;
    if (auto gate = m_store.admit(person); !gate)
        return R::refused(gate);
    auto& db = m_store.database();
    auto info = loadSession(db, sessionId);
    if (!info)
        return R::refused(Outcome::refused(Refusal::NotFound, "no session " + sessionId));
    if (info->state != SessionState::Started)
        return R::refused(
            Outcome::refused(Refusal::WrongState, "only a started session is closed"));
    auto blocking = blockingCandidates(sessionId);
    if (!blocking.empty()) {
        std::string list;
        for (const auto& t : blocking)
            list += (list.empty() ? "" : "、") + t;
        return R::refused(
            Outcome::refused(Refusal::WrongState, "尚未交卷、缺考或取消资格的考生：" + list));
    }
    store::Transaction tx(db);
    auto document = signDocument(std::string(recordKind), sessionId,
                                 recordBody(sessionId, notes, person.name()), person.key());
    auto update = db.prepare("UPDATE exam_sessions SET state = 'closed', closed_at = ?, notes = ?, "
                             "record = ? WHERE session_id = ? AND state = 'started'");
    update.bind(1, unixSeconds(m_store.clock().now()))
        .bind(2, std::string_view(notes))
        .bind(3, std::string_view(document.toJson()))
        .bind(4, std::string_view(sessionId));
    update.execute();
    m_store.audit().appendWithin(person.name(), person.key(), "close", sessionId, "",
                                 nlohmann::json{{"record", document.contentHash()}}.dump());
    tx.commit();
    return R::success(std::move(document));
}

std::optional<SignedDocument> CloseManager::record(const std::string& sessionId)
{
    auto read = m_store.database().prepare(
        "SELECT record FROM exam_sessions WHERE session_id = ? AND record IS NOT NULL");
    read.bind(1, std::string_view(sessionId));
    if (!read.step())
        return std::nullopt;
    return SignedDocument::fromJson(read.columnText(0));
}

} // namespace examroom::site
