#include "site/RoomManager.h"

#include "site/PersonSession.h"
#include "site/SessionRows.h"
#include "site/SiteStore.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <nlohmann/json.hpp>
#include <sstream>

namespace examroom::site {
namespace {

std::string seatSubject(const std::string& roomId, int seatNo)
{
    return roomId + "#" + std::to_string(seatNo);
}

std::string joinLines(const std::vector<std::string>& lines)
{
    std::string out;
    for (const auto& line : lines)
        out += (out.empty() ? "" : "\n") + line;
    return out;
}

} // namespace

Outcome RoomManager::addSeats(PersonSession& person, const std::string& roomId, int count)
{
    if (auto gate = m_store.admit(person); !gate)
        return gate;
    if (roomId.empty() || count < 1 || count > 500)
        return Outcome::refused(Refusal::InvalidInput, "a room has a name and 1 to 500 seats");
    auto& db = m_store.database();
    store::Transaction tx(db);
    auto insert = db.prepare("INSERT OR IGNORE INTO seats (room_id, seat_no) VALUES (?, ?)");
    for (int seat = 1; seat <= count; ++seat) {
        insert.bind(1, std::string_view(roomId)).bind(2, seat);
        insert.execute();
    }
    m_store.audit().appendWithin(person.name(), person.key(), "seats-add", roomId, "",
                                 nlohmann::json{{"count", count}}.dump());
    tx.commit();
    return Outcome::success();
}

Outcome RoomManager::pairKiosk(PersonSession& person, const std::string& roomId, int seatNo,
                               const std::string& fingerprint)
{
    if (auto gate = m_store.admit(person); !gate)
        return gate;
    if (fingerprint.empty())
        return Outcome::refused(Refusal::InvalidInput, "no kiosk fingerprint");
    auto current = seat(roomId, seatNo);
    if (!current)
        return Outcome::refused(Refusal::NotFound, "no seat " + seatSubject(roomId, seatNo));
    for (const auto& other : seats(roomId))
        if (other.kioskFingerprint == fingerprint && other.seatNo != seatNo)
            return Outcome::refused(Refusal::SeatUnavailable,
                                    "this kiosk is paired to seat " + std::to_string(other.seatNo));
    auto& db = m_store.database();
    store::Transaction tx(db);
    // A kiosk paired in another room is moved here (unique index on the fingerprint).
    auto unpair = db.prepare("UPDATE seats SET kiosk_fingerprint = NULL, check_passed = NULL "
                             "WHERE kiosk_fingerprint = ?");
    unpair.bind(1, std::string_view(fingerprint));
    unpair.execute();
    auto update = db.prepare("UPDATE seats SET kiosk_fingerprint = ?, check_passed = NULL, "
                             "check_reasons = '' WHERE room_id = ? AND seat_no = ?");
    update.bind(1, std::string_view(fingerprint)).bind(2, std::string_view(roomId)).bind(3, seatNo);
    update.execute();
    m_store.audit().appendWithin(person.name(), person.key(), "kiosk-pair",
                                 seatSubject(roomId, seatNo), "",
                                 nlohmann::json{{"kiosk", fingerprint}}.dump());
    tx.commit();
    return Outcome::success();
}

Result<EquipmentResult> RoomManager::recordCheck(PersonSession& person, const std::string& roomId,
                                                 int seatNo, const KioskReport& report,
                                                 const EquipmentRules& rules)
{
    using R = Result<EquipmentResult>;
    if (auto gate = m_store.admit(person); !gate)
        return R::refused(gate);
    auto current = seat(roomId, seatNo);
    if (!current)
        return R::refused(
            Outcome::refused(Refusal::NotFound, "no seat " + seatSubject(roomId, seatNo)));
    if (current->kioskFingerprint.empty())
        return R::refused(Outcome::refused(Refusal::SeatUnavailable,
                                           "no kiosk at seat " + std::to_string(seatNo)));
    EquipmentResult result = checkEquipment(report, rules);
    auto& db = m_store.database();
    store::Transaction tx(db);
    auto update = db.prepare("UPDATE seats SET check_passed = ?, check_reasons = ?, "
                             "checked_at = ? WHERE room_id = ? AND seat_no = ?");
    update.bind(1, result.passed ? 1 : 0)
        .bind(2, std::string_view(joinLines(result.reasons)))
        .bind(3, unixSeconds(m_store.clock().now()))
        .bind(4, std::string_view(roomId))
        .bind(5, seatNo);
    update.execute();
    m_store.audit().appendWithin(
        person.name(), person.key(), "equipment-check", seatSubject(roomId, seatNo), "",
        nlohmann::json{{"passed", result.passed}, {"reasons", result.reasons}}.dump());
    tx.commit();
    return R::success(std::move(result));
}

std::vector<SeatInfo> RoomManager::seats(const std::string& roomId)
{
    std::vector<SeatInfo> out;
    auto read = m_store.database().prepare(
        "SELECT seat_no, kiosk_fingerprint, check_passed, check_reasons, locked FROM seats "
        "WHERE room_id = ? ORDER BY seat_no");
    read.bind(1, std::string_view(roomId));
    while (read.step()) {
        SeatInfo s;
        s.roomId = roomId;
        s.seatNo = int(read.columnInt64(0));
        s.kioskFingerprint = read.columnText(1);
        if (!read.isNull(2))
            s.checkPassed = read.columnInt64(2) != 0;
        std::istringstream reasons(read.columnText(3));
        for (std::string line; std::getline(reasons, line);)
            s.checkReasons.push_back(line);
        s.locked = read.columnInt64(4) != 0;
        out.push_back(std::move(s));
    }
    return out;
}

std::optional<SeatInfo> RoomManager::seat(const std::string& roomId, int seatNo)
{
    for (auto& s : seats(roomId))
        if (s.seatNo == seatNo)
            return s;
    return std::nullopt;
}

std::vector<int> RoomManager::usableSeats(const std::string& roomId)
{
    std::vector<int> out;
    for (const auto& s : seats(roomId))
        if (!s.kioskFingerprint.empty() && s.checkPassed.value_or(false) && !s.locked)
            out.push_back(s.seatNo);
    return out;
}

} // namespace examroom::site
