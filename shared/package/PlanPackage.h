#pragma once

#include "crypto/KdfParams.h"
#include "crypto/SecretBytes.h"
#include "crypto/SigningKeyPair.h"
#include "documents/SignedDocument.h"
#include "import/CentreFiles.h"
#include "package/SealedBank.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace examroom::package {

// A plan package (format examroom.plan-package.v3, schema/package/README.md): the centre files
// of one plan for one site, as a SignedDocument of kind "plan-package" signed by the centre.
// The roster, plan, rubric and photos are in the clear (the site needs them before the exam;
// they travel over CURVE and rest in SQLCipher). The bank and its images are sealed with a
// fresh data key (DK), and DK is wrapped under Argon2id(authorization password).
inline constexpr std::string_view kPackageKind = "plan-package";
// What buildPlanPackage writes: the sealed bank is binary with the bank as a question table
// (examroom.bank.v3, package/SealedBank.h).
inline constexpr std::string_view kPackageFormat = "examroom.plan-package.v3";
// Still read: the sealed bank binary (examroom.bank.v2) with the bank as bank.csv.
inline constexpr std::string_view kPackageFormatV2 = "examroom.plan-package.v2";
// Still read: the same envelope, the sealed bank a JSON object of base64 files.
inline constexpr std::string_view kPackageFormatV1 = "examroom.plan-package.v1";

// File name -> exact bytes, as the centre supplied them.
using FileMap = std::map<std::string, std::string>;

struct PackageInput
{
    std::string planId;
    std::string siteId;
    int version = 1;
    std::string createdAt; // ISO-8601 with offset
    FileMap openFiles;     // plan.json, roster.csv, the rubric, the roster's photos
    QuestionBank bank;     // sealed as the question table, in this order
    FileMap sealedFiles;   // the bank's images
};

struct BuiltPackage
{
    SignedDocument document;
    crypto::SecretBytes password; // the authorization password, 12 ASCII characters
};

// Collects the files of an imported plan from `files.dir`. Throws std::runtime_error naming
// the file that cannot be read; nothing is left behind.
PackageInput collectPackageInput(const CentreFiles& files, std::string siteId, int version,
                                 std::string createdAt);

// Seals, wraps and signs. `strength` is Moderate in production, MinForTests in tests.
// Throws crypto::CryptoError only on faults (memory); nothing is left behind.
BuiltPackage buildPlanPackage(const PackageInput& input, const crypto::SigningKeyPair& centreKey,
                              crypto::KdfStrength strength);

// What a verified package says about itself (the sealed part still sealed).
struct PackageInfo
{
    std::string planId;
    std::string siteId;
    int version = 0;
    std::string createdAt;
    FileMap openFiles;
    crypto::KdfParams kdf;
    crypto::ByteVector wrappedKey;
    crypto::ByteVector sealedBank;
};

// Checks kind, the centre's signature and every field; nullopt with the reason in `error`
// when anything is wrong (a flipped byte anywhere fails the signature). Never throws.
[[nodiscard]] std::optional<PackageInfo> verifyPlanPackage(const SignedDocument& document,
                                                           const crypto::SigningPublicKey& centre,
                                                           std::string* error = nullptr);

// Unwraps DK with the typed password and opens the sealed files; nullopt for a wrong password
// (or a package whose sealed part does not open). The result lives in memory only; callers
// keep it out of files and logs. Throws crypto::CryptoError for faults (Argon2id memory).
[[nodiscard]] std::optional<FileMap> openSealedFiles(const PackageInfo& info,
                                                     std::string_view typedPassword);

// Opens the sealed files with DK itself (a console that unwrapped it at the start and holds it
// in memory, e.g. to print a paper for the fallback); nullopt when DK does not open them.
[[nodiscard]] std::optional<FileMap> openSealedFilesWithKey(const PackageInfo& info,
                                                            const crypto::SecretBytes& dataKey);

// Opens the sealed part with DK, kept as one wiped buffer (no copies); nullopt and `error` as
// OpenedBank::open.
[[nodiscard]] std::optional<OpenedBank> openSealedBank(const PackageInfo& info,
                                                       const crypto::SecretBytes& dataKey,
                                                       std::string* error = nullptr);

// The bank of an opened sealed part: v3's question table as it is; for v1 and v2 its bank.csv
// read by the centre's importer (readBank, the images checked among the sealed files, in
// memory), errors to `diagnostics`.
QuestionBank sealedQuestionBank(const OpenedBank& bank, Diagnostics& diagnostics);

// The import at unlock, in memory: plan, roster, rubric and photos from `openFiles` (the
// package's open files; a FileSource over memory writes nothing) with the bank from `bank`
// (v3: its question table, not validated a second time; v1 and v2: its bank.csv and images,
// read where they are). Judged at `clock` as importCentreFiles.
CentreImport importUnlocked(const FileSource& openFiles, const OpenedBank& bank,
                            const Clock& clock);

// Like openSealedFiles but returns DK itself, for a console that hands DK to kiosks.
[[nodiscard]] std::optional<crypto::SecretBytes> unwrapDataKey(const PackageInfo& info,
                                                               std::string_view typedPassword);

} // namespace examroom::package
