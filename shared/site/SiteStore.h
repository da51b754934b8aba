#pragma once

#include "crypto/SigningKeyPair.h"
#include "site/AuditLog.h"
#include "site/Outcome.h"
#include "site/SiteOptions.h"
#include "store/Database.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>

namespace examroom {
class Clock;
}

namespace examroom::site {

class PersonSession;

// The console's site.db (SQLCipher, synchronous=FULL, migrated to the newest site schema),
// the console's own signing key (made on first open), the audit log, the clock every rule
// is judged by, and the policy. Every *Manager works through one SiteStore.
class SiteStore
{
public:
    // Opens or creates site.db at `path` with a 32-byte raw key (the console keeps it in a
    // root-only key file, as the kiosk does). On failure throws (StoreError, CryptoError) and
    // leaves at most a new, empty or fully migrated database behind.
    static std::unique_ptr<SiteStore> open(const std::filesystem::path& path,
                                           std::span<const std::uint8_t, 32> rawKey,
                                           const Clock& clock, SiteOptions options = {});

    store::Database& database() { return m_db; }
    AuditLog& audit() { return m_audit; }
    const Clock& clock() const { return m_clock; }
    const SiteOptions& options() const { return m_options; }
    // Signs the audit entries no person is logged in for (failed logins, lock-outs).
    const crypto::SigningKeyPair& consoleKey() const { return m_consoleKey; }

    // The gate of every staff action: refuses a session locked by inactivity (SessionLocked)
    // or a role that may not proctor when `proctorOnly` (NotPermitted); otherwise records the
    // action time. Leaves the session untouched when refusing.
    Outcome admit(PersonSession& person, bool proctorOnly = true);

private:
    SiteStore(store::Database db, const Clock& clock, SiteOptions options,
              crypto::SigningKeyPair consoleKey);

    store::Database m_db;
    const Clock& m_clock;
    SiteOptions m_options;
    crypto::SigningKeyPair m_consoleKey;
    AuditLog m_audit;
};

} // namespace examroom::site
