#include "site/AccountManager.h"

#include "crypto/KeyDerivation.h"
#include "crypto/KeyWrap.h"
#include "site/SiteStore.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace examroom::site {
namespace {

constexpr std::size_t kMaxNameLength = 64;

std::int64_t seconds(std::chrono::sys_seconds t)
{
    return t.time_since_epoch().count();
}

crypto::SigningPublicKey toKey(const std::vector<std::uint8_t>& bytes)
{
    crypto::SigningPublicKey key{};
    if (bytes.size() == key.size())
        std::copy(bytes.begin(), bytes.end(), key.begin());
    return key;
}

// The stored wrap of a person key: Argon2id parameters and the wrapped 64-byte secret key.
struct Wrap
{
    crypto::ByteVector params;
    crypto::ByteVector wrapped;
};

Wrap wrapUnder(std::string_view password, const crypto::SigningKeyPair& key,
               crypto::KdfStrength strength)
{
    auto params = crypto::KdfParams::fresh(strength);
    auto kek = crypto::deriveKey(password, params);
    return {params.toBytes(), crypto::wrapKey(kek, key.secretKey())};
}

} // namespace

bool AccountManager::hasAccounts()
{
    auto count = m_store.database().prepare("SELECT count(*) FROM accounts");
    count.step();
    return count.columnInt64(0) > 0;
}

Outcome AccountManager::validateNew(const std::string& name, std::string_view password)
{
    if (name.empty() || name.size() > kMaxNameLength ||
        std::any_of(name.begin(), name.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }) ||
        name == "console")
        return Outcome::refused(Refusal::InvalidInput,
                                "a name is 1 to 64 characters without control characters");
    if (password.size() < m_store.options().minPasswordLength)
        return Outcome::refused(Refusal::InvalidInput,
                                "a password has at least " +
                                    std::to_string(m_store.options().minPasswordLength) +
                                    " characters");
    if (account(name))
        return Outcome::refused(Refusal::InvalidInput, "the name " + name + " is taken");
    return Outcome::success();
}

void AccountManager::insertAccount(const std::string& name, Role role, std::string_view password,
                                   const crypto::SigningKeyPair& key)
{
    Wrap wrap = wrapUnder(password, key, m_store.options().kdfStrength);
    auto insert = m_store.database().prepare(
        "INSERT INTO accounts (name, role, kdf_params, wrapped_key, public_key, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, std::string_view(name))
        .bind(2, roleName(role))
        .bindBlob(3, wrap.params)
        .bindBlob(4, wrap.wrapped)
        .bindBlob(5, key.publicKey())
        .bind(6, seconds(m_store.clock().now()));
    insert.execute();
}

Result<PersonSession> AccountManager::createFirstAdministrator(const std::string& name,
                                                               std::string_view password)
{
    if (hasAccounts())
        return Result<PersonSession>::refused(
            Outcome::refused(Refusal::WrongState, "the administrator exists already"));
    if (auto valid = validateNew(name, password); !valid)
        return Result<PersonSession>::refused(valid);
    auto key = crypto::SigningKeyPair::generate();
    store::Transaction tx(m_store.database());
    insertAccount(name, Role::Administrator, password, key);
    m_store.audit().appendWithin(name, key, "account-create", name, "first start",
                                 nlohmann::json{{"role", "administrator"}}.dump());
    tx.commit();
    return Result<PersonSession>::success(
        PersonSession(name, Role::Administrator, std::move(key), m_store.clock().now()));
}

Outcome AccountManager::createAccount(PersonSession& admin, const std::string& name, Role role,
                                      std::string_view password)
{
    if (auto gate = m_store.admit(admin, false); !gate)
        return gate;
    if (admin.role() != Role::Administrator)
        return Outcome::refused(Refusal::NotPermitted, "only an administrator adds accounts");
    if (auto valid = validateNew(name, password); !valid)
        return valid;
    auto key = crypto::SigningKeyPair::generate();
    store::Transaction tx(m_store.database());
    insertAccount(name, role, password, key);
    m_store.audit().appendWithin(admin.name(), admin.key(), "account-create", name, "",
                                 nlohmann::json{{"role", roleName(role)}}.dump());
    tx.commit();
    return Outcome::success();
}

Result<crypto::SigningKeyPair> AccountManager::checkPassword(const std::string& name,
                                                             std::string_view password)
{
    using R = Result<crypto::SigningKeyPair>;
    auto& db = m_store.database();
    const auto now = m_store.clock().now();
    auto read = db.prepare("SELECT kdf_params, wrapped_key, public_key, failed_attempts, "
                           "blocked_until FROM accounts WHERE name = ?");
    read.bind(1, std::string_view(name));
    if (!read.step()) {
        store::Transaction tx(db);
        m_store.audit().appendWithin("console", m_store.consoleKey(), "login-failed", name, "",
                                     R"({"account":"unknown"})");
        tx.commit();
        return R::refused(Outcome::refused(Refusal::WrongPassword, "wrong name or password"));
    }
    auto paramBytes = read.columnBlob(0);
    auto wrapped = read.columnBlob(1);
    auto publicKey = toKey(read.columnBlob(2));
    int failures = int(read.columnInt64(3));
    std::int64_t blockedUntil = read.columnInt64(4);
    read.reset();
    if (seconds(now) < blockedUntil)
        return R::refused(Outcome::refused(
            Refusal::RateLimited, "too many wrong passwords: wait, then try again", blockedUntil));

    auto params = crypto::KdfParams::fromBytes(paramBytes);
    if (!params)
        throw std::runtime_error("site.db: the key parameters of an account are corrupt");
    auto kek = crypto::deriveKey(password, *params);
    auto secret = crypto::unwrapKey(kek, wrapped);
    if (!secret) {
        ++failures;
        auto wait = m_store.options().loginBackoff.waitAfter(failures);
        std::int64_t until = wait.count() > 0 ? seconds(now) + wait.count() : 0;
        store::Transaction tx(db);
        auto update = db.prepare("UPDATE accounts SET failed_attempts = ?, total_failures = "
                                 "total_failures + 1, blocked_until = ? WHERE name = ?");
        update.bind(1, failures).bind(2, until).bind(3, std::string_view(name));
        update.execute();
        m_store.audit().appendWithin("console", m_store.consoleKey(), "login-failed", name, "",
                                     nlohmann::json{{"consecutive", failures}}.dump());
        tx.commit();
        if (until > 0)
            return R::refused(
                Outcome::refused(Refusal::RateLimited,
                                 "wrong password; too many in a row: wait, then try again", until));
        return R::refused(Outcome::refused(Refusal::WrongPassword, "wrong name or password"));
    }
    auto key = crypto::SigningKeyPair::fromSecretKey(std::move(*secret));
    if (key.publicKey() != publicKey)
        throw std::runtime_error("site.db: an account's key does not match its public key");
    if (failures > 0) {
        auto reset =
            db.prepare("UPDATE accounts SET failed_attempts = 0, blocked_until = 0 WHERE name = ?");
        reset.bind(1, std::string_view(name));
        reset.execute();
    }
    return R::success(std::move(key));
}

Result<PersonSession> AccountManager::login(const std::string& name, std::string_view password)
{
    auto checked = checkPassword(name, password);
    if (!checked)
        return Result<PersonSession>::refused(checked.outcome);
    auto info = account(name);
    store::Transaction tx(m_store.database());
    m_store.audit().appendWithin(name, *checked.value, "login", name, "");
    tx.commit();
    return Result<PersonSession>::success(
        PersonSession(name, info->role, std::move(*checked.value), m_store.clock().now()));
}

Outcome AccountManager::unlock(PersonSession& person, std::string_view password)
{
    auto checked = checkPassword(person.name(), password);
    if (!checked)
        return checked.outcome;
    store::Transaction tx(m_store.database());
    m_store.audit().appendWithin(person.name(), person.key(), "unlock", person.name(), "");
    tx.commit();
    person.touch(m_store.clock().now());
    return Outcome::success();
}

Outcome AccountManager::changePassword(PersonSession& person, std::string_view oldPassword,
                                       std::string_view newPassword)
{
    if (auto gate = m_store.admit(person, false); !gate)
        return gate;
    if (newPassword.size() < m_store.options().minPasswordLength)
        return Outcome::refused(Refusal::InvalidInput,
                                "a password has at least " +
                                    std::to_string(m_store.options().minPasswordLength) +
                                    " characters");
    auto checked = checkPassword(person.name(), oldPassword);
    if (!checked)
        return checked.outcome;
    Wrap wrap = wrapUnder(newPassword, *checked.value, m_store.options().kdfStrength);
    store::Transaction tx(m_store.database());
    auto update = m_store.database().prepare(
        "UPDATE accounts SET kdf_params = ?, wrapped_key = ? WHERE name = ?");
    update.bindBlob(1, wrap.params)
        .bindBlob(2, wrap.wrapped)
        .bind(3, std::string_view(person.name()));
    update.execute();
    m_store.audit().appendWithin(person.name(), person.key(), "password-change", person.name(), "");
    tx.commit();
    return Outcome::success();
}

std::vector<AccountInfo> AccountManager::accounts()
{
    std::vector<AccountInfo> out;
    auto read = m_store.database().prepare("SELECT name, role, public_key, failed_attempts, "
                                           "total_failures FROM accounts ORDER BY name");
    while (read.step()) {
        AccountInfo info;
        info.name = read.columnText(0);
        info.role = roleFromName(read.columnText(1)).value_or(Role::Proctor);
        info.publicKey = toKey(read.columnBlob(2));
        info.failedAttempts = int(read.columnInt64(3));
        info.totalFailures = int(read.columnInt64(4));
        out.push_back(std::move(info));
    }
    return out;
}

std::optional<AccountInfo> AccountManager::account(const std::string& name)
{
    for (auto& info : accounts())
        if (info.name == name)
            return info;
    return std::nullopt;
}

} // namespace examroom::site
