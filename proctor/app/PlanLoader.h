#pragma once

#include "crypto/SigningKeyPair.h"
#include "import/CentreFiles.h"
#include "package/PlanPackage.h"

#include <filesystem>
#include <optional>
#include <string>

namespace examroom {

class Clock;

// A plan ready for the console: the centre's files as read and checked, and the verified
// package they came in (none for a plan read from a centre files folder).
struct LoadedPlan
{
    CentreFiles files;
    std::optional<package::PackageInfo> package;
    std::string packageJson; // the exact envelope, for site.db
};

// Reads the centre's files folder (importCentreFiles). nullopt with every error in `error`.
std::optional<LoadedPlan> loadPlanFolder(const std::filesystem::path& dir, const Clock& clock,
                                         std::string* error);

// Verifies a plan package (SignedDocument JSON) against the centre's key and reads its plan
// and roster; the roster's photos are written to `unpackDir` (a private temporary folder) so
// that the printers and the check-in screen can show them. The bank stays sealed. nullopt
// with the reason in `error`.
std::optional<LoadedPlan> loadPlanPackage(const std::string& packageJson,
                                          const crypto::SigningPublicKey& centreKey,
                                          const std::filesystem::path& unpackDir,
                                          const Clock& clock, std::string* error);

} // namespace examroom
