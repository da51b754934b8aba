#include "store/Database.h"

#include "store/StoreError.h"
#include "store/WalReserve.h"

#include <array>
#include <sodium.h>
#include <sqlcipher/sqlite3.h>
#include <string>
#include <utility>

namespace examroom::store {

namespace {

// Closes a half-opened connection when open() fails part-way.
struct ConnectionGuard
{
    sqlite3* db = nullptr;
    ConnectionGuard() = default;
    ConnectionGuard(const ConnectionGuard&) = delete;
    ConnectionGuard& operator=(const ConnectionGuard&) = delete;
    ~ConnectionGuard() { sqlite3_close_v2(db); }
    // Closes the connection held so far (a failed attempt) before the next one.
    void reset(sqlite3* next = nullptr) { sqlite3_close_v2(std::exchange(db, next)); }
    sqlite3* release() { return std::exchange(db, nullptr); }
};

void execOrThrow(sqlite3* db, const char* sql, const char* action)
{
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        throw StoreError::fromConnection(db, rc, action, sql);
}

// Runs a single-row PRAGMA or query and returns its first column as text ("" for no row).
std::string queryText(sqlite3* db, const char* sql, const char* action)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        throw StoreError::fromConnection(db, rc, action, sql);
    std::string result;
    rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        if (const auto* text = sqlite3_column_text(stmt, 0))
            result = reinterpret_cast<const char*>(text);
        rc = SQLITE_DONE;
    }
    if (rc != SQLITE_DONE) {
        StoreError error = StoreError::fromConnection(db, rc, action, sql);
        sqlite3_finalize(stmt);
        throw error;
    }
    sqlite3_finalize(stmt);
    return result;
}

// Hands SQLCipher the raw key as x'<64 hex>', so it skips its PBKDF2 step.
void applyRawKey(sqlite3* db, std::span<const std::uint8_t, 32> rawKey)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::array<char, 2 + 64 + 1> blobLiteral{};
    blobLiteral[0] = 'x';
    blobLiteral[1] = '\'';
    for (std::size_t i = 0; i < rawKey.size(); ++i) {
        blobLiteral[2 + 2 * i] = digits[rawKey[i] >> 4];
        blobLiteral[3 + 2 * i] = digits[rawKey[i] & 0x0f];
    }
    blobLiteral.back() = '\'';
    // sqlite3_key rather than PRAGMA key: the key does not pass through SQL text that SQLite
    // might keep around.
    const int rc = sqlite3_key(db, blobLiteral.data(), static_cast<int>(blobLiteral.size()));
    // SQLCipher keeps its own copy; ours must not linger on the stack.
    sodium_memzero(blobLiteral.data(), blobLiteral.size());
    if (rc != SQLITE_OK)
        throw StoreError::fromConnection(db, rc, "setting the key");
}

// Opens the file (no key yet). Throws StoreError when SQLite cannot.
sqlite3* connect(const std::filesystem::path& path, const OpenOptions& options)
{
    ConnectionGuard guard;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
    if (options.createIfMissing)
        flags |= SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.c_str(), &guard.db, flags, nullptr);
    if (rc != SQLITE_OK) {
        throw StoreError(rc, std::string("cannot open database: ") + sqlite3_errstr(rc),
                         "database: " + path.string());
    }
    sqlite3_extended_result_codes(guard.db, 1);
    return guard.release();
}

// Keys the connection with the cipher page size, checks that SQLCipher is the library in use
// and reads the schema: SQLITE_ROW when the key and the page size fit the file (or the file is
// new), SQLite's error otherwise (SQLITE_NOTADB for a wrong key or another page size).
int keyAndRead(sqlite3* db, const std::filesystem::path& path,
               std::span<const std::uint8_t, 32> rawKey, int pageSize, bool exclusive)
{
    applyRawKey(db, rawKey);
    // Must come before the first read: the page size is part of the file format.
    const std::string pragma = "PRAGMA cipher_page_size = " + std::to_string(pageSize);
    execOrThrow(db, pragma.c_str(), "setting the cipher page size");

    // If plain SQLite had won symbol resolution, PRAGMA key would be a silent no-op and we
    // would write the candidates' data in clear. Only SQLCipher knows cipher_version.
    if (queryText(db, "PRAGMA cipher_version", "checking SQLCipher").empty())
        throw StoreError(SQLITE_MISUSE,
                         "SQLCipher is not active (PRAGMA cipher_version is empty); refusing to "
                         "store data unencrypted",
                         "database: " + path.string());

    // Before the first read, so that a WAL file's index is never put in shared memory.
    if (exclusive && queryText(db, "PRAGMA locking_mode = EXCLUSIVE",
                               "taking the file for this connection") != "exclusive")
        throw StoreError(SQLITE_ERROR, "the database refused the exclusive locking mode",
                         "database: " + path.string());

    // Keying never fails by itself; a wrong key only shows on the first read of a page.
    sqlite3_stmt* stmt = nullptr;
    int verify = sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master", -1, &stmt, nullptr);
    if (verify == SQLITE_OK)
        verify = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return verify;
}

} // namespace

Database::Database(sqlite3* db, std::filesystem::path path) : m_db(db), m_path(std::move(path)) {}

Database Database::open(const std::filesystem::path& path, std::span<const std::uint8_t, 32> rawKey,
                        const OpenOptions& options)
{
    if (options.cipherPageSizes.empty())
        throw StoreError(SQLITE_MISUSE, "no cipher page size to open the database with",
                         "database: " + path.string());
    ConnectionGuard guard;
    std::size_t attempt = 0;
    for (;; ++attempt) {
        guard.reset(connect(path, options));
        const int verify =
            keyAndRead(guard.db, path, rawKey, options.cipherPageSizes[attempt], options.exclusive);
        if (verify == SQLITE_ROW)
            break;
        // A file written with another page size fails its first page's HMAC exactly like a
        // wrong key (SQLITE_NOTADB); the failed connection changed nothing (a checkpoint
        // refuses a WAL of another page size), so the next size gets the file as it was.
        if ((verify & 0xff) == SQLITE_BUSY)
            throw StoreError(
                verify, "the database is in use by another connection or process: " + path.string(),
                "database: " + path.string());
        if (verify != SQLITE_NOTADB || attempt + 1 == options.cipherPageSizes.size()) {
            throw StoreError(verify,
                             "wrong key or not an encrypted database: " + path.string() + " (" +
                                 sqlite3_errstr(verify) + ")",
                             "database: " + path.string());
        }
    }
    sqlite3* db = guard.db;

    if (sqlite3_busy_timeout(db, static_cast<int>(options.busyTimeout.count())) != SQLITE_OK)
        throw StoreError::fromConnection(db, SQLITE_ERROR, "setting the busy timeout");
    // WAL: readers do not block the writer, and a commit is one append (the -wal file is
    // encrypted like the main file).
    if (queryText(db, "PRAGMA journal_mode = WAL", "enabling WAL") != "wal")
        throw StoreError(SQLITE_ERROR, "the database refused WAL journal mode",
                         "database: " + path.string());
    execOrThrow(db,
                options.durability == Durability::Full ? "PRAGMA synchronous = FULL"
                                                       : "PRAGMA synchronous = NORMAL",
                "setting durability");
    // Off by default in SQLite, per connection.
    execOrThrow(db, "PRAGMA foreign_keys = ON", "enabling foreign keys");
    if (options.keptWalFrames > 0) {
        int keep = 1;
        const int rc = sqlite3_file_control(db, "main", SQLITE_FCNTL_PERSIST_WAL, &keep);
        if (rc != SQLITE_OK)
            throw StoreError(rc, "SQLite refused to keep the WAL file between opens",
                             "database: " + path.string());
    }

    Database database(guard.release(), path);
    if (options.keptWalFrames > 0)
        reserveWal(database, options.cipherPageSizes[attempt], options.keptWalFrames);
    return database;
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)),
      m_cache(std::move(other.m_cache))
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        m_cache.reset();
        sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

Database::~Database()
{
    m_cache.reset();
    // close_v2: statements still alive keep the connection as a zombie until finalized,
    // instead of the close failing with SQLITE_BUSY and leaking it.
    sqlite3_close_v2(m_db);
}

void Database::exec(std::string_view sql)
{
    // sqlite3_exec needs a terminated string.
    const std::string script(sql);
    const int rc = sqlite3_exec(m_db, script.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        throw StoreError::fromConnection(m_db, rc, "executing script", script);
}

namespace {

void callBlobFunction(sqlite3_context* context, int, sqlite3_value** values)
{
    const auto& convert = *static_cast<Database::BlobFunction*>(sqlite3_user_data(context));
    const auto* bytes = static_cast<const char*>(sqlite3_value_blob(values[0]));
    const auto size = static_cast<std::size_t>(sqlite3_value_bytes(values[0]));
    try {
        const auto out = convert(std::string_view(bytes ? bytes : "", size));
        sqlite3_result_blob(context, out.data(), static_cast<int>(out.size()), SQLITE_TRANSIENT);
    } catch (const std::exception& e) {
        sqlite3_result_error(context, e.what(), -1);
    }
}

void deleteBlobFunction(void* function)
{
    delete static_cast<Database::BlobFunction*>(function);
}

} // namespace

void Database::defineFunction(const std::string& name, BlobFunction convert)
{
    auto* function = new BlobFunction(std::move(convert));
    // On failure SQLite calls the destructor itself.
    const int rc = sqlite3_create_function_v2(
        m_db, name.c_str(), 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, function, callBlobFunction,
        nullptr, nullptr, deleteBlobFunction);
    if (rc != SQLITE_OK)
        throw StoreError::fromConnection(m_db, rc, "defining SQL function " + name);
}

Statement Database::prepare(std::string_view sql)
{
    sqlite3_stmt* stmt = nullptr;
    const char* tail = nullptr;
    int rc = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, &tail);
    if (rc != SQLITE_OK)
        throw StoreError::fromConnection(m_db, rc, "preparing statement", sql);
    Statement statement(stmt, std::string(sql));
    if (!stmt)
        throw StoreError(SQLITE_MISUSE, "preparing statement failed: no SQL statement",
                         "SQL: " + std::string(sql));

    // prepare_v2 silently ignores everything after the first statement; a second statement
    // there is a bug (use exec()), trailing whitespace or comments are not.
    const char* end = sql.data() + sql.size();
    if (tail && tail < end) {
        sqlite3_stmt* next = nullptr;
        rc = sqlite3_prepare_v2(m_db, tail, static_cast<int>(end - tail), &next, nullptr);
        sqlite3_finalize(next);
        if (rc != SQLITE_OK || next)
            throw StoreError(SQLITE_MISUSE,
                             "preparing statement failed: more than one statement; use exec()",
                             "SQL: " + std::string(sql));
    }
    return statement;
}

Statement& Database::cached(std::string_view sql)
{
    if (!m_cache)
        m_cache = std::make_unique<std::map<std::string, Statement, std::less<>>>();
    auto found = m_cache->find(sql);
    if (found == m_cache->end())
        found = m_cache->emplace(std::string(sql), prepare(sql)).first;
    found->second.reset();
    found->second.clearBindings();
    return found->second;
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

int Database::userVersion()
{
    Statement statement = prepare("PRAGMA user_version");
    statement.step();
    return static_cast<int>(statement.columnInt64(0));
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

} // namespace examroom::store
