#pragma once

#include "agent/AgentLinkServer.h"
#include "agent/AgentSync.h"
#include "state/Asio.h"
#include "util/Clock.h"

#include <optional>
#include <random>

namespace examroom::centersync {

// The agent's long-running part on one Boost.Asio io_context. Once: sync until the outbox is
// empty (retrying with back-off) or the deadline passes. Daemon: sync in the nightly window and
// at once on `sync-now` over the control socket or on SIGHUP (`systemctl reload`); between
// attempts nothing is connected. SIGINT/SIGTERM abandon the in-flight request (uploads are
// idempotent) and stop. With `agent.link` configured the daemon also answers the proctor
// console (AgentLinkServer).
class AgentRunner
{
public:
    enum class Mode { Once, Daemon };

    AgentRunner(AgentStore& store, const Config& config, const Clock& clock);

    // Runs until done (Once) or a signal. Returns the exit code: 0 synced, 1 gave up, 3 stopped
    // by a signal before finishing.
    int run(Mode mode, std::chrono::seconds giveUpAfter = std::chrono::seconds(60));
    // Stops run() from any thread, as SIGTERM would (exit code 0 for a daemon).
    void requestStop();
    // Called on the loop's thread with every new state (idle, syncing, backing-off): a test seam.
    void setStateObserver(std::function<void(const std::string& state)> observer)
    {
        m_observer = std::move(observer);
    }

private:
    void requestSync(const std::string& reason);
    void attempt();
    void attemptDone(bool ok, const std::string& why);
    void checkWindow();
    bool inWindow() const;
    void acceptControl();
    void waitForHangup();
    void broadcast(const std::string& line);
    void setState(const std::string& state, const std::string& why);
    void stop(int exitCode);

    AgentStore& m_store;
    const Config& m_config;
    const Clock& m_clock;
    boost::asio::io_context m_io;
    zmq::context_t m_context;
    boost::asio::steady_timer m_retryTimer{m_io};
    boost::asio::steady_timer m_windowTimer{m_io};
    boost::asio::steady_timer m_deadline{m_io};
    boost::asio::signal_set m_signals{m_io, SIGINT, SIGTERM};
    boost::asio::signal_set m_hangup{m_io}; // SIGHUP, daemon mode only
    std::optional<boost::asio::local::stream_protocol::acceptor> m_control;
    std::vector<std::shared_ptr<boost::asio::local::stream_protocol::socket>> m_listeners;
    std::shared_ptr<AgentSync> m_sync;
    // The console link (agent.link in the config), on the same loop as the sync.
    std::unique_ptr<AgentLinkServer> m_link;
    std::mt19937 m_random{std::random_device{}()};
    Mode m_mode = Mode::Once;
    std::string m_state = "idle";
    bool m_wanted = false;
    bool m_stopping = false;
    int m_failures = 0;
    int m_exitCode = 0;
    // The local date of the window in which a sync last succeeded (no second run that night).
    std::string m_lastWindowDone;
    std::function<void(const std::string&)> m_observer;
};

// True when `now`, in local time, falls in [start, end) minutes after midnight; a window whose
// end is before its start spans midnight (23:00-01:00).
bool inSyncWindow(std::chrono::sys_seconds now, int startMinutes, int endMinutes);

// `agent sync-now`: asks the daemon over its control socket and prints its progress lines
// until it reports the end. Returns 0 when the daemon says the sync succeeded.
int requestSyncNow(const std::filesystem::path& controlSocket, std::ostream& out);

} // namespace examroom::centersync
