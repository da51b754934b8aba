#pragma once

#include "crypto/CurveKeyPair.h"
#include "DemoProcess.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace examroom::demo {

// The exam centre's hub and the site's agent, as the real `center-sync` processes on
// 127.0.0.1 with their SQLCipher state in `dir` (hub.json, agent.json, centre.db, agent.db).
// Every step runs the program as an operator would type it; a failing step throws
// std::runtime_error with the command's output.
class CentreSide
{
public:
    CentreSide(std::filesystem::path binary, std::filesystem::path dir, std::string siteId);
    ~CentreSide();

    // Keys for both, the site enrolled at the hub and the centre's keys pinned at the agent.
    void initKeys();
    // The centre's `keys:` line ("<sign hex>:<curve z85>").
    const std::string& centreKeys() const { return m_centreKeys; }
    // `hub publish DIR --site SITE --now NOW`; returns the plan's id.
    std::string publish(const std::filesystem::path& centreFiles, const std::string& now);
    // `hub password PLAN`: the authorization password released at exam time.
    std::string releasePassword(const std::string& planId);

    // `hub serve` in the background; the agent's config then points at it.
    void startHub();
    void killHub();
    bool hubRunning();
    std::string hubEndpoint() const { return m_endpoint; }

    // The agent's service (`agent run`): its control socket, and the console link listening on
    // a free loopback port for the console holding `consoleKey` (Z85 public CURVE key).
    void startAgent(const std::string& consoleKey);
    void stopAgent();
    // Where the console link listens, and the agent's CURVE public key the console pins.
    const std::string& linkEndpoint() const { return m_link; }
    crypto::CurvePublicKey agentCurveKey() const;
    // `agent sync-now`: the running agent syncs at once (packages down, the outbox up).
    CommandResult syncNow();
    // `agent sync` once (packages down, the outbox up); its exit code and output.
    CommandResult agentSync(int giveUpAfterSeconds = 30);
    // The newest package the agent pulled for `planId` (the signed envelope, JSON), read from
    // agent.db; "" when none.
    std::string pulledPackage(const std::string& planId);
    // `agent enrol-kiosk ID KEY` (KEY: the kiosk's Ed25519 public key, hex).
    void enrolKiosk(const std::string& kioskId, const std::string& signKeyHex);
    // `agent enrol-staff NAME ROLE KEY`: a console account whose key signs documents (the
    // session record, practical sheets) the hub then accepts from this site.
    void enrolStaff(const std::string& name, const std::string& role,
                    const std::string& signKeyHex);
    // `agent enqueue FILE` (one signed document a line).
    void enqueue(const std::filesystem::path& file);
    // `agent status` / `hub status` / `hub results PLAN`: their text.
    std::string agentStatus();
    std::string hubStatus();
    std::string hubResults(const std::string& planId);

    const std::filesystem::path& dir() const { return m_dir; }

private:
    void writeAgentConfig();
    CommandResult run(const std::string& config, std::vector<std::string> args,
                      const std::string& logName);
    std::string mustRun(const std::string& config, std::vector<std::string> args,
                        const std::string& logName);

    std::filesystem::path m_binary;
    std::filesystem::path m_dir;
    std::string m_siteId;
    std::string m_centreKeys;
    std::string m_endpoint;
    std::string m_siteKeys;
    std::string m_link;
    std::string m_linkConsole;
    std::unique_ptr<Child> m_agent;
    std::unique_ptr<Child> m_hub;
    int m_steps = 0;
};

} // namespace examroom::demo
