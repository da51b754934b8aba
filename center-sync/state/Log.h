#pragma once

#include <string_view>

namespace examroom::centersync {

// Writes one log line to stderr: "<UTC time> center-sync <component>: <text>". Callers never
// pass question text, answers or ID numbers (only ids, counts, hashes and reasons).
void logLine(std::string_view component, std::string_view text);

} // namespace examroom::centersync

#include <chrono>
#include <string>

namespace examroom::centersync {
// "2027-03-08T01:02:03Z".
std::string utcText(std::chrono::sys_seconds at);
} // namespace examroom::centersync
