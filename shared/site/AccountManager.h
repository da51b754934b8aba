#pragma once

#include "crypto/SigningKeyPair.h"
#include "site/Outcome.h"
#include "site/PersonSession.h"
#include "site/Role.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace examroom::site {

class SiteStore;

// What the console shows of an account (never the key material).
struct AccountInfo
{
    std::string name;
    Role role = Role::Proctor;
    crypto::SigningPublicKey publicKey{};
    int failedAttempts = 0; // consecutive, reset by a good password
    int totalFailures = 0;  // ever
};

// The console's accounts. A password is never stored in any form of its own: one Argon2id
// derivation (KdfParams stored per account) gives the key that wraps the person's Ed25519
// secret key, and the authenticated unwrap is the password check. A separate password hash
// would cost a second Argon2id at every login and give an attacker a second target of the
// same strength for nothing.
class AccountManager
{
public:
    explicit AccountManager(SiteStore& store) : m_store(store) {}

    // True once any account exists (the first start has been done).
    bool hasAccounts();

    // First start: makes the administrator and logs them in. Refused (WrongState) once any
    // account exists; InvalidInput for a bad name or a short password. Nothing is stored
    // when refused; throws StoreError/CryptoError on a fault, leaving nothing half-written.
    Result<PersonSession> createFirstAdministrator(const std::string& name,
                                                   std::string_view password);

    // An administrator adds a person. Refused when `admin` is locked or not an administrator,
    // the name is taken or bad, or the password too short; nothing is stored then.
    Outcome createAccount(PersonSession& admin, const std::string& name, Role role,
                          std::string_view password);

    // Checks the password and returns the person's session with their unwrapped key. A wrong
    // password is counted, logged and, after Backoff::freeAttempts, blocks the account until
    // retryAt (RateLimited, not even checked). An unknown name reads as a wrong password.
    Result<PersonSession> login(const std::string& name, std::string_view password);

    // Unlocks a session the inactivity rule locked: the same password check as login.
    Outcome unlock(PersonSession& person, std::string_view password);

    // Re-wraps the person's key under the new password (the key itself is unchanged, so what
    // they signed stays theirs). Refused for a wrong old password (counted like a login) or a
    // short new one; the stored wrap changes only on success, in one transaction.
    Outcome changePassword(PersonSession& person, std::string_view oldPassword,
                           std::string_view newPassword);

    std::vector<AccountInfo> accounts();
    std::optional<AccountInfo> account(const std::string& name);

private:
    Outcome validateNew(const std::string& name, std::string_view password);
    void insertAccount(const std::string& name, Role role, std::string_view password,
                       const crypto::SigningKeyPair& key);
    Result<crypto::SigningKeyPair> checkPassword(const std::string& name,
                                                 std::string_view password);

    SiteStore& m_store;
};

} // namespace examroom::site
