#include "store/WalReserve.h"

#include "store/Database.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <string>
#include <system_error>

namespace examroom::store {

namespace {

// The WAL file format: a 32-byte file header, then per frame a 24-byte header and one page.
constexpr std::uintmax_t walHeaderBytes = 32;
constexpr std::uintmax_t frameHeaderBytes = 24;

std::uintmax_t walFileSize(const Database& db)
{
    std::error_code error;
    const auto size = std::filesystem::file_size(db.path().string() + "-wal", error);
    return error ? 0 : size;
}

// Turns PRAGMA secure_delete off for its lifetime and restores the connection's setting.
class SecureDeleteOff
{
public:
    explicit SecureDeleteOff(Database& db) : m_db(db)
    {
        auto query = m_db.prepare("PRAGMA secure_delete");
        m_wasOn = query.step() && query.columnInt64(0) != 0;
        query.reset();
        m_db.exec("PRAGMA secure_delete = OFF");
    }
    ~SecureDeleteOff()
    {
        if (!m_wasOn)
            return;
        try {
            m_db.exec("PRAGMA secure_delete = ON");
        } catch (const std::exception& e) {
            // Not setting it back would leave freed pages of later deletes readable (encrypted)
            // in the file: stop rather than go on quietly.
            std::fprintf(stderr, "store: secure_delete could not be restored: %s\n", e.what());
            std::abort();
        }
    }
    SecureDeleteOff(const SecureDeleteOff&) = delete;
    SecureDeleteOff& operator=(const SecureDeleteOff&) = delete;

private:
    Database& m_db;
    bool m_wasOn = false;
};

} // namespace

void reserveWal(Database& db, int pageSize, int frames)
{
    const std::uintmax_t wanted =
        walHeaderBytes + std::uintmax_t(frames) * (std::uintmax_t(pageSize) + frameHeaderBytes);
    if (walFileSize(db) >= wanted)
        return;
    // A page holds less than pageSize bytes of a blob (SQLCipher reserves room for its IV and
    // HMAC), so frames × pageSize bytes take more than `frames` pages.
    {
        Transaction transaction(db);
        db.exec("CREATE TABLE store_wal_reserve (filler BLOB NOT NULL)");
        db.prepare("INSERT INTO store_wal_reserve (filler) VALUES (zeroblob(?))")
            .bindInt64(1, std::int64_t(frames) * pageSize)
            .execute();
        transaction.commit();
    }
    // SQLCipher as Debian builds it zeroes freed pages (secure_delete): the drop would write
    // the blob's pages through the log a second time, and a second checkpoint would copy them.
    // The blob is zeros, so nothing needs wiping; the setting comes back whatever happens.
    SecureDeleteOff wipeNothing(db);
    Transaction transaction(db);
    db.exec("DROP TABLE store_wal_reserve");
    transaction.commit();
}

} // namespace examroom::store
