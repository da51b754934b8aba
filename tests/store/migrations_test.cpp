#include "store/Migrations.h"
#include "store/StoreError.h"
#include "StoreTestHelpers.h"
#include "TestSupport.h"

#include <doctest/doctest.h>
#include <vector>

using namespace examroom::store;
using examroom::Migration;
using examroom::schema::testBrokenMigrations;
using examroom::schema::testV1Migrations;
using examroom::schema::testV2Migrations;
using examroom::store::test::countRows;
using examroom::store::test::queryInt;
using examroom::store::test::testKey;

namespace {

// A v1 database with two candidates in it.
Database openV1(const examroom::test::TempDir& dir)
{
    const auto key = testKey();
    Database db = Database::open(dir / "exam.db", key);
    REQUIRE(migrate(db, testV1Migrations()) == 1);
    db.exec("INSERT INTO people (name, idNumber) VALUES ('张三', '110101199001011234'),"
            "                                          ('李四', '110101199202022345')");
    return db;
}

bool tableExists(Database& db, const std::string& name)
{
    Statement query = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                 "name = ?");
    query.bind(1, name);
    query.step();
    return query.columnInt64(0) == 1;
}

} // namespace

TEST_CASE("the embedded test migration sets are numbered and labelled from their file names")
{
    REQUIRE(testV1Migrations().size() == 1);
    CHECK(testV1Migrations()[0].version == 1);
    CHECK(testV1Migrations()[0].label == "people");
    REQUIRE(testV2Migrations().size() == 2);
    CHECK(testV2Migrations()[1].version == 2);
    CHECK(testV2Migrations()[1].label == "phone_and_sessions");
    CHECK(testV2Migrations()[1].sql.find("ALTER TABLE people ADD COLUMN phone") !=
          std::string_view::npos);
}

TEST_CASE("a new database is migrated to the newest version")
{
    examroom::test::TempDir dir;
    const auto key = testKey();
    Database db = Database::open(dir / "new.db", key);
    CHECK(db.userVersion() == 0);
    CHECK(migrate(db, testV2Migrations()) == 2);
    CHECK(db.userVersion() == 2);
    CHECK(tableExists(db, "people"));
    CHECK(tableExists(db, "sessions"));
}

TEST_CASE("a v1 database opened by a v2 program is migrated and keeps its rows")
{
    examroom::test::TempDir dir;
    {
        Database db = openV1(dir);
    }

    const auto key = testKey();
    Database db = Database::open(dir / "exam.db", key);
    CHECK(db.userVersion() == 1);
    CHECK(migrate(db, testV2Migrations()) == 1);
    CHECK(db.userVersion() == 2);
    CHECK(countRows(db, "people") == 2);
    Statement select = db.prepare("SELECT name, phone FROM people WHERE idNumber = ?");
    select.bind(1, "110101199202022345");
    REQUIRE(select.step());
    CHECK(select.columnText(0) == "李四");
    CHECK(select.isNull(1));

    // The new table works, foreign keys included (enforcement is back on after migrating).
    db.exec("INSERT INTO sessions (personId, startedAt) VALUES (1, '2024-05-06T09:00:00+08:00')");
    CHECK(queryInt(db, "PRAGMA foreign_keys") == 1);
    CHECK_THROWS_AS(db.exec("INSERT INTO sessions (personId, startedAt) VALUES (99, 'x')"),
                    StoreError);
}

TEST_CASE("migrating an up-to-date database applies nothing")
{
    examroom::test::TempDir dir;
    const auto key = testKey();
    Database db = Database::open(dir / "twice.db", key);
    CHECK(migrate(db, testV2Migrations()) == 2);
    CHECK(migrate(db, testV2Migrations()) == 0);
    CHECK(db.userVersion() == 2);
}

TEST_CASE("a failing migration leaves the database at its previous version with its rows")
{
    examroom::test::TempDir dir;
    Database db = openV1(dir);
    try {
        migrate(db, testBrokenMigrations());
        FAIL("migration 2 of the broken set must fail");
    } catch (const StoreError& error) {
        CHECK(std::string(error.what()).find("migration 2 (broken)") != std::string::npos);
        CHECK(std::string(error.what()).find("no such table: no_such_table") != std::string::npos);
    }
    CHECK_FALSE(db.inTransaction());
    CHECK(db.userVersion() == 1);
    CHECK(countRows(db, "people") == 2);
    // The statement before the failing one in the same migration was rolled back too.
    CHECK_FALSE(tableExists(db, "notes"));
    CHECK(queryInt(db, "PRAGMA foreign_keys") == 1);
}

TEST_CASE("a database newer than the program is refused and left untouched")
{
    examroom::test::TempDir dir;
    Database db = openV1(dir);
    db.exec("PRAGMA user_version = 5");
    CHECK_THROWS_WITH_AS(migrate(db, testV2Migrations()),
                         doctest::Contains("database is at version 5, this program knows up to 2"),
                         StoreError);
    CHECK(db.userVersion() == 5);
    CHECK_FALSE(tableExists(db, "sessions"));
}

TEST_CASE("a migration set with a gap or a duplicate or a wrong start is refused before any change")
{
    examroom::test::TempDir dir;
    const auto key = testKey();
    Database db = Database::open(dir / "sets.db", key);
    const std::vector<Migration> gap{{1, "a", "CREATE TABLE a (x);"},
                                     {3, "c", "CREATE TABLE c (x);"}};
    const std::vector<Migration> duplicate{{1, "a", "CREATE TABLE a (x);"},
                                           {1, "b", "CREATE TABLE b (x);"}};
    const std::vector<Migration> descending{{2, "b", "CREATE TABLE b (x);"},
                                            {1, "a", "CREATE TABLE a (x);"}};
    const std::vector<Migration> fromZero{{0, "z", "CREATE TABLE z (x);"}};
    for (const auto* set : {&gap, &duplicate, &descending, &fromZero}) {
        CHECK_THROWS_WITH_AS(migrate(db, *set), doctest::Contains("invalid migration set"),
                             StoreError);
        CHECK(db.userVersion() == 0);
        CHECK_FALSE(tableExists(db, "a"));
        CHECK_FALSE(tableExists(db, "b"));
        CHECK_FALSE(tableExists(db, "z"));
    }
    CHECK(migrate(db, std::span<const Migration>()) == 0);
}

TEST_CASE("a migration that commits by itself is rejected")
{
    examroom::test::TempDir dir;
    const auto key = testKey();
    Database db = Database::open(dir / "commit.db", key);
    const std::vector<Migration> set{{1, "sneaky", "CREATE TABLE a (x); COMMIT;"}};
    CHECK_THROWS_WITH_AS(migrate(db, set), doctest::Contains("must not contain BEGIN"), StoreError);
    CHECK(db.userVersion() == 0);
}

TEST_CASE("a migration that rebuilds a referenced table works with foreign keys in use")
{
    examroom::test::TempDir dir;
    const auto key = testKey();
    Database db = Database::open(dir / "rebuild.db", key);
    REQUIRE(migrate(db, testV2Migrations()) == 2);
    db.exec("INSERT INTO people (name, idNumber) VALUES ('王五', '3201')");
    db.exec("INSERT INTO sessions (personId, startedAt) VALUES (1, 't')");

    // SQLite 3.15 has no DROP COLUMN: the usual create-copy-drop-rename of a parent table.
    std::vector<Migration> set(testV2Migrations().begin(), testV2Migrations().end());
    set.push_back({3, "drop_phone",
                   "CREATE TABLE people_new (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                   "                         idNumber TEXT NOT NULL UNIQUE);"
                   "INSERT INTO people_new SELECT id, name, idNumber FROM people;"
                   "DROP TABLE people;"
                   "ALTER TABLE people_new RENAME TO people;"});
    CHECK(migrate(db, set) == 1);
    CHECK(db.userVersion() == 3);
    CHECK(countRows(db, "sessions") == 1);
    CHECK(countRows(db, "people") == 1);
}
