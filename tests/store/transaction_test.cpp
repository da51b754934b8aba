#include "store/StoreError.h"
#include "store/Transaction.h"
#include "StoreTestHelpers.h"
#include "TestSupport.h"

#include <doctest/doctest.h>
#include <sqlcipher/sqlite3.h>
#include <stdexcept>

using namespace examroom::store;
using examroom::store::test::countRows;
using examroom::store::test::testKey;

namespace {

Database openWithTable(const examroom::test::TempDir& dir, const char* name = "tx.db")
{
    const auto key = testKey();
    Database db = Database::open(dir / name, key);
    db.exec("CREATE TABLE IF NOT EXISTS rows (v INTEGER)");
    return db;
}

} // namespace

TEST_CASE("a transaction that is not committed is rolled back when it goes out of scope")
{
    examroom::test::TempDir dir;
    Database db = openWithTable(dir);
    {
        Transaction transaction(db);
        CHECK(transaction.isActive());
        CHECK(db.inTransaction());
        db.exec("INSERT INTO rows VALUES (1), (2)");
        CHECK(countRows(db, "rows") == 2);
    }
    CHECK_FALSE(db.inTransaction());
    CHECK(countRows(db, "rows") == 0);
}

TEST_CASE("an exception unwinding through a transaction rolls it back")
{
    examroom::test::TempDir dir;
    Database db = openWithTable(dir);
    auto work = [&] {
        Transaction transaction(db);
        db.exec("INSERT INTO rows VALUES (1)");
        throw std::runtime_error("business rule failed");
    };
    CHECK_THROWS_AS(work(), std::runtime_error);
    CHECK(countRows(db, "rows") == 0);
}

TEST_CASE("a committed transaction survives closing and reopening")
{
    examroom::test::TempDir dir;
    {
        Database db = openWithTable(dir);
        Transaction transaction(db);
        db.exec("INSERT INTO rows VALUES (1), (2), (3)");
        transaction.commit();
        CHECK_FALSE(transaction.isActive());
    }
    Database db = openWithTable(dir);
    CHECK(countRows(db, "rows") == 3);
}

TEST_CASE("an explicit rollback discards the changes and the destructor does nothing more")
{
    examroom::test::TempDir dir;
    Database db = openWithTable(dir);
    {
        Transaction transaction(db);
        db.exec("INSERT INTO rows VALUES (1)");
        transaction.rollback();
        CHECK_FALSE(transaction.isActive());
        db.exec("INSERT INTO rows VALUES (2)"); // autocommit, after the rollback
    }
    CHECK(countRows(db, "rows") == 1);
}

TEST_CASE("a second writer waits for the busy timeout and then fails with SQLITE_BUSY")
{
    examroom::test::TempDir dir;
    Database first = openWithTable(dir);
    OpenOptions options;
    options.busyTimeout = std::chrono::milliseconds(50);
    const auto key = testKey();
    Database second = Database::open(dir / "tx.db", key, options);

    Transaction writing(first);
    try {
        Transaction blocked(second);
        FAIL("BEGIN IMMEDIATE must not succeed while another connection writes");
    } catch (const StoreError& error) {
        CHECK(error.resultCode() == SQLITE_BUSY);
    }
    CHECK_FALSE(second.inTransaction());
}
