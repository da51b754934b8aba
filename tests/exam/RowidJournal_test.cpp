// kiosk.db version 4 (schema/kiosk/004_rowid_journal.sql): the journal is a rowid table whose
// key packs (attempt_no, seq), so that appending takes SQLite's cheap split at the end of the
// B-tree. Entries read back as before; the key still refuses a forked chain.
#include "exam/AnswerJournal.h"
#include "exam/KioskStore.h"
#include "ExamTestSupport.h"
#include "store/Database.h"
#include "store/Migration.h"
#include "store/Migrations.h"
#include "store/StoreError.h"

using namespace examroom;
using namespace std::chrono_literals;

namespace {

const std::string dbKey(32, 'k');

std::span<const std::uint8_t, 32> keyBytes()
{
    return std::span<const std::uint8_t, 32>(reinterpret_cast<const std::uint8_t*>(dbKey.data()),
                                             32);
}

std::vector<JournalEntry> chain(const std::string& attempt, int count, std::int64_t firstSeq = 1)
{
    std::vector<JournalEntry> entries;
    crypto::ByteVector previous(32, 0);
    for (int i = 0; i < count; ++i) {
        JournalEntry entry;
        entry.attempt = attempt;
        entry.seq = firstSeq + i;
        entry.kind = i == 0 ? "start" : "answer";
        entry.payload = R"({"c":)" + std::to_string(i % 8) + R"(,"i":)" + std::to_string(i) + "}";
        entry.monoMs = 1000 * (i + 1);
        entry.bootId = i < count / 2 ? "boot-one" : "boot-two";
        entry.prevHash = previous;
        entry.hash = journalEntryHash(entry);
        previous = entry.hash;
        entries.push_back(entry);
    }
    return entries;
}

store::Database openRaw(const std::filesystem::path& dir)
{
    store::OpenOptions options;
    options.durability = store::Durability::Full;
    options.cipherPageSizes = {1024};
    return store::Database::open(dir / "kiosk.db", keyBytes(), options);
}

// kiosk.db at version 3 (WITHOUT ROWID, PRIMARY KEY (attempt_no, seq)) holding `entries`.
void makeVersion3(const std::filesystem::path& dir, const std::vector<JournalEntry>& entries)
{
    test::writeFile(dir / "kiosk.key", dbKey);
    auto db = openRaw(dir);
    store::migrate(db, schema::kioskMigrations().first(3));
    REQUIRE(db.userVersion() == 3);
    for (const auto& entry : entries) {
        auto attempt = db.prepare("INSERT OR IGNORE INTO journal_attempt (attempt) VALUES (?)");
        attempt.bind(1, std::string_view(entry.attempt));
        attempt.execute();
        auto boot = db.prepare("INSERT OR IGNORE INTO boot (boot_id) VALUES (?)");
        boot.bind(1, std::string_view(entry.bootId));
        boot.execute();
        auto insert =
            db.prepare("INSERT INTO journal (attempt_no, seq, kind, payload, mono_ms, boot, hash) "
                       "SELECT a.id, ?, ?, ?, ?, b.id, ? FROM journal_attempt a, boot b "
                       "WHERE a.attempt = ? AND b.boot_id = ?");
        insert.bind(1, entry.seq)
            .bind(2, std::string_view(entry.kind))
            .bind(3, std::string_view(entry.payload))
            .bind(4, entry.monoMs)
            .bindBlob(5, entry.hash)
            .bind(6, std::string_view(entry.attempt))
            .bind(7, std::string_view(entry.bootId));
        insert.execute();
    }
}

void checkSame(const JournalEntry& read, const JournalEntry& written)
{
    CHECK(read.attempt == written.attempt);
    CHECK(read.seq == written.seq);
    CHECK(read.kind == written.kind);
    CHECK(read.payload == written.payload);
    CHECK(read.monoMs == written.monoMs);
    CHECK(read.bootId == written.bootId);
    CHECK(read.prevHash == written.prevHash);
    CHECK(read.hash == written.hash);
}

void checkSame(const std::vector<JournalEntry>& read, const std::vector<JournalEntry>& written)
{
    REQUIRE(read.size() == written.size());
    for (std::size_t i = 0; i < read.size(); ++i) {
        CAPTURE(i);
        checkSame(read[i], written[i]);
    }
}

} // namespace

TEST_CASE("a version 3 journal migrates with every entry and its head unchanged")
{
    test::TempDir dir;
    // Enough rows for several leaves, two attempts interleaved in key order by attempt number.
    const auto first = chain("P1/T0001/1", 120);
    const auto second = chain("P1/T0002/1", 7);
    auto all = second;
    all.insert(all.end(), first.begin(), first.end());
    makeVersion3(dir.path(), all);

    auto store = KioskStore::open(dir.path());
    auto& db = store->database();
    CHECK(db.userVersion() >= 4);
    auto count = db.prepare("SELECT count(*) FROM journal");
    REQUIRE(count.step());
    CHECK(count.columnInt64(0) == 127);
    AnswerJournal journal(db);
    checkSame(journal.entries("P1/T0001/1"), first);
    checkSame(journal.entries("P1/T0002/1"), second);
    checkSame(*journal.head("P1/T0001/1"), first.back());
    checkSame(*journal.head("P1/T0002/1"), second.back());
    checkSame(journal.entriesAfter("P1/T0001/1", 118), {first[118], first[119]});
    CHECK(journal.verify("P1/T0001/1").ok);
    CHECK(journal.verify("P1/T0002/1").ok);

    // The view takes the key apart for people reading the file.
    auto view = db.prepare("SELECT attempt_no, seq FROM journal_entry ORDER BY attempt_no DESC, "
                           "seq DESC LIMIT 1");
    REQUIRE(view.step());
    CHECK(view.columnInt64(0) == 2);
    CHECK(view.columnInt64(1) == 120);

    // Still append-only, and the chain goes on from the migrated head.
    CHECK_THROWS_AS(db.exec("UPDATE journal SET payload = 'x'"), store::StoreError);
    CHECK_THROWS_AS(db.exec("DELETE FROM journal"), store::StoreError);
    auto next = journal.append("P1/T0002/1", "answer", R"({"c":1,"i":0})", 99ms, "boot-3");
    CHECK(next.seq == 8);
    CHECK(next.prevHash == second.back().hash);
    CHECK(journal.verify("P1/T0002/1").ok);
    CHECK(journal.head("P1/T0001/1")->seq == 120);
}

TEST_CASE("a second entry with the same attempt and seq is refused")
{
    test::TempDir dir;
    auto store = KioskStore::open(dir.path());
    AnswerJournal journal(store->database());
    journal.append("A/1/1", "start", "{}", 1ms, "boot-a");
    const auto second = journal.append("A/1/1", "answer", "{}", 2ms, "boot-a");
    // A writer holding a stale head would fork the chain at seq 2.
    ChainHead stale;
    stale.seq = 1;
    stale.hash = journal.entries("A/1/1")[0].hash;
    CHECK_THROWS_AS(journal.appendAfter(stale, "A/1/1", "answer", R"({"c":3})", 3ms, "boot-a"),
                    store::StoreError);
    CHECK_THROWS_AS(store->database().exec("INSERT INTO journal (attempt_seq, kind, payload, "
                                           "mono_ms, boot, hash) VALUES (4294967298, 'x', '{}', "
                                           "0, 1, x'00')"),
                    store::StoreError);
    // A key with no seq part (seq 0) is no entry.
    CHECK_THROWS_AS(store->database().exec("INSERT INTO journal (attempt_seq, kind, payload, "
                                           "mono_ms, boot, hash) VALUES (8589934592, 'x', '{}', "
                                           "0, 1, x'00')"),
                    store::StoreError);
    const auto entries = journal.entries("A/1/1");
    REQUIRE(entries.size() == 2);
    checkSame(entries[1], second);
    CHECK(journal.verify("A/1/1").ok);
}

TEST_CASE("an entry number that does not fit the key is refused")
{
    test::TempDir dir;
    auto store = KioskStore::open(dir.path());
    AnswerJournal journal(store->database());
    ChainHead last;
    last.seq = (std::int64_t(1) << 32) - 2;
    const auto fits = journal.appendAfter(last, "A/1/1", "answer", "{}", 1ms, "boot-a");
    CHECK(fits.seq == 4294967295);
    CHECK(journal.head("A/1/1")->seq == 4294967295);
    last.seq = fits.seq;
    last.hash = fits.hash;
    try {
        journal.appendAfter(last, "A/1/1", "answer", "{}", 2ms, "boot-a");
        FAIL("an entry 4294967296 was appended");
    } catch (const std::runtime_error& error) {
        CHECK(std::string(error.what()).find("is full: entry 4294967296") != std::string::npos);
    }
    // Nothing ran into the next attempt's keys.
    CHECK(journal.entries("A/1/1").size() == 1);
    journal.append("B/1/1", "start", "{}", 3ms, "boot-a");
    CHECK(journal.entries("B/1/1").size() == 1);
    CHECK(journal.head("B/1/1")->seq == 1);
}

TEST_CASE("a version 3 journal with an entry number beyond the key stays at version 3")
{
    test::TempDir dir;
    makeVersion3(dir.path(), chain("A/1/1", 2, std::int64_t(1) << 32));
    CHECK_THROWS(KioskStore::open(dir.path()));
    auto db = openRaw(dir.path());
    CHECK(db.userVersion() == 3);
    auto count = db.prepare("SELECT count(*) FROM journal");
    REQUIRE(count.step());
    CHECK(count.columnInt64(0) == 2);
}
