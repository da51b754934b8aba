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
