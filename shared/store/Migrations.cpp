#include "store/Migrations.h"

#include "store/Database.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <sqlcipher/sqlite3.h>
#include <string>

namespace examroom::store {

namespace {

std::string describe(const Migration& migration)
{
    return "migration " + std::to_string(migration.version) + " (" + std::string(migration.label) +
           ")";
}

// Foreign-key enforcement is switched off while migrating, because SQLite's way of changing
// a table (create new, copy, drop old, rename) would otherwise cascade or fail on the DROP;
// the pragma is a no-op inside a transaction, so it is toggled around them. Each migration
// is checked with foreign_key_check before it commits instead.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(Database& db) : m_db(db) { m_db.exec("PRAGMA foreign_keys = OFF"); }
    ~ForeignKeysOff()
    {
        try {
            m_db.exec("PRAGMA foreign_keys = ON");
        } catch (...) {
            // Cannot fail outside a transaction; a destructor must not throw anyway.
        }
    }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    Database& m_db;
};

// Returns false if another connection applied the migration first.
bool apply(Database& db, const Migration& migration)
{
    Transaction transaction(db);
    // Re-read inside the write lock: another process may have migrated meanwhile.
    if (db.userVersion() >= migration.version)
        return false;
    try {
        db.exec(migration.sql);
    } catch (const StoreError& error) {
        throw StoreError(error.extendedResultCode(), describe(migration) + ": " + error.what());
    }
    // A COMMIT or ROLLBACK inside the script would have ended our transaction and
    // broken the "one migration, one transaction" rule.
    if (!db.inTransaction())
        throw StoreError(SQLITE_MISUSE,
                         describe(migration) + " must not contain BEGIN, COMMIT or ROLLBACK",
                         "database: " + db.path().string());

    {
        Statement check = db.prepare("PRAGMA foreign_key_check");
        if (check.step())
            throw StoreError(SQLITE_CONSTRAINT,
                             describe(migration) +
                                 " leaves rows violating a foreign key in table " +
                                 check.columnText(0),
                             "database: " + db.path().string());
    }
    db.exec("PRAGMA user_version = " + std::to_string(migration.version));
    transaction.commit();
    return true;
}

} // namespace

void validateMigrations(std::span<const Migration> migrations)
{
    for (std::size_t i = 0; i < migrations.size(); ++i) {
        const int expected = static_cast<int>(i) + 1;
        if (migrations[i].version != expected)
            throw StoreError(SQLITE_MISUSE, "invalid migration set: expected version " +
                                                std::to_string(expected) + " at position " +
                                                std::to_string(i + 1) + ", found " +
                                                describe(migrations[i]) +
                                                " (versions must ascend from 1 without gaps)");
    }
}

int migrate(Database& db, std::span<const Migration> migrations)
{
    validateMigrations(migrations);
    const int newest = static_cast<int>(migrations.size());
    const int current = db.userVersion();
    if (current > newest)
        throw StoreError(SQLITE_ERROR,
                         "database is at version " + std::to_string(current) +
                             ", this program knows up to " + std::to_string(newest),
                         "database: " + db.path().string());
    if (current == newest)
        return 0;

    ForeignKeysOff foreignKeysOff(db);
    int applied = 0;
    for (const Migration& migration : migrations.subspan(static_cast<std::size_t>(current))) {
        if (apply(db, migration))
            ++applied;
    }
    return applied;
}

} // namespace examroom::store
