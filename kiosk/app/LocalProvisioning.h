#pragma once

#include "exam/ExamContext.h"
#include "package/SealedBank.h"
#include "util/Clock.h"

#include <filesystem>
#include <optional>
#include <string>

namespace examroom {

// Provisioning without a console: the session context from the exam centre's files (for
// tests, the demo and a site with no room link yet). Time rules of the import are judged at
// `importClock`. On failure returns nullopt and puts the import's first errors in `error`.
std::optional<ExamContext> contextFromCentreFiles(const std::filesystem::path& dir,
                                                  const std::string& roomId, int seatNo,
                                                  const Clock& importClock, std::string* error);

// The context at unlock: the session's files in `dir` and the bank from the opened sealed
// bank (package::importUnlocked: v3's question table as sealed, v1/v2's bank.csv from `dir`).
std::optional<ExamContext> contextFromUnlockedBank(const std::filesystem::path& dir,
                                                   const package::OpenedBank& bank,
                                                   const std::string& roomId, int seatNo,
                                                   const Clock& importClock, std::string* error);

} // namespace examroom
