#pragma once

// A hub and a site agent as real center-sync processes on 127.0.0.1, for process tests.
#include "ChildProcess.h"
#include "TestSupport.h"

#include <csignal>
#include <doctest/doctest.h>
#include <memory>
#include <regex>

namespace examroom::test {

using namespace std::chrono_literals;

inline const std::string kBinary = CENTER_SYNC_BINARY;
inline const std::string kKit = CENTERSYNC_TESTKIT_BINARY;

// Runs a command to its end; its stdout. Fails the test unless it exits `expectedExit`.
inline std::string run(const std::vector<std::string>& args, int expectedExit = 0)
{
    auto result = runProcess(args);
    INFO("command: " << args[1] << " " << args[2] << " " << args[3] << "\nstderr: " << result.err);
    REQUIRE(result.exitCode == expectedExit);
    return result.out;
}

// The `keys:` line of `keys init` / `keys show`.
inline std::string keysLine(const std::string& output)
{
    auto at = output.find("keys: ");
    REQUIRE(at != std::string::npos);
    return output.substr(at + 6, output.find('\n', at) - at - 6);
}

// A hub and a site agent with keys, enrolment and trust done, in a temp folder.
struct Deployment
{
    TempDir dir;
    std::filesystem::path hubConfig = dir / "hub.json";
    std::filesystem::path agentConfig = dir / "agent.json";
    std::string hubEndpoint;
    std::unique_ptr<ChildProcess> hub;
    std::string kioskKey;
    std::string siteKeys; // the agent's `keys:` line
    // The agent's console link, as the JSON of agent.link (empty: none).
    std::string link;

    explicit Deployment(bool enrol = true, const std::string& listen = "tcp://127.0.0.1:0")
    {
        writeFile(hubConfig, R"({"state":"centre.db","hub":{"listen":")" + listen + R"("}})");
        writeAgentConfig("tcp://127.0.0.1:1");
        auto hubKeys =
            keysLine(run({kBinary, "--config", hubConfig, "keys", "init", "--role", "centre"}));
        siteKeys = keysLine(run({kBinary, "--config", agentConfig, "keys", "init", "--role", "site",
                                 "--site", "SZ-01"}));
        if (enrol)
            run({kBinary, "--config", hubConfig, "hub", "enrol-site", "SZ-01", siteKeys});
        run({kBinary, "--config", agentConfig, "agent", "trust-centre", hubKeys});
    }

    void writeAgentConfig(const std::string& hubAddress, int batchSize = 50)
    {
        writeFile(agentConfig, R"({"state":"agent.db","agent":{"hub":")" + hubAddress +
                                   R"(","control":"agent.sock","request_timeout_ms":2000,)"
                                   R"("backoff_min_ms":100,"backoff_max_ms":1000,"batch_size":)" +
                                   std::to_string(batchSize) +
                                   (link.empty() ? "" : R"(,"link":)" + link) + "}}");
    }

    void startHub()
    {
        hub = std::make_unique<ChildProcess>(
            std::vector<std::string>{kBinary, "--config", hubConfig, "hub", "serve"},
            dir / "hub.log");
        std::smatch match;
        std::string log;
        REQUIRE(waitUntil(
            [&] {
                log = hub->output();
                return std::regex_search(log, match, std::regex("listening on (tcp://[0-9.:]+)"));
            },
            20s));
        hubEndpoint = match[1];
    }

    void stopHub()
    {
        hub->signal(SIGTERM);
        REQUIRE(hub->wait(10s));
        CHECK(hub->exitCode() == 0);
    }

    // Queues a kiosk list and `count` signed sheets (indexes first…first+count-1).
    void queueSheets(int count, int first = 0)
    {
        auto out =
            run({kKit, "sheets", "--site", "SZ-01", "--count", std::to_string(count), "--first",
                 std::to_string(first), "--out", (dir / "sheets.jsonl").string()});
        kioskKey = out.substr(0, 64);
        run({kBinary, "--config", agentConfig, "agent", "enrol-kiosk", "K01", kioskKey});
        run({kBinary, "--config", agentConfig, "agent", "enqueue",
             (dir / "sheets.jsonl").string()});
    }

    std::string hubStatus() { return run({kBinary, "--config", hubConfig, "hub", "status"}); }
    std::string agentStatus() { return run({kBinary, "--config", agentConfig, "agent", "status"}); }
};

} // namespace examroom::test
