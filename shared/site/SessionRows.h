#pragma once

#include "site/SessionTypes.h"

#include <optional>
#include <string>
#include <vector>

namespace examroom::store {
class Database;
}

namespace examroom::site {

// Reading sessions and their candidates from site.db; shared by the managers. Each throws
// StoreError on a read failure and leaves nothing behind.
std::optional<SessionInfo> loadSession(store::Database& db, const std::string& sessionId);
std::optional<SessionCandidate> loadCandidate(store::Database& db, const std::string& sessionId,
                                              const std::string& ticketNo);
std::vector<SessionCandidate> loadCandidates(store::Database& db, const std::string& sessionId);

inline std::int64_t unixSeconds(std::chrono::sys_seconds t)
{
    return t.time_since_epoch().count();
}
inline std::chrono::sys_seconds fromUnix(std::int64_t s)
{
    return std::chrono::sys_seconds{std::chrono::seconds{s}};
}

} // namespace examroom::site
