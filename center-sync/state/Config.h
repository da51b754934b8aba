#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace examroom::centersync {

// The config file (JSON) of a hub or an agent; see README "center-sync configuration".
// Nothing listens unless `hub.listen` (hub) or `agent.control` (agent) is set.
struct Config
{
    std::filesystem::path state; // centre.db or agent.db; its key file is state + ".key"
    // hub
    std::optional<std::string> hubListen; // e.g. "tcp://127.0.0.1:5555" (port 0: any free port)
    int hubWorkers = 0; // threads that parse and verify upload items; 0 = one per core
    // agent
    std::optional<std::string> hubAddress;              // e.g. "tcp://127.0.0.1:5555"
    std::optional<std::filesystem::path> controlSocket; // Unix socket for `agent sync-now`
    int windowStartMinutes = 2 * 60;                    // nightly sync window, local time
    int windowEndMinutes = 4 * 60;
    std::chrono::milliseconds windowCheck{30000};   // how often the window is looked at
    std::chrono::milliseconds requestTimeout{5000}; // a silent hub is given up after this
    std::chrono::milliseconds backoffMin{250};
    std::chrono::milliseconds backoffMax{30000};
    // The console link (shared/site/AgentLink.h): where the agent listens for the proctor
    // console, and the consoles' CURVE public keys it admits (Z85 in the file).
    std::optional<std::string> linkListen; // e.g. "tcp://127.0.0.1:5557"
    std::vector<std::array<std::uint8_t, 32>> linkConsoles;
    int batchSize = 100;
    std::size_t batchBytes = 1u << 20; // a batch stops growing past this many envelope bytes
    int inFlight = 4;                  // upload batches sent and not yet answered
    // Replies to a batch that neither accept nor reject an item, before it is given up
    // (marked failed, kept for a person).
    int maxAttempts = 5;
};

// Reads `path`. Throws std::runtime_error naming the file and the key that is wrong; relative
// paths in the file are taken relative to the file's folder.
Config loadConfig(const std::filesystem::path& path);

} // namespace examroom::centersync
