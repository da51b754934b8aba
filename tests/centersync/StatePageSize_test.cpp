// centre.db and agent.db: new files get 8 KiB pages, files made before with 4 KiB keep them.
#include "state/StateStore.h"
#include "store/Migrations.h"
#include "store/Statement.h"
#include "TestSupport.h"

#include <doctest/doctest.h>

using namespace examroom;
using namespace examroom::centersync;

namespace {

std::int64_t cipherPageSize(store::Database& db)
{
    auto query = db.prepare("PRAGMA cipher_page_size");
    query.step();
    return query.columnInt64(0);
}

} // namespace

TEST_CASE("a new state database gets 8 KiB pages")
{
    test::TempDir dir;
    auto db = openStateDatabase(dir / "centre.db", schema::centreMigrations(), true);
    CHECK(cipherPageSize(db) == 8192);
}

TEST_CASE("a centre.db made with 4 KiB pages opens at its newest schema with its pages and rows")
{
    test::TempDir dir;
    const auto path = dir / "centre.db";
    {
        auto key = loadOrCreateKeyFile(dir / "centre.db.key", true);
        store::OpenOptions before;
        before.cipherPageSizes = {4096};
        auto db =
            store::Database::open(path, std::span<const std::uint8_t, 32>(key.data(), 32), before);
        store::migrate(db, schema::centreMigrations().first(4));
        db.exec("INSERT INTO sites (site_id, sign_public, curve_public, enrolled_at) "
                "VALUES ('SZ-01', x'01', x'02', '2026-11-28T05:00:00Z')");
    }
    auto db = openStateDatabase(path, schema::centreMigrations(), false);
    CHECK(cipherPageSize(db) == 4096);
    CHECK(db.userVersion() == int(schema::centreMigrations().size()));
    auto sites = db.prepare("SELECT site_id FROM sites");
    REQUIRE(sites.step());
    CHECK(sites.columnText(0) == "SZ-01");
}
