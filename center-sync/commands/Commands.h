#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>

namespace examroom::centersync {

// Options every state-holding command shares.
struct CommonOptions
{
    std::filesystem::path config = "center-sync.json";
};

// `keys init|show`, `hub …`, `agent …`. Each command's exit code goes to `exitCode`:
// 0 success, 1 refused or failed (with a message on stderr), 2 usage.
void addKeysCommands(CLI::App& app, int& exitCode, std::shared_ptr<CommonOptions> common);
void addHubCommands(CLI::App& app, int& exitCode, std::shared_ptr<CommonOptions> common);
void addAgentCommands(CLI::App& app, int& exitCode, std::shared_ptr<CommonOptions> common);

} // namespace examroom::centersync
