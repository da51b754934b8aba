#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace examroom::test {

// A child process (no shell) whose stdout and stderr go to one log file. The destructor
// SIGKILLs and reaps a child still running, so nothing outlives the test or the demo.
class ChildProcess
{
public:
    // Starts `args[0]` with `args`. `env`: NAME=value entries that replace (or add to) this
    // process's environment. Throws std::runtime_error when it cannot be started.
    ChildProcess(const std::vector<std::string>& args, std::filesystem::path log,
                 const std::vector<std::string>& env = {});
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    pid_t pid() const { return m_pid; }
    const std::filesystem::path& logPath() const { return m_log; }
    // True once the process ended (reaped); exitCode() is then its code, -1 for a signal.
    bool exited();
    int exitCode() const { return m_exitCode; }
    // Waits up to `limit` for the exit; false when still running. Not the exit code: check
    // exitCode() after it returned true.
    [[nodiscard]] bool wait(std::chrono::milliseconds limit);
    // Sends `sig` (the process is reaped by exited(), wait() or kill()).
    void signal(int sig);
    // SIGKILL and reap.
    void kill();
    // SIGTERM, then SIGKILL after `grace`.
    void stop(std::chrono::milliseconds grace = std::chrono::seconds(10));
    // What it printed so far (stdout and stderr together).
    std::string output() const;

private:
    pid_t m_pid = -1;
    std::filesystem::path m_log;
    int m_exitCode = -2; // -2: running
};

// Calls `idle` (may be empty: sleeps 20 ms) until `done` or the deadline; false on timeout.
[[nodiscard]] bool waitUntil(const std::function<bool()>& done, std::chrono::milliseconds limit,
                             const std::function<void()>& idle = {});

} // namespace examroom::test
