#include "crypto/SecretBytes.h"
#include "exam/AnswerJournal.h"
#include "exam/KioskStore.h"
#include "ExamTestSupport.h"
#include "store/StoreError.h"

using namespace examroom;
using namespace std::chrono_literals;

TEST_CASE("journal entries chain each to the previous hash and verify")
{
    test::TempDir dir;
    auto store = KioskStore::open(dir.path());
    AnswerJournal journal(store->database());
    auto first = journal.append("A/1/1", "start", "{}", 10ms, "boot");
    auto second = journal.append("A/1/1", "answer", R"({"c":1,"i":0})", 20ms, "boot");
    journal.append("B/2/1", "start", "{}", 30ms, "boot");
    CHECK(first.seq == 1);
    CHECK(first.prevHash == crypto::ByteVector(32, 0));
    CHECK(second.seq == 2);
    CHECK(second.prevHash == first.hash);
    CHECK(journal.verify("A/1/1").ok);
    CHECK(journal.head("A/1/1")->hash == second.hash);
    CHECK(journal.entries("B/2/1").size() == 1);
    CHECK(journal.entriesAfter("A/1/1", 1).size() == 1);
    CHECK_FALSE(journal.head("C/3/1"));
}

TEST_CASE("the journal lists the last seq of every attempt that has entries")
{
    test::TempDir dir;
    auto store = KioskStore::open(dir.path());
    AnswerJournal journal(store->database());
    CHECK(journal.lastSeqs().empty());
    for (int i = 0; i < 3; ++i)
        journal.append("B/2/1", "answer", "{}", 10ms, "boot");
    journal.append("A/1/1", "start", "{}", 20ms, "boot");
    const std::map<std::string, std::int64_t> expected{{"A/1/1", 1}, {"B/2/1", 3}};
    CHECK(journal.lastSeqs() == expected);
}

TEST_CASE("the journal refuses updates and deletes")
{
    test::TempDir dir;
    auto store = KioskStore::open(dir.path());
    AnswerJournal journal(store->database());
    journal.append("A/1/1", "start", "{}", 10ms, "boot");
    CHECK_THROWS_AS(store->database().exec("UPDATE journal SET payload = 'x'"), store::StoreError);
    CHECK_THROWS_AS(store->database().exec("DELETE FROM journal"), store::StoreError);
    CHECK(journal.entries("A/1/1").size() == 1);
}

TEST_CASE("a changed missing or reordered entry breaks the chain at that entry")
{
    test::TempDir dir;
    auto store = KioskStore::open(dir.path());
    AnswerJournal journal(store->database());
    for (int i = 0; i < 5; ++i)
        journal.append("A/1/1", "answer", "{\"i\":" + std::to_string(i) + "}",
                       std::chrono::milliseconds(i), "boot");
    auto entries = journal.entries("A/1/1");
    REQUIRE(verifyChain(entries).ok);

    auto altered = entries;
    altered[2].payload = "{\"i\":9}";
    auto check = verifyChain(altered);
    CHECK_FALSE(check.ok);
    CHECK(check.firstBadSeq == 3);

    auto missing = entries;
    missing.erase(missing.begin() + 1);
    CHECK(verifyChain(missing).firstBadSeq == 2);

    auto rehashed = entries; // altered and re-hashed: the next entry no longer follows it
    rehashed[1].payload = "{}";
    rehashed[1].hash = journalEntryHash(rehashed[1]);
    CHECK(verifyChain(rehashed).firstBadSeq == 3);
}

TEST_CASE("the kiosk store keeps its device keys across opens and its file is encrypted")
{
    test::TempDir dir;
    std::string fingerprint;
    {
        auto store = KioskStore::open(dir.path());
        fingerprint = store->fingerprint();
        AnswerJournal(store->database()).append("A/1/1", "answer", "SECRET-ANSWER-TEXT", 1ms, "b");
    }
    auto again = KioskStore::open(dir.path());
    CHECK(again->fingerprint() == fingerprint);
    CHECK(fingerprint.size() == 24);
    for (const char* name : {"kiosk.db", "kiosk.db-wal"}) {
        if (!std::filesystem::exists(dir / name))
            continue;
        CHECK(test::readFile(dir / name).find("SECRET-ANSWER-TEXT") == std::string::npos);
    }
}

TEST_CASE("a kiosk store with a wrong key file is refused")
{
    test::TempDir dir;
    KioskStore::open(dir.path());
    test::writeFile(dir / "kiosk.key", std::string(32, 'k'));
    CHECK_THROWS(KioskStore::open(dir.path()));
}

TEST_CASE("a second kiosk store on the same folder is refused while the first is open")
{
    test::TempDir dir;
    auto first = KioskStore::open(dir.path());
    AnswerJournal(first->database()).append("A/1/1", "start", "{}", 1ms, "b");
    CHECK_THROWS_WITH_AS(KioskStore::open(dir.path()), doctest::Contains("in use"),
                         store::StoreError);
    first.reset();
    auto second = KioskStore::open(dir.path());
    CHECK(AnswerJournal(second->database()).entries("A/1/1").size() == 1);
}
