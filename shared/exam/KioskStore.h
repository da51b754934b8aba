#pragma once

#include "crypto/CurveKeyPair.h"
#include "crypto/SigningKeyPair.h"
#include "store/Database.h"

#include <filesystem>
#include <memory>
#include <string>

namespace examroom {

// The kiosk's local state: `kiosk.db` (SQLCipher, synchronous=FULL, migrated to the newest
// kiosk schema) in a data folder, keyed by a random 32-byte key kept beside it in
// `kiosk.key` (mode 0600; the packaging makes the folder root-only), and the device's keys,
// made on first open.
class KioskStore
{
public:
    // Opens or creates the store in `dataDir` (created if missing). On failure throws
    // (StoreError, CryptoError or std::runtime_error naming the file) and leaves at most a new
    // empty folder, key file or database behind.
    static std::unique_ptr<KioskStore> open(const std::filesystem::path& dataDir);

    store::Database& database() { return m_db; }
    const crypto::SigningKeyPair& signingKey() const { return m_signing; }
    const crypto::CurveKeyPair& curveKey() const { return m_curve; }
    // The fingerprint of the signing key, as shown for pairing and written into sheets.
    const std::string& fingerprint() const { return m_fingerprint; }
    const std::filesystem::path& dataDir() const { return m_dataDir; }

private:
    KioskStore(std::filesystem::path dataDir, store::Database db, crypto::SigningKeyPair signing,
               crypto::CurveKeyPair curve);

    std::filesystem::path m_dataDir;
    store::Database m_db;
    crypto::SigningKeyPair m_signing;
    crypto::CurveKeyPair m_curve;
    std::string m_fingerprint;
};

} // namespace examroom
