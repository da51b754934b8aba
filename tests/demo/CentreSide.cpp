#include "CentreSide.h"

#include "state/StateStore.h"
#include "store/Migration.h"
#include "TestSupport.h"

#include <stdexcept>

namespace examroom::demo {

namespace fs = std::filesystem;

CentreSide::CentreSide(fs::path binary, fs::path dir, std::string siteId)
    : m_binary(std::move(binary)), m_dir(std::move(dir)), m_siteId(std::move(siteId))
{
    fs::create_directories(m_dir / "logs");
    // Nothing listens unless configured: the hub on a free loopback port; the agent points at
    // the hub once it listens.
    writeText(m_dir / "hub.json", R"({"state":"centre.db","hub":{"listen":"tcp://127.0.0.1:0"}})");
    writeAgentConfig();
}

void CentreSide::writeAgentConfig()
{
    std::string link;
    if (!m_link.empty())
        link = R"(,"link":{"listen":")" + m_link + R"(","consoles":[")" + m_linkConsole + R"("]})";
    writeText(m_dir / "agent.json",
              R"({"state":"agent.db","agent":{"hub":")" +
                  (m_endpoint.empty() ? std::string("tcp://127.0.0.1:1") : m_endpoint) +
                  R"(","control":"agent.sock","request_timeout_ms":3000,)"
                  R"("backoff_min_ms":200,"backoff_max_ms":2000)" +
                  link + "}}");
}

CentreSide::~CentreSide() = default;

CommandResult CentreSide::run(const std::string& config, std::vector<std::string> args,
                              const std::string& logName)
{
    args.insert(args.begin(), {m_binary.string(), "--config", (m_dir / config).string()});
    const auto log = m_dir / "logs" / (std::to_string(++m_steps) + "-" + logName + ".log");
    return runCommand(args, log);
}

std::string CentreSide::mustRun(const std::string& config, std::vector<std::string> args,
                                const std::string& logName)
{
    std::string shown;
    for (const auto& a : args)
        shown += " " + a;
    auto result = run(config, std::move(args), logName);
    if (result.exitCode != 0)
        throw std::runtime_error("center-sync" + shown + " failed (exit " +
                                 std::to_string(result.exitCode) + "):\n" + result.output);
    return result.output;
}

void CentreSide::initKeys()
{
    m_centreKeys =
        lineAfter(mustRun("hub.json", {"keys", "init", "--role", "centre"}, "hub-keys"), "keys: ");
    m_siteKeys = lineAfter(
        mustRun("agent.json", {"keys", "init", "--role", "site", "--site", m_siteId}, "agent-keys"),
        "keys: ");
    if (m_centreKeys.empty() || m_siteKeys.empty())
        throw std::runtime_error("center-sync keys init printed no `keys:` line");
    mustRun("hub.json", {"hub", "enrol-site", m_siteId, m_siteKeys}, "enrol-site");
    mustRun("agent.json", {"agent", "trust-centre", m_centreKeys}, "trust-centre");
}

std::string CentreSide::publish(const fs::path& centreFiles, const std::string& now)
{
    const auto out = mustRun(
        "hub.json", {"hub", "publish", centreFiles.string(), "--site", m_siteId, "--now", now},
        "publish");
    const auto plan = lineAfter(out, "plan ");
    const auto space = plan.find(' ');
    if (plan.empty() || space == std::string::npos)
        throw std::runtime_error("hub publish printed no plan id:\n" + out);
    return plan.substr(0, space);
}

std::string CentreSide::releasePassword(const std::string& planId)
{
    auto out = mustRun("hub.json", {"hub", "password", planId}, "password");
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r'))
        out.pop_back();
    // The password is the last line (the log line about its release goes first, on stderr).
    if (auto nl = out.rfind('\n'); nl != std::string::npos)
        out = out.substr(nl + 1);
    return out;
}

void CentreSide::startHub()
{
    m_hub = std::make_unique<Child>(
        std::vector<std::string>{m_binary.string(), "--config", (m_dir / "hub.json").string(),
                                 "hub", "serve"},
        m_dir / "logs" / ("hub-serve-" + std::to_string(++m_steps) + ".log"));
    if (!waitUntil([&] { return m_hub->output().find("listening on") != std::string::npos; },
                   std::chrono::seconds(30)))
        throw std::runtime_error("the hub did not start listening:\n" + m_hub->output());
    const auto out = m_hub->output();
    const auto at = out.find("tcp://127.0.0.1:");
    auto end = at;
    while (end < out.size() && out[end] != ' ' && out[end] != '\n' && out[end] != ')')
        ++end;
    const std::string endpoint = out.substr(at, end - at);
    if (m_endpoint.empty()) {
        m_endpoint = endpoint;
        writeText(m_dir / "hub.json",
                  R"({"state":"centre.db","hub":{"listen":")" + m_endpoint + R"("}})");
        writeAgentConfig();
    }
}

void CentreSide::killHub()
{
    if (m_hub)
        m_hub->kill();
}

bool CentreSide::hubRunning()
{
    return m_hub && !m_hub->exited();
}

void CentreSide::startAgent(const std::string& consoleKey)
{
    m_link = test::freeLoopbackEndpoint();
    m_linkConsole = consoleKey;
    writeAgentConfig();
    m_agent = std::make_unique<Child>(
        std::vector<std::string>{m_binary.string(), "--config", (m_dir / "agent.json").string(),
                                 "agent", "run"},
        m_dir / "logs" / ("agent-run-" + std::to_string(++m_steps) + ".log"));
    if (!waitUntil([&] { return m_agent->output().find("console link on") != std::string::npos; },
                   std::chrono::seconds(30)))
        throw std::runtime_error("the agent's console link did not start:\n" + m_agent->output());
}

void CentreSide::stopAgent()
{
    if (m_agent)
        m_agent->stop();
}

crypto::CurvePublicKey CentreSide::agentCurveKey() const
{
    auto keys = centersync::parsePublicKeyText(m_siteKeys);
    if (!keys)
        throw std::runtime_error("the agent's keys line does not parse");
    return keys->curve;
}

CommandResult CentreSide::syncNow()
{
    return run("agent.json", {"agent", "sync-now"}, "agent-sync-now");
}

CommandResult CentreSide::agentSync(int giveUpAfterSeconds)
{
    return run("agent.json",
               {"agent", "sync", "--give-up-after", std::to_string(giveUpAfterSeconds)},
               "agent-sync");
}

std::string CentreSide::pulledPackage(const std::string& planId)
{
    auto db = centersync::openStateDatabase(m_dir / "agent.db", schema::agentMigrations(), false);
    auto query =
        db.prepare("SELECT document FROM inbox WHERE plan_id = ?1 ORDER BY version DESC LIMIT 1");
    query.bind(1, std::string_view(planId));
    return query.step() ? query.columnText(0) : std::string();
}

void CentreSide::enrolKiosk(const std::string& kioskId, const std::string& signKeyHex)
{
    mustRun("agent.json", {"agent", "enrol-kiosk", kioskId, signKeyHex}, "enrol-kiosk");
}

void CentreSide::enrolStaff(const std::string& name, const std::string& role,
                            const std::string& signKeyHex)
{
    mustRun("agent.json", {"agent", "enrol-staff", name, role, signKeyHex}, "enrol-staff");
}

void CentreSide::enqueue(const fs::path& file)
{
    mustRun("agent.json", {"agent", "enqueue", file.string()}, "enqueue");
}

std::string CentreSide::agentStatus()
{
    return mustRun("agent.json", {"agent", "status"}, "agent-status");
}

std::string CentreSide::hubStatus()
{
    return mustRun("hub.json", {"hub", "status"}, "hub-status");
}

std::string CentreSide::hubResults(const std::string& planId)
{
    return mustRun("hub.json", {"hub", "results", planId}, "hub-results");
}

} // namespace examroom::demo
