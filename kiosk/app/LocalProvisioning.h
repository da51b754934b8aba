#pragma once

#include "room/OpenedSession.h"
#include "util/Clock.h"

#include <filesystem>
#include <optional>
#include <string>

namespace examroom {

// Provisioning without a console: the session from the exam centre's files (for tests, the
// demo and a site with no room link yet), its photos and question images read into guarded
// memory like a provisioned session's. Time rules of the import are judged at `importClock`.
// On failure returns nullopt and puts the import's error count (or the missing image) in
// `error`.
std::optional<room::OpenedSession> sessionFromCentreFiles(const std::filesystem::path& dir,
                                                          const std::string& roomId, int seatNo,
                                                          const Clock& importClock,
                                                          std::string* error);

} // namespace examroom
