#pragma once

#include "room/RoomMessages.h"

#include <set>
#include <string>

namespace examroom::room {

// Keeps in `bundle` only the roster rows of `tickets` (the candidates seated in this room's
// session: a kiosk needs no one else's name, ID number or photo) and, of the roster's photos,
// only those the kept rows name. The header and every kept row stay byte for byte; other files
// are untouched. Returns the number of rows kept. Throws std::invalid_argument (and leaves
// `bundle` unchanged) when there is no roster.csv, it has no 准考证号/照片 header, or a row
// cannot be read on its own line (a quoted field spanning lines).
int restrictRoster(ProvisionBundle& bundle, const std::set<std::string>& tickets);

} // namespace examroom::room
