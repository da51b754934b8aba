#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>

namespace examroom::centersync {

struct PlanCheckOptions
{
    std::filesystem::path dir;
    std::optional<std::string> now; // ISO-8601 with offset; the system clock when absent
};

// `center-sync plan check DIR`: imports the centre files of DIR and prints a summary (exit 0)
// or every error in file:line:column form (exit 1). Warnings go to `err` in both cases.
int runPlanCheck(const PlanCheckOptions& options, std::ostream& out, std::ostream& err);

// Adds `plan check` to `app`; the command's exit code is stored in `exitCode` when it runs.
void addPlanCommands(CLI::App& app, int& exitCode);

} // namespace examroom::centersync
