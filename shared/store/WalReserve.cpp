#include "store/WalReserve.h"

#include "store/Database.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <cstdint>
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
    Transaction transaction(db);
    db.exec("DROP TABLE store_wal_reserve");
    transaction.commit();
}

} // namespace examroom::store
