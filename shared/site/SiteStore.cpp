#include "site/SiteStore.h"

#include "site/PersonSession.h"
#include "store/Migrations.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <algorithm>

namespace examroom::site {

SiteStore::SiteStore(store::Database db, const Clock& clock, SiteOptions options,
                     crypto::SigningKeyPair consoleKey)
    : m_db(std::move(db)), m_clock(clock), m_options(options), m_consoleKey(std::move(consoleKey)),
      m_audit(m_db, m_clock)
{
}

std::unique_ptr<SiteStore> SiteStore::open(const std::filesystem::path& path,
                                           std::span<const std::uint8_t, 32> rawKey,
                                           const Clock& clock, SiteOptions options)
{
    store::OpenOptions open;
    // The audit log and check-in must survive a power cut.
    open.durability = store::Durability::Full;
    auto db = store::Database::open(path, rawKey, open);
    store::migrate(db, schema::siteMigrations());

    auto read = db.prepare("SELECT console_secret_key FROM site_identity WHERE id = 1");
    if (read.step()) {
        auto bytes = read.columnBlob(0);
        crypto::SecretBytes secret(bytes);
        std::fill(bytes.begin(), bytes.end(), std::uint8_t{0});
        auto key = crypto::SigningKeyPair::fromSecretKey(std::move(secret));
        read.reset();
        return std::unique_ptr<SiteStore>(
            new SiteStore(std::move(db), clock, options, std::move(key)));
    }
    read.reset();
    auto key = crypto::SigningKeyPair::generate();
    {
        store::Transaction tx(db);
        auto insert = db.prepare("INSERT INTO site_identity (id, console_secret_key, "
                                 "console_public_key, created_at) VALUES (1, ?, ?, ?)");
        insert.bindBlob(1, key.secretKey().span())
            .bindBlob(2, key.publicKey())
            .bind(3, std::int64_t(clock.now().time_since_epoch().count()));
        insert.execute();
        tx.commit();
    }
    return std::unique_ptr<SiteStore>(new SiteStore(std::move(db), clock, options, std::move(key)));
}

Outcome SiteStore::admit(PersonSession& person, bool proctorOnly)
{
    auto now = m_clock.now();
    if (person.isLockedAt(now, m_options.inactivityLimit))
        return Outcome::refused(Refusal::SessionLocked,
                                "the console is locked after inactivity: enter your password");
    if (proctorOnly && !canProctor(person.role()))
        return Outcome::refused(Refusal::NotPermitted, std::string("a ") +
                                                           std::string(roleName(person.role())) +
                                                           " may not do this");
    person.touch(now);
    return Outcome::success();
}

} // namespace examroom::site
