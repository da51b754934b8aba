#pragma once

#include "TestSupport.h"

#include <chrono>
#include <csignal>
#include <functional>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace examroom::test {

// A child process started in the background with stdout and stderr in files, for tests that
// run the real hub and agent. The destructor SIGKILLs it if it is still running.
class Child
{
public:
    Child(const std::vector<std::string>& args, const std::filesystem::path& logFile);
    ~Child();
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;

    void signal(int sig);
    // Waits up to `limit` for the child to end; its exit code, -signal if killed, or nullopt
    // on timeout.
    std::optional<int> wait(std::chrono::milliseconds limit);
    std::string log() const;
    bool running() const { return m_pid > 0; }

private:
    pid_t m_pid = -1;
    std::filesystem::path m_log;
};

// Polls `condition` every 10 ms until it holds or `limit` passes.
bool waitUntil(const std::function<bool()>& condition,
               std::chrono::milliseconds limit = std::chrono::seconds(20));

} // namespace examroom::test
