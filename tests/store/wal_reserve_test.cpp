#include "store/Transaction.h"
#include "StoreTestHelpers.h"
#include "TestSupport.h"

#include <doctest/doctest.h>
#include <filesystem>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace examroom::store;
using examroom::store::test::countRows;
using examroom::store::test::queryInt;
using examroom::store::test::testKey;

// OpenOptions::keptWalFrames: commits write over a WAL file that is already long enough, the
// file outlives the connection, and nothing about the data changes.

namespace {

constexpr int pageSize = 1024;
constexpr int frames = 1000;
// 32-byte file header, then a 24-byte header per frame.
constexpr std::uintmax_t reservedBytes = 32 + std::uintmax_t(frames) * (pageSize + 24);

OpenOptions keptWal()
{
    OpenOptions options;
    options.durability = Durability::Full;
    options.cipherPageSizes = {pageSize};
    options.exclusive = true;
    options.keptWalFrames = frames;
    return options;
}

std::uintmax_t walSize(const std::filesystem::path& db)
{
    return std::filesystem::file_size(db.string() + "-wal");
}

// One small row per commit, like an answer save.
void saveRows(Database& db, int count)
{
    const std::vector<std::uint8_t> payload(60, 0x5a);
    for (int i = 0; i < count; ++i) {
        Transaction transaction(db);
        db.prepare("INSERT INTO journal (payload) VALUES (?)").bind(1, payload).execute();
        transaction.commit();
    }
}

} // namespace

TEST_CASE("a kept WAL is grown at open and small commits never grow it again")
{
    examroom::test::TempDir dir;
    const auto path = dir / "kept.db";
    Database db = Database::open(path, testKey(), keptWal());
    const auto reserved = walSize(path);
    CHECK(reserved >= reservedBytes);
    // The scratch table that grew it is gone, and the connection wipes freed pages as one
    // opened without a kept WAL does (the growing turns that off for its scratch table only).
    CHECK(queryInt(db, "SELECT count(*) FROM sqlite_master") == 0);
    OpenOptions plain;
    plain.cipherPageSizes = {pageSize};
    Database other = Database::open(dir / "plain.db", testKey(), plain);
    CHECK(queryInt(db, "PRAGMA secure_delete") == queryInt(other, "PRAGMA secure_delete"));

    db.exec("CREATE TABLE journal (id INTEGER PRIMARY KEY, payload BLOB NOT NULL)");
    saveRows(db, 300);
    CHECK(walSize(path) == reserved);
    CHECK(countRows(db, "journal") == 300);
}

TEST_CASE("a kept WAL outlives the connection and keeps its length across opens")
{
    examroom::test::TempDir dir;
    const auto path = dir / "kept.db";
    std::uintmax_t reserved = 0;
    {
        Database db = Database::open(path, testKey(), keptWal());
        db.exec("CREATE TABLE journal (id INTEGER PRIMARY KEY, payload BLOB NOT NULL)");
        saveRows(db, 200);
        reserved = walSize(path);
    }
    REQUIRE(std::filesystem::exists(path.string() + "-wal"));
    CHECK(walSize(path) == reserved);

    Database db = Database::open(path, testKey(), keptWal());
    CHECK(countRows(db, "journal") == 200);
    // Past the auto-checkpoint, where the log starts again from its first frame.
    saveRows(db, 900);
    CHECK(walSize(path) == reserved);
    CHECK(countRows(db, "journal") == 1100);
}

TEST_CASE("without a kept WAL the file goes when the connection closes")
{
    examroom::test::TempDir dir;
    const auto path = dir / "plain.db";
    OpenOptions options = keptWal();
    options.keptWalFrames = 0;
    {
        Database db = Database::open(path, testKey(), options);
        db.exec("CREATE TABLE journal (id INTEGER PRIMARY KEY, payload BLOB NOT NULL)");
        saveRows(db, 10);
        CHECK(walSize(path) < reservedBytes);
    }
    CHECK_FALSE(std::filesystem::exists(path.string() + "-wal"));
}

TEST_CASE("commits a killed process left in a kept WAL are all there at the next open")
{
    examroom::test::TempDir dir;
    const auto path = dir / "killed.db";
    {
        Database db = Database::open(path, testKey(), keptWal());
        db.exec("CREATE TABLE journal (id INTEGER PRIMARY KEY, payload BLOB NOT NULL)");
        saveRows(db, 50);
    }
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        int code = 3;
        try {
            Database db = Database::open(path, testKey(), keptWal());
            saveRows(db, 120);
            code = 0;
        } catch (...) {
        }
        // No close: the 120 commits are only in the WAL, never checkpointed.
        ::_exit(code);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);

    Database db = Database::open(path, testKey(), keptWal());
    CHECK(countRows(db, "journal") == 170);
    Statement check = db.prepare("PRAGMA integrity_check");
    check.step();
    CHECK(check.columnText(0) == "ok");
}
