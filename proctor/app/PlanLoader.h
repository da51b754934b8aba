#pragma once

#include "crypto/SigningKeyPair.h"
#include "import/CentreFiles.h"
#include "package/PlanPackage.h"
#include "package/SecretFiles.h"

#include <filesystem>
#include <optional>
#include <QByteArray>
#include <string>

namespace examroom {

class Clock;

// A plan ready for the console: the centre's files as read and checked, the verified package
// they came in (none for a plan read from a centre files folder), and the candidates' photos
// in guarded memory (the check-in screen's ConsoleImageProvider and the printers decode them
// from there; no photo is written anywhere).
struct LoadedPlan
{
    CentreFiles files;
    std::optional<package::PackageInfo> package;
    std::string packageJson;     // the exact envelope, for site.db
    package::SecretFiles photos; // by Candidate::photo

    // The encoded bytes of `candidate`'s photo, viewed in `photos` (valid while this plan is
    // the console's); empty when there is none.
    QByteArray photoBytes(const Candidate& candidate) const;
};

// Reads the centre's files folder (importCentreFiles). nullopt with every error in `error`.
std::optional<LoadedPlan> loadPlanFolder(const std::filesystem::path& dir, const Clock& clock,
                                         std::string* error);

// Verifies a plan package (SignedDocument JSON) against the centre's key and reads its plan,
// roster and rubric where the package holds them (import::FileSource over memory); the
// roster's photos are copied into guarded memory. Writes no file. The bank stays sealed.
// nullopt with the reason in `error`.
std::optional<LoadedPlan> loadPlanPackage(const std::string& packageJson,
                                          const crypto::SigningPublicKey& centreKey,
                                          const Clock& clock, std::string* error);

} // namespace examroom
