#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace examroom::demo {

// A child process of the demo (no shell) whose stdout and stderr go to a log file. The
// destructor SIGKILLs a child still running, so nothing outlives the demo.
class Child
{
public:
    // Starts `args[0]` with `args`; throws std::runtime_error when it cannot be started.
    Child(const std::vector<std::string>& args, std::filesystem::path log);
    ~Child();
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;

    pid_t pid() const { return m_pid; }
    const std::filesystem::path& logPath() const { return m_log; }
    // True once the process ended (reaped); exitCode() is then its code, -1 for a signal.
    bool exited();
    int exitCode() const { return m_exitCode; }
    // Waits up to `limit` for the exit; false when still running.
    bool wait(std::chrono::milliseconds limit);
    // SIGKILL and reap.
    void kill();
    // SIGTERM, then SIGKILL after `grace`.
    void stop(std::chrono::milliseconds grace = std::chrono::seconds(10));
    std::string output() const;

private:
    pid_t m_pid = -1;
    std::filesystem::path m_log;
    int m_exitCode = -2; // -2: running
};

// What a finished command printed.
struct CommandResult
{
    int exitCode = -1;
    std::string output; // stdout and stderr together
};

// Runs `args` to the end (at most `limit`, then SIGKILL: exit -1), output kept in `log`.
CommandResult runCommand(const std::vector<std::string>& args, const std::filesystem::path& log,
                         std::chrono::seconds limit = std::chrono::seconds(120));

// Calls `idle` (may be empty: sleeps 20 ms) until `done` or the deadline; false on timeout.
bool waitUntil(const std::function<bool()>& done, std::chrono::milliseconds limit,
               const std::function<void()>& idle = {});

std::string readText(const std::filesystem::path& path);
void writeText(const std::filesystem::path& path, const std::string& text);

// The text after `marker` up to the end of its line ("" when absent).
std::string lineAfter(const std::string& text, const std::string& marker);

} // namespace examroom::demo
