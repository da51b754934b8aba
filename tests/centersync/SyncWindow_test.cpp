// The agent's nightly window, judged by an injected clock (no waiting for 02:00).
#include "agent/AgentRunner.h"
#include "ChildProcess.h"
#include "TestSupport.h"

#include <atomic>
#include <cstdlib>
#include <ctime>
#include <doctest/doctest.h>
#include <mutex>
#include <thread>

using namespace examroom;
using namespace examroom::centersync;
using namespace std::chrono_literals;

namespace {

// China Standard Time as a POSIX rule (no tzdata needed): local = UTC + 8 h.
struct ChinaTime
{
    ChinaTime()
    {
        const char* old = std::getenv("TZ");
        m_old = old ? old : "";
        m_had = old != nullptr;
        setenv("TZ", "CST-8", 1);
        tzset();
    }
    ~ChinaTime()
    {
        if (m_had)
            setenv("TZ", m_old.c_str(), 1);
        else
            unsetenv("TZ");
        tzset();
    }
    std::string m_old;
    bool m_had = false;
};

// 2027-03-08 at hh:mm local (UTC+8).
std::chrono::sys_seconds local(int hour, int minute)
{
    using namespace std::chrono;
    return sys_days{2027y / March / 8} + hours(hour - 8) + minutes(minute);
}

// A clock the test moves while the agent's loop reads it on another thread.
class MovableClock final : public Clock
{
public:
    explicit MovableClock(std::chrono::sys_seconds at) : m_at(at.time_since_epoch().count()) {}
    std::chrono::sys_seconds now() const override
    {
        return std::chrono::sys_seconds(std::chrono::seconds(m_at.load()));
    }
    void set(std::chrono::sys_seconds at) { m_at = at.time_since_epoch().count(); }

private:
    std::atomic<std::int64_t> m_at;
};

} // namespace

TEST_CASE("the default window is 02:00 to 04:00 local time")
{
    ChinaTime zone;
    Config config;
    auto in = [&](int h, int m) {
        return inSyncWindow(local(h, m), config.windowStartMinutes, config.windowEndMinutes);
    };
    CHECK_FALSE(in(1, 59));
    CHECK(in(2, 0));
    CHECK(in(3, 59));
    CHECK_FALSE(in(4, 0));
    CHECK_FALSE(in(14, 0));
}

TEST_CASE("a window that spans midnight is open on both sides of it")
{
    ChinaTime zone;
    const int start = 23 * 60, end = 60;
    CHECK(inSyncWindow(local(23, 30), start, end));
    CHECK(inSyncWindow(local(0, 30), start, end));
    CHECK_FALSE(inSyncWindow(local(1, 0), start, end));
    CHECK_FALSE(inSyncWindow(local(22, 59), start, end));
}

TEST_CASE("agent run starts a sync when the clock enters the window and not before")
{
    ChinaTime zone;
    test::TempDir dir;
    MovableClock clock(local(1, 58));
    Identity site{crypto::SigningKeyPair::generate(), crypto::CurveKeyPair::generate()};
    AgentStore store(openStateDatabase(dir / "agent.db", schema::agentMigrations(), true),
                     std::move(site), "SZ-01", clock);
    store.trustCentre({crypto::SigningKeyPair::generate().publicKey(),
                       crypto::CurveKeyPair::generate().publicKey()});
    Config config;
    config.hubAddress = "tcp://127.0.0.1:1"; // nothing there: the attempt only has to start
    config.windowCheck = 20ms;
    config.requestTimeout = 200ms;
    AgentRunner runner(store, config, clock);
    std::mutex lock;
    std::vector<std::string> states;
    runner.setStateObserver([&](const std::string& state) {
        std::lock_guard guard(lock);
        states.push_back(state);
    });
    auto seen = [&] {
        std::lock_guard guard(lock);
        return states;
    };
    std::thread loop([&] { runner.run(AgentRunner::Mode::Daemon); });

    std::this_thread::sleep_for(300ms); // 15 window checks before 02:00
    CHECK(seen().empty());
    clock.set(local(2, 0));
    CHECK(test::waitUntil([&] { return !seen().empty(); }, 5s));
    CHECK(seen().front() == "syncing");
    runner.requestStop();
    loop.join();
}
