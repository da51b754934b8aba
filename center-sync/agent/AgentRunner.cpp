#include "agent/AgentRunner.h"

#include "state/Asio.h"
#include "state/Log.h"

#include <ctime>
#include <iostream>

namespace examroom::centersync {

namespace local = boost::asio::local;

AgentRunner::AgentRunner(AgentStore& store, const Config& config, const Clock& clock)
    : m_store(store), m_config(config), m_clock(clock)
{
}

void AgentRunner::setState(const std::string& state, const std::string& why)
{
    if (state == m_state)
        return;
    logLine("agent", "state " + m_state + " -> " + state + " (" + why + ")");
    m_state = state;
    if (m_observer)
        m_observer(state);
}

void AgentRunner::requestStop()
{
    boost::asio::post(m_io, [this] { stop(m_mode == Mode::Once ? 3 : 0); });
}

void AgentRunner::broadcast(const std::string& line)
{
    logLine("agent", line);
    for (auto& listener : m_listeners) {
        auto text = std::make_shared<std::string>(line + "\n");
        boost::asio::async_write(
            *listener, boost::asio::buffer(*text),
            [text, listener](const boost::system::error_code&, std::size_t) {});
    }
}

int AgentRunner::run(Mode mode, std::chrono::seconds giveUpAfter)
{
    m_mode = mode;
    m_signals.async_wait([this](const boost::system::error_code& error, int signal) {
        if (error)
            return;
        logLine("agent", std::string("stopping on ") + (signal == SIGINT ? "SIGINT" : "SIGTERM"));
        stop(m_mode == Mode::Once ? 3 : 0);
    });
    if (mode == Mode::Once) {
        m_deadline.expires_after(giveUpAfter);
        m_deadline.async_wait([this](const boost::system::error_code& error) {
            if (error)
                return;
            logLine("agent", "giving up: the outbox still holds " +
                                 std::to_string(m_store.queuedCount()) + " item(s)");
            stop(1);
        });
        requestSync("agent sync");
    } else {
        if (m_config.controlSocket) {
            std::filesystem::remove(*m_config.controlSocket);
            m_control.emplace(m_io,
                              local::stream_protocol::endpoint(m_config.controlSocket->string()));
            ::chmod(m_config.controlSocket->c_str(), 0600);
            logLine("agent", "control socket " + m_config.controlSocket->string());
            acceptControl();
        }
        m_hangup.add(SIGHUP);
        waitForHangup();
        if (m_config.linkListen)
            m_link = std::make_unique<AgentLinkServer>(
                m_io, m_context, m_store, *m_config.linkListen,
                std::set<crypto::CurvePublicKey>(m_config.linkConsoles.begin(),
                                                 m_config.linkConsoles.end()));
        logLine("agent", "running; nightly window " +
                             std::to_string(m_config.windowStartMinutes / 60) + ":" +
                             std::to_string(m_config.windowStartMinutes % 60 / 10) +
                             std::to_string(m_config.windowStartMinutes % 10) + "-" +
                             std::to_string(m_config.windowEndMinutes / 60) + ":" +
                             std::to_string(m_config.windowEndMinutes % 60 / 10) +
                             std::to_string(m_config.windowEndMinutes % 10) + " local time");
        checkWindow();
    }
    m_io.run();
    m_link.reset();
    if (m_control && m_config.controlSocket)
        std::filesystem::remove(*m_config.controlSocket);
    logLine("agent", "stopped");
    return m_exitCode;
}

void AgentRunner::stop(int exitCode)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_exitCode = exitCode;
    if (m_sync)
        m_sync->abandon();
    m_sync.reset();
    m_retryTimer.cancel();
    m_windowTimer.cancel();
    m_deadline.cancel();
    m_signals.cancel();
    m_hangup.cancel();
    if (m_control)
        m_control->close();
    if (m_link)
        m_link->stop();
    for (auto& listener : m_listeners) {
        boost::system::error_code ignored;
        listener->close(ignored);
    }
    m_listeners.clear();
}

void AgentRunner::requestSync(const std::string& reason)
{
    if (m_stopping)
        return;
    m_wanted = true;
    if (m_sync || m_state == "backing-off") {
        if (m_state == "backing-off") {
            m_retryTimer.cancel(); // on demand: try again now
            attempt();
        }
        return;
    }
    broadcast("sync requested (" + reason + "); " + std::to_string(m_store.queuedCount()) +
              " item(s) queued");
    attempt();
}

void AgentRunner::attempt()
{
    setState("syncing", "attempt " + std::to_string(m_failures + 1));
    m_sync = AgentSync::create(
        m_io, m_context, m_store, m_config, [this](const std::string& line) { broadcast(line); },
        [this](bool ok, const std::string& why) {
            // Called from inside the sync's handler: finish on a fresh stack.
            boost::asio::post(m_io, [this, ok, why] { attemptDone(ok, why); });
        });
    try {
        m_sync->start();
    } catch (const std::exception& e) {
        m_sync->abandon();
        boost::asio::post(m_io, [this, why = std::string(e.what())] { attemptDone(false, why); });
    }
}

void AgentRunner::attemptDone(bool ok, const std::string& why)
{
    m_sync.reset();
    if (m_stopping)
        return;
    if (ok) {
        m_failures = 0;
        m_wanted = false;
        setState("idle", "sync complete");
        broadcast("done: " + std::to_string(m_store.receiptCount()) + " receipt(s) held, " +
                  std::to_string(m_store.queuedCount()) + " item(s) queued");
        for (auto& listener : m_listeners) {
            boost::system::error_code ignored;
            listener->shutdown(local::stream_protocol::socket::shutdown_send, ignored);
        }
        m_listeners.clear();
        if (inWindow()) {
            std::time_t now = std::chrono::system_clock::to_time_t(m_clock.now());
            std::tm local{};
            localtime_r(&now, &local);
            m_lastWindowDone = std::to_string(local.tm_yday) + "/" + std::to_string(local.tm_year);
        }
        if (m_mode == Mode::Once)
            stop(0);
        return;
    }
    ++m_failures;
    // Exponential back-off with "equal jitter": half the step fixed, half random, so many
    // sites that lost the hub together do not come back in lock-step.
    auto step = m_config.backoffMin * (1LL << std::min(m_failures - 1, 16));
    step = std::min<std::chrono::milliseconds>(step, m_config.backoffMax);
    std::uniform_int_distribution<long long> jitter(0, step.count() / 2);
    auto delay = std::chrono::milliseconds(step.count() / 2 + jitter(m_random));
    setState("backing-off", why + "; retry in " + std::to_string(delay.count()) + " ms");
    m_retryTimer.expires_after(delay);
    m_retryTimer.async_wait([this](const boost::system::error_code& error) {
        if (error || m_stopping || m_sync)
            return;
        attempt();
    });
}

bool inSyncWindow(std::chrono::sys_seconds now, int startMinutes, int endMinutes)
{
    std::time_t time = std::chrono::system_clock::to_time_t(now);
    std::tm local{};
    localtime_r(&time, &local);
    const int minutes = local.tm_hour * 60 + local.tm_min;
    return startMinutes <= endMinutes ? (minutes >= startMinutes && minutes < endMinutes)
                                      : (minutes >= startMinutes || minutes < endMinutes);
}

bool AgentRunner::inWindow() const
{
    return inSyncWindow(m_clock.now(), m_config.windowStartMinutes, m_config.windowEndMinutes);
}

void AgentRunner::checkWindow()
{
    if (m_stopping)
        return;
    std::time_t now = std::chrono::system_clock::to_time_t(m_clock.now());
    std::tm local{};
    localtime_r(&now, &local);
    const auto today = std::to_string(local.tm_yday) + "/" + std::to_string(local.tm_year);
    if (inWindow() && m_lastWindowDone != today && !m_sync && m_state != "backing-off")
        requestSync("nightly window");
    m_windowTimer.expires_after(m_config.windowCheck);
    m_windowTimer.async_wait([this](const boost::system::error_code& error) {
        if (!error)
            checkWindow();
    });
}

void AgentRunner::waitForHangup()
{
    m_hangup.async_wait([this](const boost::system::error_code& error, int) {
        if (error || m_stopping)
            return;
        requestSync("SIGHUP");
        waitForHangup();
    });
}

void AgentRunner::acceptControl()
{
    auto socket = std::make_shared<local::stream_protocol::socket>(m_io);
    m_control->async_accept(*socket, [this, socket](const boost::system::error_code& error) {
        if (error || m_stopping)
            return;
        auto buffer = std::make_shared<boost::asio::streambuf>(256);
        boost::asio::async_read_until(
            *socket, *buffer, '\n',
            [this, socket, buffer](const boost::system::error_code& readError, std::size_t) {
                if (readError || m_stopping)
                    return;
                std::istream in(buffer.get());
                std::string command;
                std::getline(in, command);
                if (command == "sync-now") {
                    m_listeners.push_back(socket);
                    requestSync("sync-now");
                } else {
                    auto text = std::make_shared<std::string>("error: unknown command\n");
                    boost::asio::async_write(*socket, boost::asio::buffer(*text),
                                             [text, socket](auto&&...) {});
                }
            });
        acceptControl();
    });
}

int requestSyncNow(const std::filesystem::path& controlSocket, std::ostream& out)
{
    boost::asio::io_context io;
    local::stream_protocol::socket socket(io);
    boost::system::error_code error;
    socket.connect(local::stream_protocol::endpoint(controlSocket.string()), error);
    if (error) {
        out << "center-sync: cannot reach the agent at " << controlSocket.string() << ": "
            << error.message() << "\n";
        return 1;
    }
    boost::asio::write(socket, boost::asio::buffer(std::string("sync-now\n")));
    boost::asio::streambuf buffer;
    std::string last;
    for (;;) {
        boost::asio::read_until(socket, buffer, '\n', error);
        if (buffer.size() == 0 && error)
            break;
        std::istream in(&buffer);
        std::string line;
        while (std::getline(in, line)) {
            out << line << "\n" << std::flush;
            last = line;
        }
        if (error)
            break;
    }
    return last.rfind("done:", 0) == 0 ? 0 : 1;
}

} // namespace examroom::centersync
