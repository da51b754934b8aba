#pragma once

#include "crypto/CurveKeyPair.h"
#include "crypto/SigningKeyPair.h"
#include "net/KeyText.h"
#include "store/Database.h"
#include "store/Migration.h"

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace examroom::centersync {

// A component's identity: Ed25519 for signatures, X25519 for CURVE transport.
struct Identity
{
    crypto::SigningKeyPair sign;
    crypto::CurveKeyPair curve;
};

// The database key in `keyFile`: 32 random bytes, created with mode 0600 (O_EXCL) when
// `create` and the file is missing. Throws std::runtime_error when the file is missing (and
// !create), has the wrong size, or is readable by group or others; a file created by a
// failing call is removed.
crypto::SecretBytes loadOrCreateKeyFile(const std::filesystem::path& keyFile, bool create);

// SQLCipher page sizes of centre.db and agent.db, new files first. A stored score sheet is ~2 kB:
// 4 KiB pages hold two only while its values stay under 2,001 bytes, a few bytes above the
// benchmark's sheet, and one each beyond; 8 KiB pages hold three or four at any such size
// (docs/performance.md, "Hub ingest: 8 KiB pages"). Files made before keep 4096: every opener
// lists both, or those files stop opening.
inline const std::vector<int> stateCipherPageSizes{8192, 4096};

// Opens (creating when `create`) the state database at `path` keyed from `path`.key and
// brings it to the newest schema of `migrations`. Throws std::runtime_error / StoreError.
store::Database openStateDatabase(const std::filesystem::path& path,
                                  std::span<const Migration> migrations, bool create,
                                  store::Durability durability = store::Durability::Full);

// The identity stored in table `identity`, if any. Throws StoreError on a broken row.
std::optional<Identity> loadIdentity(store::Database& db);

// Human-readable public keys: "sign <hex>", "curve <z85>", "fingerprint <code>".
std::string describePublicKeys(const crypto::SigningPublicKey& sign,
                               const crypto::CurvePublicKey& curve);

// The combined key text `enrol-site` and `trust-centre` accept: "<sign hex>:<curve z85>".
std::string publicKeyText(const Identity& identity);
// Shared with the console, which pins the agent by its `keys:` line (net/KeyText.h).
using net::parsePublicKeyText;
using net::PublicKeys;

// A short fingerprint of both public keys, to read over the phone.
using net::fingerprintOf;

} // namespace examroom::centersync
