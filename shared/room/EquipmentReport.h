#pragma once

#include "room/RoomServer.h"
#include "site/EquipmentCheck.h"

namespace examroom::room {

// What a kiosk's heartbeat says about its equipment, in the terms of the console's equipment
// check (site::checkEquipment): screen, free disk, clock skew as the console measured it,
// version and read-aloud. One conversion for the console and the test console.
site::KioskReport equipmentReport(const SeatStatus& seat);

// Whether the heartbeat says all the equipment check needs: not while the kiosk's read-aloud
// check still runs, or a voice about to answer would be judged missing.
bool equipmentKnown(const SeatStatus& seat);

} // namespace examroom::room
