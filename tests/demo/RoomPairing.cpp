#include "RoomPairing.h"

#include "ConsoleController.h"
#include "ConsoleManager.h"
#include "RoomController.h"
#include "RoomService.h"

#include <stdexcept>

namespace examroom::demo {

namespace {

// The pairing code of the request with `fingerprint` in the console's list; "" until it shows.
std::string pairingCode(RoomService& link, const std::string& fingerprint)
{
    for (const QVariant& v : link.pairings()) {
        const auto m = v.toMap();
        if (m.value(QStringLiteral("fingerprint")).toString().toStdString() == fingerprint)
            return m.value(QStringLiteral("code")).toString().toStdString();
    }
    return {};
}

} // namespace

void pairFleet(KioskFleet& fleet, RoomService& link, int kiosks, const Pump& pump)
{
    for (int seat = 1; seat <= kiosks; ++seat) {
        std::string fingerprint, code;
        if (!pump([&] { return !(fingerprint = fleet.fingerprint(seat)).empty(); }, 90) ||
            !pump([&] { return !(code = pairingCode(link, fingerprint)).empty(); }, 30))
            throw std::runtime_error("kiosk " + std::to_string(seat) + " did not ask to pair:\n" +
                                     fleet.output(seat));
        if (!link.acceptPairing(QString::fromStdString(code), seat))
            throw std::runtime_error("pairing at seat " + std::to_string(seat) +
                                     " refused: " + link.lastError().toStdString());
    }
}

void standInEquipmentChecks(ConsoleManager& m, ConsoleController& console, int kiosks,
                            const Pump& pump)
{
    for (int seat = 1; seat <= kiosks; ++seat) {
        pump(
            [&] {
                auto s = m.room().seat(m.roomId(), seat);
                return s && s->checkPassed.has_value();
            },
            60);
        (void)console.room()->recordReport(seat, {1920, 1080, 8000, 0, "0.1.0", true});
    }
}

} // namespace examroom::demo
