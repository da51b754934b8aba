#pragma once

#include "store/OpenOptions.h"
#include "store/Statement.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>

struct sqlite3;

namespace examroom::store {

// An open, keyed SQLCipher connection (RAII over sqlite3*). There is deliberately no way to
// open a database without a key: every database of the product is encrypted at rest.
// Move-only; one connection belongs to one thread at a time.
class Database
{
public:
    // Opens (or creates) the database at `path` with a 32-byte raw key (SQLCipher's KDF is
    // skipped: the key already comes from our own KDF) and the first of the options' cipher
    // page sizes the file opens with, verifies the key by reading, checks
    // that SQLCipher (not plain SQLite) is linked, and sets WAL, foreign keys and the
    // requested durability. On failure throws StoreError and leaves no connection open (a
    // file created by this call may remain, empty).
    static Database open(const std::filesystem::path& path,
                         std::span<const std::uint8_t, 32> rawKey, const OpenOptions& options = {});

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    // Runs a script of one or more statements. On failure throws StoreError; statements
    // before the failing one stay applied unless the caller wraps the call in a Transaction.
    void exec(std::string_view sql);

    // Compiles exactly one statement. On failure throws StoreError and leaves nothing behind.
    Statement prepare(std::string_view sql);

    // The statement for `sql`, compiled on first use and kept as long as this connection, handed
    // out reset and with its parameters cleared: for statements on a hot path (every answer
    // save). The reference stays valid until the Database goes; do not hold it across another
    // cached() call of the same SQL. A SELECT left on a row holds its read snapshot: step it
    // to the end or reset() it when done. Throws StoreError as prepare().
    Statement& cached(std::string_view sql);

    // Registers the deterministic SQL function `name(x)` on this connection: x's bytes (text or
    // blob) in, `convert`'s result out as a blob; an exception from `convert` fails the
    // statement with its message. For migrations that rewrite stored rows with the product's
    // own codecs (schema/*/NNN_*.sql call it; the opener registers it before migrating).
    // Throws StoreError if SQLite refuses the registration.
    using BlobFunction = std::function<std::string(std::string_view)>;
    void defineFunction(const std::string& name, BlobFunction convert);

    // The rowid of the most recent successful INSERT on this connection (0 if none).
    std::int64_t lastInsertRowId() const;
    // Rows changed by the most recent INSERT, UPDATE or DELETE on this connection.
    int changes() const;
    // PRAGMA user_version, the schema version set by migrate(). Throws StoreError on failure.
    int userVersion();
    // True while a transaction is open on this connection.
    bool inTransaction() const;

    const std::filesystem::path& path() const { return m_path; }

private:
    Database(sqlite3* db, std::filesystem::path path);

    sqlite3* m_db = nullptr;
    std::filesystem::path m_path;
    // Finalized before the connection closes (declared after m_db, destroyed first anyway).
    std::unique_ptr<std::map<std::string, Statement, std::less<>>> m_cache;
};

} // namespace examroom::store
