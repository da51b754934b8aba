#include "store/StoreError.h"
#include "StoreTestHelpers.h"
#include "TestSupport.h"

#include <doctest/doctest.h>
#include <limits>
#include <sqlcipher/sqlite3.h>
#include <string>
#include <vector>

using namespace examroom::store;
using examroom::store::test::testKey;

namespace {

Database openFresh(const examroom::test::TempDir& dir)
{
    auto key = testKey();
    Database db = Database::open(dir / "statement.db", key);
    db.exec("CREATE TABLE t (i INTEGER, d REAL, s TEXT, b BLOB, n TEXT);"
            "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
            "                     idNumber TEXT NOT NULL UNIQUE);");
    return db;
}

} // namespace

TEST_CASE("every bound type reads back as the same value and type")
{
    examroom::test::TempDir dir;
    Database db = openFresh(dir);
    const std::vector<std::uint8_t> blob{0x00, 0xff, 0x10, 0x00, 0x7f};
    const std::string text = "张三 \xE2\x80\x94 UTF-8";

    Statement insert = db.prepare("INSERT INTO t (i, d, s, b, n) VALUES (?, ?, ?, ?, ?)");
    insert.bindInt64(1, std::numeric_limits<std::int64_t>::min())
        .bindDouble(2, -1.25e-300)
        .bindText(3, text)
        .bindBlob(4, blob)
        .bindNull(5);
    CHECK(insert.execute() == 1);
    CHECK(db.changes() == 1);
    CHECK(db.lastInsertRowId() == 1);

    Statement select = db.prepare("SELECT i, d, s, b, n, typeof(b), typeof(n) FROM t");
    REQUIRE(select.step());
    CHECK(select.columnCount() == 7);
    CHECK(select.columnInt64(0) == std::numeric_limits<std::int64_t>::min());
    CHECK(select.columnDouble(1) == -1.25e-300);
    CHECK(select.columnText(2) == text);
    CHECK(select.columnBlob(3) == blob);
    CHECK(select.isNull(4));
    CHECK_FALSE(select.isNull(3));
    CHECK(select.columnText(5) == "blob");
    CHECK(select.columnText(6) == "null");
    CHECK_FALSE(select.step());
}

TEST_CASE("text with an embedded nul byte and binary blobs survive intact")
{
    examroom::test::TempDir dir;
    Database db = openFresh(dir);
    const std::string text("a\0b", 3);
    std::vector<std::uint8_t> blob(100000);
    for (std::size_t i = 0; i < blob.size(); ++i)
        blob[i] = static_cast<std::uint8_t>(i * 13);

    db.prepare("INSERT INTO t (s, b) VALUES (?, ?)").bindText(1, text).bindBlob(2, blob).execute();
    Statement select = db.prepare("SELECT s, b, length(b) FROM t");
    REQUIRE(select.step());
    CHECK(select.columnText(0) == text);
    CHECK(select.columnBlob(1) == blob);
    CHECK(select.columnInt64(2) == 100000);
}

TEST_CASE("empty text and empty blobs are stored as empty values and not as NULL")
{
    examroom::test::TempDir dir;
    Database db = openFresh(dir);
    db.prepare("INSERT INTO t (s, b) VALUES (?, ?)")
        .bindText(1, std::string_view())
        .bindBlob(2, std::span<const std::uint8_t>())
        .execute();
    Statement select = db.prepare("SELECT s, b, typeof(s), typeof(b) FROM t");
    REQUIRE(select.step());
    CHECK_FALSE(select.isNull(0));
    CHECK_FALSE(select.isNull(1));
    CHECK(select.columnText(0).empty());
    CHECK(select.columnBlob(1).empty());
    CHECK(select.columnText(2) == "text");
    CHECK(select.columnText(3) == "blob");
}

TEST_CASE("named parameters bind by name with or without the colon")
{
    examroom::test::TempDir dir;
    Database db = openFresh(dir);
    Statement insert = db.prepare("INSERT INTO people (name, idNumber) VALUES (:name, :idNumber)");
    CHECK(insert.parameterIndex(":name") == 1);
    CHECK(insert.parameterIndex("idNumber") == 2);
    insert.bind(":name", std::string("李四")).bind("idNumber", "110101199003071234").execute();

    // The statement is reusable after execute().
    insert.bind(":name", std::string_view("王五")).bind(":idNumber", "320102198501011111");
    insert.execute();

    Statement select = db.prepare("SELECT name FROM people WHERE idNumber = :id");
    select.bind(":id", "320102198501011111");
    REQUIRE(select.step());
    CHECK(select.columnText(0) == "王五");
    CHECK_THROWS_AS(select.parameterIndex(":missing"), StoreError);
}

TEST_CASE("the generic bind picks the type from the value and an empty optional binds NULL")
{
    examroom::test::TempDir dir;
    Database db = openFresh(dir);
    Statement insert = db.prepare("INSERT INTO t (i, d, s, b, n) VALUES (?, ?, ?, ?, ?)");
    const std::vector<std::uint8_t> blob{1, 2, 3};
    insert.bind(1, 42).bind(2, 0.5).bind(3, "x").bind(4, blob).bind(5, std::nullopt).execute();
    insert.bind(1, std::optional<std::int64_t>())
        .bind(2, std::optional<double>(2.5))
        .bind(3, std::optional<std::string>("opt"))
        .bind(4, std::optional<std::vector<std::uint8_t>>())
        .bind(5, std::optional<std::string>())
        .execute();

    Statement select =
        db.prepare("SELECT typeof(i), typeof(d), typeof(s), typeof(b), typeof(n), d, s FROM t "
                   "ORDER BY rowid");
    REQUIRE(select.step());
    CHECK(select.columnText(0) == "integer");
    CHECK(select.columnText(1) == "real");
    CHECK(select.columnText(2) == "text");
    CHECK(select.columnText(3) == "blob");
    CHECK(select.columnText(4) == "null");
    REQUIRE(select.step());
    CHECK(select.columnText(0) == "null");
    CHECK(select.columnDouble(5) == 2.5);
    CHECK(select.columnText(6) == "opt");
    CHECK(select.columnText(3) == "null");
    CHECK(select.columnText(4) == "null");
}

TEST_CASE("a failing statement's error names the SQL but never a bound value")
{
    examroom::test::TempDir dir;
    Database db = openFresh(dir);
    const std::string sql = "INSERT INTO people (name, idNumber) VALUES (?, ?)";
    const std::string name = "赵六";
    const std::string idNumber = "440301197712126789";
    Statement insert = db.prepare(sql);
    insert.bind(1, name).bind(2, idNumber).execute();

    insert.bind(1, name).bind(2, idNumber);
    try {
        insert.execute();
        FAIL("a duplicate idNumber must violate the UNIQUE constraint");
    } catch (const StoreError& error) {
        const std::string message = error.what();
        CHECK(error.resultCode() == SQLITE_CONSTRAINT);
        CHECK(message.find(sql) != std::string::npos);
        CHECK(message.find("UNIQUE") != std::string::npos);
        CHECK(message.find(idNumber) == std::string::npos);
        CHECK(message.find(name) == std::string::npos);
    }

    // A type mismatch on the rowid column, and a bind to a missing index.
    Statement mismatch = db.prepare("INSERT INTO people (id, name, idNumber) VALUES (?, 'x', 'y')");
    mismatch.bind(1, name);
    try {
        mismatch.execute();
        FAIL("non-numeric text into INTEGER PRIMARY KEY must fail");
    } catch (const StoreError& error) {
        CHECK(error.resultCode() == SQLITE_MISMATCH);
        CHECK(std::string(error.what()).find(name) == std::string::npos);
    }
    try {
        mismatch.bind(7, idNumber);
        FAIL("parameter 7 does not exist");
    } catch (const StoreError& error) {
        CHECK(error.resultCode() == SQLITE_RANGE);
        CHECK(std::string(error.what()).find(idNumber) == std::string::npos);
        CHECK(std::string(error.what()).find("INSERT INTO people (id") != std::string::npos);
    }
}

TEST_CASE("preparing invalid SQL or several statements or no statement is refused")
{
    examroom::test::TempDir dir;
    Database db = openFresh(dir);
    try {
        db.prepare("SELEKT * FROM t");
        FAIL("syntax error expected");
    } catch (const StoreError& error) {
        CHECK(error.resultCode() == SQLITE_ERROR);
        CHECK(std::string(error.what()).find("SELEKT * FROM t") != std::string::npos);
    }
    CHECK_THROWS_AS(db.prepare("SELECT 1; SELECT 2"), StoreError);
    CHECK_THROWS_AS(db.prepare("   -- only a comment"), StoreError);
    // Trailing whitespace, semicolons and comments are fine.
    CHECK_NOTHROW(db.prepare("SELECT 1; -- the answer\n"));
}

TEST_CASE("reading a column without a current row or out of range throws")
{
    examroom::test::TempDir dir;
    Database db = openFresh(dir);
    Statement select = db.prepare("SELECT 1, 2");
    CHECK_THROWS_AS(select.columnInt64(0), StoreError);
    REQUIRE(select.step());
    CHECK(select.columnInt64(1) == 2);
    CHECK_THROWS_AS(select.columnInt64(2), StoreError);
    CHECK_THROWS_AS(select.columnText(-1), StoreError);
    CHECK_FALSE(select.step());
    CHECK_THROWS_AS(select.columnInt64(0), StoreError);
    select.reset();
    REQUIRE(select.step());
    CHECK(select.columnInt64(0) == 1);
}

TEST_CASE("execute refuses a statement that returns rows")
{
    examroom::test::TempDir dir;
    Database db = openFresh(dir);
    Statement select = db.prepare("SELECT 1");
    CHECK_THROWS_AS(select.execute(), StoreError);
}

TEST_CASE("statements move without double finalization")
{
    examroom::test::TempDir dir;
    Database db = openFresh(dir);
    Statement first = db.prepare("SELECT 7");
    Statement second = std::move(first);
    Statement third = db.prepare("SELECT 8");
    third = std::move(second);
    REQUIRE(third.step());
    CHECK(third.columnInt64(0) == 7);
    CHECK(third.sql() == "SELECT 7");
}
