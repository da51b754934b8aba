// kiosk.db version 3 (schema/kiosk/003_compact_journal.sql): a journal row holds no
// prev_hash and a boot number instead of the boot id, so that more rows share a page and an
// answer save splits pages less often. The entries read back are the same as before: each
// prevHash is the previous row's hash, each boot id comes from table boot.
#include "exam/AnswerJournal.h"
#include "exam/KioskStore.h"
#include "ExamTestSupport.h"
#include "store/Database.h"
#include "store/Migration.h"
#include "store/Migrations.h"
#include "store/StoreError.h"

#include <set>

using namespace examroom;
using namespace std::chrono_literals;

namespace {

std::span<const std::uint8_t, 32> keyOf(const std::string& key)
{
    return std::span<const std::uint8_t, 32>(reinterpret_cast<const std::uint8_t*>(key.data()), 32);
}

// The entries of one attempt as version 2 stored them: prev_hash and boot_id in every row.
std::vector<JournalEntry> chain(const std::string& attempt, int count)
{
    std::vector<JournalEntry> entries;
    crypto::ByteVector previous(32, 0);
    for (int i = 1; i <= count; ++i) {
        JournalEntry entry;
        entry.attempt = attempt;
        entry.seq = i;
        entry.kind = i == 1 ? "start" : "answer";
        entry.payload =
            i == 1 ? "{}"
                   : R"({"c":)" + std::to_string(i % 8) + R"(,"i":)" + std::to_string(i) + "}";
        entry.monoMs = 1000 * i;
        // The kiosk restarted after a reboot half-way.
        entry.bootId = i <= count / 2 ? "11111111-aaaa-4bbb-8ccc-000000000001"
                                      : "22222222-aaaa-4bbb-8ccc-000000000002";
        entry.prevHash = previous;
        entry.hash = journalEntryHash(entry);
        previous = entry.hash;
        entries.push_back(entry);
    }
    return entries;
}

// kiosk.db at version 2 (the schema before this change), with `entries` in its journal.
void makeVersion2(const std::filesystem::path& dir, const std::vector<JournalEntry>& entries)
{
    const std::string key(32, 'k');
    test::writeFile(dir / "kiosk.key", key);
    store::OpenOptions options;
    options.durability = store::Durability::Full;
    options.cipherPageSizes = {1024};
    auto db = store::Database::open(dir / "kiosk.db", keyOf(key), options);
    store::migrate(db, schema::kioskMigrations().first(2));
    REQUIRE(db.userVersion() == 2);
    auto insert = db.prepare("INSERT INTO journal (attempt, seq, kind, payload, mono_ms, boot_id, "
                             "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto& entry : entries) {
        insert.bind(1, std::string_view(entry.attempt))
            .bind(2, entry.seq)
            .bind(3, std::string_view(entry.kind))
            .bind(4, std::string_view(entry.payload))
            .bind(5, entry.monoMs)
            .bind(6, std::string_view(entry.bootId))
            .bindBlob(7, entry.prevHash)
            .bindBlob(8, entry.hash);
        insert.execute();
        insert.reset();
        insert.clearBindings();
    }
}

std::set<std::string> columnsOf(store::Database& db, const std::string& table)
{
    std::set<std::string> names;
    auto info = db.prepare("PRAGMA table_info(" + table + ")");
    while (info.step())
        names.insert(info.columnText(1));
    return names;
}

void checkSame(const std::vector<JournalEntry>& read, const std::vector<JournalEntry>& written)
{
    REQUIRE(read.size() == written.size());
    for (std::size_t i = 0; i < read.size(); ++i) {
        CAPTURE(i);
        CHECK(read[i].attempt == written[i].attempt);
        CHECK(read[i].seq == written[i].seq);
        CHECK(read[i].kind == written[i].kind);
        CHECK(read[i].payload == written[i].payload);
        CHECK(read[i].monoMs == written[i].monoMs);
        CHECK(read[i].bootId == written[i].bootId);
        CHECK(read[i].prevHash == written[i].prevHash);
        CHECK(read[i].hash == written[i].hash);
    }
}

} // namespace

TEST_CASE("a version 2 journal migrates with every entry and its chain unchanged")
{
    test::TempDir dir;
    const auto first = chain("P1/T0001/1", 9);
    const auto second = chain("P1/T0002/1", 4);
    auto all = first;
    all.insert(all.end(), second.begin(), second.end());
    makeVersion2(dir.path(), all);

    auto store = KioskStore::open(dir.path());
    auto& db = store->database();
    CHECK(db.userVersion() >= 3);
    CHECK(columnsOf(db, "journal") ==
          std::set<std::string>{"attempt_seq", "kind", "payload", "mono_ms", "boot", "hash"});
    AnswerJournal journal(db);
    checkSame(journal.entries("P1/T0001/1"), first);
    checkSame(journal.entries("P1/T0002/1"), second);
    CHECK(journal.verify("P1/T0001/1").ok);
    CHECK(journal.head("P1/T0001/1")->prevHash == first[7].hash);
    checkSame(journal.entriesAfter("P1/T0001/1", 6), {first[6], first[7], first[8]});

    // Still append-only, and the chain goes on from the migrated head.
    CHECK_THROWS_AS(db.exec("UPDATE journal SET payload = 'x'"), store::StoreError);
    CHECK_THROWS_AS(db.exec("DELETE FROM journal"), store::StoreError);
    CHECK_THROWS_AS(db.exec("DELETE FROM boot"), store::StoreError);
    CHECK_THROWS_AS(db.exec("UPDATE journal_attempt SET attempt = 'x'"), store::StoreError);
    auto next = journal.append("P1/T0001/1", "answer", R"({"c":1,"i":0})", 99ms, "boot-3");
    CHECK(next.seq == 10);
    CHECK(next.prevHash == first[8].hash);
    CHECK(journal.verify("P1/T0001/1").ok);
}

TEST_CASE("a version 2 entry whose stored previous hash was forged still breaks the chain")
{
    test::TempDir dir;
    auto entries = chain("P1/T0001/1", 5);
    // Entry 3 claims another predecessor and is hashed over that claim: version 2 caught it
    // on prev_hash; without the column its hash no longer matches.
    entries[2].prevHash = crypto::ByteVector(32, 7);
    entries[2].hash = journalEntryHash(entries[2]);
    REQUIRE(verifyChain(entries).firstBadSeq == 3);
    makeVersion2(dir.path(), entries);

    auto store = KioskStore::open(dir.path());
    const auto check = AnswerJournal(store->database()).verify("P1/T0001/1");
    CHECK_FALSE(check.ok);
    CHECK(check.firstBadSeq == 3);
}

TEST_CASE("each attempt and boot id is stored once and every entry reads its own back")
{
    test::TempDir dir;
    auto store = KioskStore::open(dir.path());
    AnswerJournal journal(store->database());
    journal.append("A/1/1", "start", "{}", 1ms, "boot-a");
    journal.append("A/1/1", "answer", "{}", 2ms, "boot-a");
    journal.append("B/1/1", "start", "{}", 3ms, "boot-a");
    journal.append("A/1/1", "answer", "{}", 4ms, "boot-b");
    auto count = store->database().prepare("SELECT (SELECT count(*) FROM boot), "
                                           "(SELECT count(*) FROM journal_attempt)");
    REQUIRE(count.step());
    CHECK(count.columnInt64(0) == 2);
    CHECK(count.columnInt64(1) == 2);
    const auto entries = journal.entries("A/1/1");
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].bootId == "boot-a");
    CHECK(entries[1].bootId == "boot-a");
    CHECK(entries[2].bootId == "boot-b");
    CHECK(entries[0].prevHash == crypto::ByteVector(32, 0));
    CHECK(entries[2].prevHash == entries[1].hash);
    CHECK(journal.head("A/1/1")->prevHash == entries[1].hash);
    CHECK(journal.head("B/1/1")->prevHash == crypto::ByteVector(32, 0));
}

TEST_CASE("an append that fails adds no attempt and no boot")
{
    test::TempDir dir;
    auto store = KioskStore::open(dir.path());
    AnswerJournal journal(store->database());
    journal.append("A/1/1", "start", "{}", 1ms, "boot-a");
    // The callback's row collides with the entry just appended: the whole transaction,
    // the new boot's row with it, rolls back.
    CHECK_THROWS_AS(journal.append("A/1/1", "answer", "{}", 2ms, "boot-b",
                                   [](store::Database& db) {
                                       db.exec("INSERT INTO journal (attempt_seq, kind, "
                                               "payload, mono_ms, boot, hash) VALUES "
                                               "(4294967298, "
                                               "'x', '{}', 0, 1, x'00')");
                                   }),
                    store::StoreError);
    CHECK_THROWS_AS(journal.append("B/1/1", "start", "{}", 2ms, "boot-c",
                                   [](store::Database& db) {
                                       db.exec("INSERT INTO journal (attempt_seq, kind, "
                                               "payload, mono_ms, boot, hash) VALUES "
                                               "(8589934593, "
                                               "'x', '{}', 0, 1, x'00')");
                                   }),
                    store::StoreError);
    auto count = store->database().prepare("SELECT (SELECT count(*) FROM boot), "
                                           "(SELECT count(*) FROM journal_attempt)");
    REQUIRE(count.step());
    CHECK(count.columnInt64(0) == 1);
    CHECK(count.columnInt64(1) == 1);
    CHECK(journal.entries("B/1/1").empty());
    const auto entries = journal.entries("A/1/1");
    REQUIRE(entries.size() == 1);
    CHECK(journal.append("A/1/1", "answer", "{}", 3ms, "boot-b").bootId == "boot-b");
    CHECK(journal.verify("A/1/1").ok);
}
