#include "state/Config.h"

#include "net/Z85.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace examroom::centersync {
namespace {

int minutesOf(const std::string& hhmm, const std::string& where)
{
    if (hhmm.size() != 5 || hhmm[2] != ':' || !isdigit(hhmm[0]) || !isdigit(hhmm[1]) ||
        !isdigit(hhmm[3]) || !isdigit(hhmm[4]))
        throw std::runtime_error(where + ": expected HH:MM");
    int hours = (hhmm[0] - '0') * 10 + (hhmm[1] - '0');
    int minutes = (hhmm[3] - '0') * 10 + (hhmm[4] - '0');
    if (hours > 24 || minutes > 59 || (hours == 24 && minutes > 0))
        throw std::runtime_error(where + ": not a time of day");
    return hours * 60 + minutes;
}

} // namespace

Config loadConfig(const std::filesystem::path& path)
{
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error(path.string() + ": cannot read the config file");
    // Comments are allowed: the packaged configs document every default in place.
    auto root = nlohmann::json::parse(in, nullptr, false, /*ignore_comments=*/true);
    const std::string file = path.string();
    if (root.is_discarded() || !root.is_object())
        throw std::runtime_error(file + ": not a JSON object");
    const auto base = path.parent_path();
    auto resolve = [&](const std::string& p) {
        std::filesystem::path value(p);
        return value.is_absolute() ? value : base / value;
    };
    Config config;
    try {
        config.state = resolve(root.at("state").get<std::string>());
        if (auto hub = root.find("hub"); hub != root.end()) {
            if (hub->contains("listen"))
                config.hubListen = hub->at("listen").get<std::string>();
            if (hub->contains("workers"))
                config.hubWorkers = hub->at("workers").get<int>();
        }
        if (auto agent = root.find("agent"); agent != root.end()) {
            if (agent->contains("hub"))
                config.hubAddress = agent->at("hub").get<std::string>();
            if (agent->contains("control"))
                config.controlSocket = resolve(agent->at("control").get<std::string>());
            if (agent->contains("window")) {
                auto window = agent->at("window").get<std::string>();
                auto dash = window.find('-');
                if (dash == std::string::npos)
                    throw std::runtime_error(file + ": agent.window: expected HH:MM-HH:MM");
                config.windowStartMinutes =
                    minutesOf(window.substr(0, dash), file + ": agent.window");
                config.windowEndMinutes =
                    minutesOf(window.substr(dash + 1), file + ": agent.window");
            }
            if (agent->contains("request_timeout_ms"))
                config.requestTimeout =
                    std::chrono::milliseconds(agent->at("request_timeout_ms").get<int>());
            if (agent->contains("backoff_min_ms"))
                config.backoffMin =
                    std::chrono::milliseconds(agent->at("backoff_min_ms").get<int>());
            if (agent->contains("backoff_max_ms"))
                config.backoffMax =
                    std::chrono::milliseconds(agent->at("backoff_max_ms").get<int>());
            if (agent->contains("batch_size"))
                config.batchSize = agent->at("batch_size").get<int>();
            if (agent->contains("batch_bytes"))
                config.batchBytes = agent->at("batch_bytes").get<std::size_t>();
            if (agent->contains("in_flight"))
                config.inFlight = agent->at("in_flight").get<int>();
            if (agent->contains("window_check_ms"))
                config.windowCheck =
                    std::chrono::milliseconds(agent->at("window_check_ms").get<int>());
            if (auto link = agent->find("link"); link != agent->end()) {
                config.linkListen = link->at("listen").get<std::string>();
                for (const auto& text : link->at("consoles")) {
                    auto key = net::z85DecodeKey(text.get<std::string>());
                    if (!key)
                        throw std::runtime_error(file +
                                                 ": agent.link.consoles: not a Z85 CURVE key");
                    config.linkConsoles.push_back(*key);
                }
            }
            if (agent->contains("max_attempts"))
                config.maxAttempts = agent->at("max_attempts").get<int>();
        }
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(file + ": " + e.what());
    }
    if (config.batchSize < 1 || config.batchSize > 1000)
        throw std::runtime_error(file + ": agent.batch_size: must be 1..1000");
    if (config.batchBytes < 1024 || config.batchBytes > (32u << 20))
        throw std::runtime_error(file + ": agent.batch_bytes: must be 1024..33554432 (the wire "
                                        "carries at most 64 MiB)");
    if (config.inFlight < 1 || config.inFlight > 16)
        throw std::runtime_error(file + ": agent.in_flight: must be 1..16");
    if (config.hubWorkers < 0 || config.hubWorkers > 64)
        throw std::runtime_error(file + ": hub.workers: must be 0..64 (0: one per core)");
    if (config.windowCheck.count() < 10)
        throw std::runtime_error(file + ": agent.window_check_ms: must be at least 10");
    if (config.maxAttempts < 1)
        throw std::runtime_error(file + ": agent.max_attempts: must be at least 1");
    if (config.requestTimeout.count() < 100)
        throw std::runtime_error(file + ": agent.request_timeout_ms: must be at least 100");
    return config;
}

} // namespace examroom::centersync
