#include "state/Log.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>

namespace examroom::centersync {

void logLine(std::string_view component, std::string_view text)
{
    auto now = std::chrono::system_clock::now();
    auto seconds = std::chrono::system_clock::to_time_t(now);
    auto millis =
        std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()) % 1000;
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S", &utc);
    std::string line = std::string(stamp) + "." + std::to_string(1000 + millis.count()).substr(1) +
                       "Z center-sync " + std::string(component) + ": " + std::string(text) + "\n";
    // One write per line so that lines from several processes on one stderr do not interleave.
    std::fwrite(line.data(), 1, line.size(), stderr);
    std::fflush(stderr);
}

} // namespace examroom::centersync

namespace examroom::centersync {
std::string utcText(std::chrono::sys_seconds at)
{
    auto seconds = std::chrono::system_clock::to_time_t(at);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return stamp;
}
} // namespace examroom::centersync
