// The cipher page size is part of a file's format: a file written with one size must open
// with it after the program prefers another, and never silently with a wrong one.
#include "store/StoreError.h"
#include "StoreTestHelpers.h"
#include "TestSupport.h"

#include <doctest/doctest.h>
#include <sqlcipher/sqlite3.h>
#include <string>

using namespace examroom::store;
using examroom::store::test::countRows;
using examroom::store::test::queryInt;
using examroom::store::test::testKey;

namespace {

OpenOptions withPageSizes(std::vector<int> sizes)
{
    OpenOptions options;
    options.cipherPageSizes = std::move(sizes);
    return options;
}

void writeRows(Database& db, int count)
{
    db.exec("CREATE TABLE IF NOT EXISTS t (v TEXT)");
    for (int i = 0; i < count; ++i)
        db.prepare("INSERT INTO t VALUES ('row')").execute();
}

} // namespace

TEST_CASE("a new database gets the first cipher page size in its file layout")
{
    examroom::test::TempDir dir;
    const auto key = testKey(4);
    Database db = Database::open(dir / "small.db", key, withPageSizes({1024, 4096}));
    writeRows(db, 3);
    CHECK(queryInt(db, "PRAGMA cipher_page_size") == 1024);
    CHECK(queryInt(db, "PRAGMA page_size") == 1024);
    CHECK(examroom::test::walPageSize(dir / "small.db-wal") == 1024);

    Database plain = Database::open(dir / "default.db", key);
    writeRows(plain, 1);
    CHECK(queryInt(plain, "PRAGMA cipher_page_size") == 4096);
    CHECK(examroom::test::walPageSize(dir / "default.db-wal") == 4096);
}

TEST_CASE("a database written with a later listed page size opens with it and keeps it")
{
    examroom::test::TempDir dir;
    const auto key = testKey(5);
    const auto path = dir / "old.db";
    {
        Database db = Database::open(path, key); // written by the default, 4096
        writeRows(db, 40);
    }
    {
        Database db = Database::open(path, key, withPageSizes({1024, 4096}));
        CHECK(queryInt(db, "PRAGMA cipher_page_size") == 4096);
        CHECK(countRows(db, "t") == 40);
        writeRows(db, 2); // and it writes in its own format
    }
    Database db = Database::open(path, key);
    CHECK(countRows(db, "t") == 42);
}

TEST_CASE("a database whose page size is not listed is refused like a wrong key and left intact")
{
    examroom::test::TempDir dir;
    const auto key = testKey(6);
    const auto path = dir / "old.db";
    {
        Database db = Database::open(path, key);
        writeRows(db, 5);
    }
    try {
        Database::open(path, key, withPageSizes({1024}));
        FAIL("a 4096-byte page file must not open with 1024-byte pages");
    } catch (const StoreError& error) {
        CHECK(error.resultCode() == SQLITE_NOTADB);
        CHECK(std::string(error.what())
                  .find("wrong key or not an encrypted database: " + path.string()) !=
              std::string::npos);
    }
    Database db = Database::open(path, key);
    CHECK(countRows(db, "t") == 5);
}

TEST_CASE("a wrong key is refused with every listed page size")
{
    examroom::test::TempDir dir;
    const auto path = dir / "keyed.db";
    {
        Database db = Database::open(path, testKey(7), withPageSizes({1024, 4096}));
        writeRows(db, 1);
    }
    CHECK_THROWS_WITH_AS(Database::open(path, testKey(8), withPageSizes({1024, 4096})),
                         doctest::Contains("wrong key or not an encrypted database"), StoreError);
    CHECK_THROWS_AS(Database::open(path, testKey(7), withPageSizes({})), StoreError);
}
