#include "PlanLoader.h"

#include "package/SessionImages.h"

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

// The roster's photos, read from `source`, in one guarded buffer (the session images' copy,
// with no bank). Throws naming a photo that went missing since the import checked it.
package::SecretFiles rosterPhotos(const std::vector<Candidate>& roster, const FileSource& source)
{
    return package::collectSessionImages(roster, QuestionBank{}, source, source).photos;
}

} // namespace

QByteArray LoadedPlan::photoBytes(const Candidate& candidate) const
{
    if (candidate.photo.empty())
        return {};
    const auto bytes = photos.find(candidate.photo);
    // No copy: the bytes stay in the guarded buffer, QImage::fromData reads them there.
    return bytes ? QByteArray::fromRawData(bytes->data(), qsizetype(bytes->size())) : QByteArray();
}

std::optional<LoadedPlan> loadPlanFolder(const std::filesystem::path& dir, const Clock& clock,
                                         std::string* error)
{
    CentreImport imported = importCentreFiles(dir, clock);
    if (!imported.files) {
        *error = firstErrors(imported.diagnostics);
        return std::nullopt;
    }
    // The photos are read once, at the import, like a package's: the screens and printers
    // never go back to the folder (which may be a USB stick taken away after the import).
    auto photos = rosterPhotos(imported.files->roster, FileSource(dir));
    return LoadedPlan{std::move(*imported.files), std::nullopt, {}, std::move(photos)};
}

std::optional<LoadedPlan> loadPlanPackage(const std::string& packageJson,
                                          const crypto::SigningPublicKey& centreKey,
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
    // Read where the verified package holds them: nothing is written (the kiosk's unlock
    // does the same, room::openUnlockedSession).
    FileViews open;
    for (const auto& [name, bytes] : info->openFiles)
        open.emplace(name, bytes);
    const FileSource openFiles(open, "package");
    Diagnostics diagnostics;
    LoadedPlan loaded;
    auto readPlanText = readPlan(plan->second, "plan.json", clock, diagnostics);
    if (readPlanText)
        loaded.files.plan = std::move(*readPlanText);
    if (!diagnostics.hasErrors())
        loaded.files.roster = readRoster(roster->second, "roster.csv", loaded.files.plan, openFiles,
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
    loaded.photos = rosterPhotos(loaded.files.roster, openFiles);
    loaded.package = std::move(*info);
    loaded.packageJson = packageJson;
    return loaded;
}

} // namespace examroom
