#pragma once

#include "ChildProcess.h"

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace examroom::demo {

// The demo's children: the test support's (stdout and stderr to a log file, SIGKILLed by the
// destructor if still running, so nothing outlives the demo).
using Child = test::ChildProcess;
using test::waitUntil;

// What a finished command printed.
struct CommandResult
{
    int exitCode = -1;
    std::string output; // stdout and stderr together
};

// Runs `args` to the end (at most `limit`, then SIGKILL: exit -1), output kept in `log`.
CommandResult runCommand(const std::vector<std::string>& args, const std::filesystem::path& log,
                         std::chrono::seconds limit = std::chrono::seconds(120));

std::string readText(const std::filesystem::path& path);
void writeText(const std::filesystem::path& path, const std::string& text);

// The text after `marker` up to the end of its line ("" when absent).
std::string lineAfter(const std::string& text, const std::string& marker);

} // namespace examroom::demo
