#pragma once

#include "room/RoomServer.h"
#include "site/EquipmentCheck.h"

namespace examroom::room {

// What a kiosk's heartbeat says about its equipment, in the terms of the console's equipment
// check (site::checkEquipment): screen, free disk, clock skew as the console measured it,
// version and read-aloud. One conversion for the console and the test console.
site::KioskReport equipmentReport(const SeatStatus& seat);

} // namespace examroom::room
