#include "PlanLoader.h"

#include <fstream>

namespace examroom {
namespace {

std::string firstErrors(const Diagnostics& diagnostics)
{
    std::string out;
    int shown = 0;
    for (const auto& d : diagnostics.errors()) {
        if (++shown > 8) {
            out += "\n…";
            break;
        }
        out += (out.empty() ? "" : "\n") + d.format();
    }
    return out;
}

} // namespace

std::optional<LoadedPlan> loadPlanFolder(const std::filesystem::path& dir, const Clock& clock,
                                         std::string* error)
{
    CentreImport imported = importCentreFiles(dir, clock);
    if (!imported.files) {
        *error = firstErrors(imported.diagnostics);
        return std::nullopt;
    }
    return LoadedPlan{std::move(*imported.files), std::nullopt, {}};
}

std::optional<LoadedPlan> loadPlanPackage(const std::string& packageJson,
                                          const crypto::SigningPublicKey& centreKey,
                                          const std::filesystem::path& unpackDir,
                                          const Clock& clock, std::string* error)
{
    auto document = SignedDocument::fromJson(packageJson);
    if (!document) {
        *error = "not a signed plan package";
        return std::nullopt;
    }
    auto info = package::verifyPlanPackage(*document, centreKey, error);
    if (!info)
        return std::nullopt;
    auto plan = info->openFiles.find("plan.json");
    auto roster = info->openFiles.find("roster.csv");
    if (plan == info->openFiles.end() || roster == info->openFiles.end()) {
        *error = "the package has no plan.json or roster.csv";
        return std::nullopt;
    }
    // Only the photos go to disk: the printers take files.
    for (const auto& [name, bytes] : info->openFiles) {
        if (name == "plan.json" || name == "roster.csv" || name.find("..") != std::string::npos)
            continue;
        const auto path = unpackDir / name;
        std::filesystem::create_directories(path.parent_path());
        std::ofstream(path, std::ios::binary).write(bytes.data(), std::streamsize(bytes.size()));
    }
    Diagnostics diagnostics;
    LoadedPlan loaded;
    loaded.files.dir = unpackDir;
    auto readPlanText = readPlan(plan->second, "plan.json", clock, diagnostics);
    if (readPlanText)
        loaded.files.plan = std::move(*readPlanText);
    if (!diagnostics.hasErrors())
        loaded.files.roster = readRoster(roster->second, "roster.csv", loaded.files.plan, unpackDir,
                                         diagnostics, &loaded.files.candidateWarnings);
    // The practical rubric the plan names travels in the package too (the 实操 screens).
    if (!diagnostics.hasErrors() && loaded.files.plan.practicalRubric) {
        auto rubric = info->openFiles.find(*loaded.files.plan.practicalRubric);
        if (rubric == info->openFiles.end())
            diagnostics.error({*loaded.files.plan.practicalRubric, 0, 0},
                              "the package has no practical rubric " +
                                  *loaded.files.plan.practicalRubric);
        else
            loaded.files.rubric =
                readRubric(rubric->second, *loaded.files.plan.practicalRubric, diagnostics);
    }
    if (diagnostics.hasErrors()) {
        *error = firstErrors(diagnostics);
        return std::nullopt;
    }
    loaded.package = std::move(*info);
    loaded.packageJson = packageJson;
    return loaded;
}

} // namespace examroom
