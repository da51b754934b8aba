#pragma once

#include "ExamDayRoles.h"

#include <functional>

namespace examroom {
class ConsoleController;
class ConsoleManager;
class RoomService;
} // namespace examroom

namespace examroom::demo {

// Runs the console's event loop until `done` or `seconds` pass; false on timeout.
using Pump = std::function<bool(const std::function<bool()>& done, int seconds)>;

// Pairs the kiosks of seats 1..kiosks as a proctor does: waits for the fingerprint each kiosk
// prints, finds its request in the console's list and accepts its code at that seat. Throws
// std::runtime_error naming the seat that did not pair, with its kiosk's output.
void pairFleet(KioskFleet& fleet, RoomService& link, int kiosks, const Pump& pump);

// Headless kiosks report no screen or voice, so their own equipment check fails; the proctor's
// passing check stands in for it at seats 1..kiosks (as in the console's flow test), each after
// the kiosk's own report arrived (up to 60 s), so the kiosk's report cannot overwrite it.
void standInEquipmentChecks(ConsoleManager& m, ConsoleController& console, int kiosks,
                            const Pump& pump);

} // namespace examroom::demo
