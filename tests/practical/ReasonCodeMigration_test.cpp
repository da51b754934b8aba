// Migration 007 of site.db: practical candidates written by an earlier version (the reason as
// English text only) get the reason code and the proctor's words from that text.
#include "practical/Attempts.h"
#include "store/Database.h"
#include "store/Migration.h"
#include "store/Migrations.h"
#include "store/Statement.h"
#include "TestSupport.h"

#include <array>
#include <doctest/doctest.h>
#include <sodium.h>

using namespace examroom;

TEST_CASE("practical candidates stored before reason codes get their code from the old text")
{
    REQUIRE(sodium_init() >= 0);
    test::TempDir dir;
    std::array<std::uint8_t, 32> key{};
    randombytes_buf(key.data(), key.size());
    auto db = store::Database::open(dir / "site.db", std::span<const std::uint8_t, 32>(key));
    const auto all = schema::siteMigrations();
    REQUIRE(all.size() >= 7);
    REQUIRE(store::migrate(db, all.first(6)) == 6);
    db.exec("INSERT INTO practical_sessions (session_id, plan_id, site_id, rubric, "
            "max_difference, state, proctor, opened_at) VALUES ('P/practical', 'P', 'S', '{}', 0, "
            "'open', 'proctor', 0)");
    const std::pair<const char*, const char*> old[] = {
        {"1", "passed the knowledge exam here"},
        {"2", "marked by proctor: 理论考试 2026-11 已合格"},
        {"3", "practical exam: already passed: no further attempt"},
        {"4", "practical exam: failed the make-up attempt: retrain (重新参加培训), no further "
              "attempt accepted"},
        {"5", "practical exam: failed once: only the make-up attempt (补考, attempt 2) is "
              "accepted"},
        {"6", "failed the knowledge exam: needs its make-up first"},
        {"7", "failed the knowledge make-up: retrain"},
        {"8", "no knowledge pass recorded here (the proctor may mark one from elsewhere)"},
    };
    for (const auto& [ticket, reason] : old) {
        auto insert = db.prepare("INSERT INTO practical_candidates (session_id, ticket_no, name, "
                                 "id_type, id_no, attempt, eligible, reason) VALUES "
                                 "('P/practical', ?, 'n', 'resident-id', 'ID', 1, 0, ?)");
        insert.bind(1, std::string_view(ticket)).bind(2, std::string_view(reason));
        insert.execute();
    }
    REQUIRE(store::migrate(db, all) == int(all.size()) - 6);

    using R = practical::EligibilityReason;
    const R expected[] = {R::KnowledgePassedHere, R::MarkedByProctor,     R::PracticalPassed,
                          R::PracticalRetrain,    R::PracticalMakeUpOnly, R::KnowledgeNeedsMakeUp,
                          R::KnowledgeRetrain,    R::NoKnowledgePass};
    auto read = db.prepare("SELECT reason_code, reason_note FROM practical_candidates ORDER BY "
                           "ticket_no");
    for (R code : expected) {
        REQUIRE(read.step());
        CHECK(practical::eligibilityReasonFromName(read.columnText(0)) == code);
        CHECK(read.columnText(1) == (code == R::MarkedByProctor ? "理论考试 2026-11 已合格" : ""));
    }
    CHECK_FALSE(read.step());
}
