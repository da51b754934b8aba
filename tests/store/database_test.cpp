#include "store/StoreError.h"
#include "store/Transaction.h"
#include "StoreTestHelpers.h"
#include "TestSupport.h"

#include <doctest/doctest.h>
#include <filesystem>
#include <sqlcipher/sqlite3.h>
#include <string>

using namespace examroom::store;
using examroom::store::test::countRows;
using examroom::store::test::testKey;

namespace {

// Distinctive personal data that must never appear in clear in any file of the database.
const std::string chineseName = "欧阳娜娜测试考生";
const std::string idNumber = "11010519491231002X";

bool contains(const std::string& haystack, const std::string& needle)
{
    return haystack.find(needle) != std::string::npos;
}

void insertCandidates(Database& db, int count)
{
    db.exec("CREATE TABLE IF NOT EXISTS candidates (name TEXT, idNumber TEXT)");
    Transaction transaction(db);
    Statement insert = db.prepare("INSERT INTO candidates VALUES (?, ?)");
    for (int i = 0; i < count; ++i)
        insert.bind(1, chineseName).bind(2, idNumber).execute();
    transaction.commit();
}

} // namespace

TEST_CASE("a new database is created and keyed and reopens with the same key")
{
    examroom::test::TempDir dir;
    const auto key = testKey(3);
    {
        Database db = Database::open(dir / "a.db", key);
        CHECK(db.path() == dir / "a.db");
        insertCandidates(db, 3);
    }
    Database db = Database::open(dir / "a.db", key);
    CHECK(countRows(db, "candidates") == 3);
}

TEST_CASE("opening with a wrong key fails with a clear error naming the file")
{
    examroom::test::TempDir dir;
    const auto path = dir / "keyed.db";
    {
        const auto key = testKey(1);
        Database db = Database::open(path, key);
        insertCandidates(db, 1);
    }
    const auto wrongKey = testKey(2);
    try {
        Database::open(path, wrongKey);
        FAIL("a wrong key must not open the database");
    } catch (const StoreError& error) {
        CHECK(error.resultCode() == SQLITE_NOTADB);
        CHECK(contains(error.what(), "wrong key or not an encrypted database: " + path.string()));
    }
}

TEST_CASE("a plain file that is not a database is refused like a wrong key")
{
    examroom::test::TempDir dir;
    const auto path = dir / "junk.db";
    examroom::test::writeFile(path, std::string(8192, 'j'));
    const auto key = testKey();
    CHECK_THROWS_WITH_AS(Database::open(path, key),
                         doctest::Contains("wrong key or not an encrypted database"), StoreError);
}

TEST_CASE("reading the database with plain sqlite3 and no key fails on the first read")
{
    examroom::test::TempDir dir;
    const auto path = dir / "nokey.db";
    {
        const auto key = testKey();
        Database db = Database::open(path, key);
        insertCandidates(db, 1);
    }
    sqlite3* raw = nullptr;
    // Opening itself succeeds: SQLite reads nothing until the first query.
    REQUIRE(sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    const int rc =
        sqlite3_exec(raw, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    CHECK(rc == SQLITE_NOTADB);
    sqlite3_close(raw);
}

TEST_CASE("the linked library is SQLCipher: cipher_version is not empty")
{
    examroom::test::TempDir dir;
    const auto key = testKey();
    Database db = Database::open(dir / "v.db", key);
    Statement version = db.prepare("PRAGMA cipher_version");
    REQUIRE(version.step());
    CHECK_FALSE(version.columnText(0).empty());

    Statement pageSize = db.prepare("PRAGMA cipher_page_size");
    REQUIRE(pageSize.step());
    CHECK(pageSize.columnInt64(0) == 4096);
}

TEST_CASE("the connection runs in WAL mode with foreign keys on and the chosen durability")
{
    examroom::test::TempDir dir;
    const auto key = testKey();
    Database normal = Database::open(dir / "n.db", key);
    Statement journal = normal.prepare("PRAGMA journal_mode");
    REQUIRE(journal.step());
    CHECK(journal.columnText(0) == "wal");
    CHECK(examroom::store::test::queryInt(normal, "PRAGMA foreign_keys") == 1);
    CHECK(examroom::store::test::queryInt(normal, "PRAGMA synchronous") == 1);

    OpenOptions options;
    options.durability = Durability::Full;
    Database full = Database::open(dir / "f.db", key, options);
    CHECK(examroom::store::test::queryInt(full, "PRAGMA synchronous") == 2);
}

TEST_CASE("an exclusive database keeps no shm file and refuses a second connection until closed")
{
    examroom::test::TempDir dir;
    const auto key = testKey();
    const auto path = dir / "x.db";
    OpenOptions options;
    options.exclusive = true;
    {
        Database held = Database::open(path, key, options);
        insertCandidates(held, 2);
        Statement mode = held.prepare("PRAGMA locking_mode");
        REQUIRE(mode.step());
        CHECK(mode.columnText(0) == "exclusive");
        CHECK(std::filesystem::exists(dir / "x.db-wal"));
        CHECK_FALSE(std::filesystem::exists(dir / "x.db-shm"));
        for (const OpenOptions& second : {OpenOptions{}, options}) {
            try {
                Database::open(path, key, second);
                FAIL("a second connection must not open an exclusively held database");
            } catch (const StoreError& error) {
                CHECK(error.resultCode() == SQLITE_BUSY);
                CHECK(contains(error.what(),
                               "in use by another connection or process: " + path.string()));
            }
        }
        insertCandidates(held, 1); // the refused openers left the holder as it was
    }
    Database again = Database::open(path, key, options);
    CHECK(countRows(again, "candidates") == 3);
}

TEST_CASE("a missing file is an error when creation is not allowed")
{
    examroom::test::TempDir dir;
    OpenOptions options;
    options.createIfMissing = false;
    const auto key = testKey();
    CHECK_THROWS_AS(Database::open(dir / "absent.db", key, options), StoreError);
    CHECK_FALSE(std::filesystem::exists(dir / "absent.db"));
}

TEST_CASE("no file of the database holds personal data in clear while open or after close")
{
    examroom::test::TempDir dir;
    const auto path = dir / "secret.db";
    const auto walPath = dir / "secret.db-wal";
    const auto key = testKey();
    {
        Database db = Database::open(path, key);
        insertCandidates(db, 200);
        // While open, the committed rows sit in the -wal file (no checkpoint yet).
        REQUIRE(std::filesystem::exists(walPath));
        const std::string wal = examroom::test::readFile(walPath);
        CHECK(wal.size() > 4096);
        CHECK_FALSE(contains(wal, chineseName));
        CHECK_FALSE(contains(wal, idNumber));
        const std::string main = examroom::test::readFile(path);
        CHECK_FALSE(contains(main, chineseName));
        CHECK_FALSE(contains(main, idNumber));
    }
    // Closing checkpoints the -wal into the main file.
    const std::string main = examroom::test::readFile(path);
    REQUIRE(main.size() >= 4096);
    CHECK_FALSE(contains(main, chineseName));
    CHECK_FALSE(contains(main, idNumber));
    CHECK(main.substr(0, 16) != std::string("SQLite format 3\0", 16));
    if (std::filesystem::exists(walPath)) {
        const std::string wal = examroom::test::readFile(walPath);
        CHECK_FALSE(contains(wal, chineseName));
        CHECK_FALSE(contains(wal, idNumber));
    }

    // Control: the same rows in a plain database are visible, so the search above is meaningful.
    const auto plainPath = dir / "plain.db";
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open_v2(plainPath.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            nullptr) == SQLITE_OK);
    const std::string insert =
        "CREATE TABLE c (name TEXT, idNumber TEXT); INSERT INTO c VALUES ('" + chineseName +
        "', '" + idNumber + "');";
    REQUIRE(sqlite3_exec(raw, insert.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
    const std::string plain = examroom::test::readFile(plainPath);
    CHECK(contains(plain, chineseName));
    CHECK(plain.substr(0, 16) == std::string("SQLite format 3\0", 16));
}

TEST_CASE("a moved database keeps working and the moved-from one closes nothing")
{
    examroom::test::TempDir dir;
    const auto key = testKey();
    Database first = Database::open(dir / "m.db", key);
    Database second = std::move(first);
    second.exec("CREATE TABLE x (a)");
    Database third = Database::open(dir / "other.db", key);
    third = std::move(second);
    CHECK(third.path() == dir / "m.db");
    CHECK(third.userVersion() == 0);
    CHECK(countRows(third, "x") == 0);
}

TEST_CASE("exec runs a multi-statement script and reports the failing one")
{
    examroom::test::TempDir dir;
    const auto key = testKey();
    Database db = Database::open(dir / "s.db", key);
    db.exec("CREATE TABLE a (x); INSERT INTO a VALUES (1); INSERT INTO a VALUES (2);");
    CHECK(countRows(db, "a") == 2);
    CHECK_THROWS_WITH_AS(db.exec("INSERT INTO a VALUES (3); INSERT INTO missing VALUES (4);"),
                         doctest::Contains("no such table: missing"), StoreError);
    // Without a transaction the statement before the failing one stays applied.
    CHECK(countRows(db, "a") == 3);
}
