#pragma once

#include "site/EquipmentCheck.h"
#include "site/Outcome.h"

#include <optional>
#include <string>
#include <vector>

namespace examroom::site {

class PersonSession;
class SiteStore;

// A seat as the room set-up shows it.
struct SeatInfo
{
    std::string roomId;
    int seatNo = 0;
    std::string kioskFingerprint;    // empty until a kiosk is paired
    std::optional<bool> checkPassed; // nullopt: not checked yet
    std::vector<std::string> checkReasons;
    bool locked = false;
};

// 安排考场: the seats of a room, the kiosk at each seat and its equipment check. Every change
// is one transaction together with its audit entry.
class RoomManager
{
public:
    explicit RoomManager(SiteStore& store) : m_store(store) {}

    // Creates seats 1..count of `roomId` that do not exist yet. Refused for count outside
    // 1..500; nothing is stored then.
    Outcome addSeats(PersonSession& person, const std::string& roomId, int count);

    // Pairs a kiosk (its key fingerprint, confirmed by the proctor) to a seat; a kiosk sits at
    // one seat only. Refused for an unknown seat or a kiosk paired elsewhere.
    Outcome pairKiosk(PersonSession& person, const std::string& roomId, int seatNo,
                      const std::string& fingerprint);

    // Stores the equipment check of a seat's kiosk report and returns it. Refused for an
    // unknown or unpaired seat; nothing is stored then.
    Result<EquipmentResult> recordCheck(PersonSession& person, const std::string& roomId,
                                        int seatNo, const KioskReport& report,
                                        const EquipmentRules& rules);

    std::vector<SeatInfo> seats(const std::string& roomId);
    std::optional<SeatInfo> seat(const std::string& roomId, int seatNo);
    // Seats that may take a candidate: paired, passed their check, not locked.
    std::vector<int> usableSeats(const std::string& roomId);

private:
    SiteStore& m_store;
};

} // namespace examroom::site
