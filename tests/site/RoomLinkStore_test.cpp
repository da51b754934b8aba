// What the room link keeps in site.db across a console restart: kiosk keys, the answer mirror
// and the signed sheets, each written idempotently.
#include "crypto/SigningKeyPair.h"
#include "site/RoomLinkStore.h"
#include "SiteTestSupport.h"

using namespace examroom;
using namespace examroom::site;

namespace {

// A chain of `count` journal entries of `attempt`, hashes as the kiosk makes them.
std::vector<JournalEntry> chain(const std::string& attempt, int count)
{
    std::vector<JournalEntry> out;
    crypto::ByteVector prev(32, 0);
    for (int seq = 1; seq <= count; ++seq) {
        JournalEntry e;
        e.attempt = attempt;
        e.seq = seq;
        e.kind = "answer";
        e.payload = "{\"c\":1,\"i\":" + std::to_string(seq) + "}";
        e.monoMs = seq * 1000;
        e.bootId = "boot";
        e.prevHash = prev;
        e.hash = journalEntryHash(e);
        prev = e.hash;
        out.push_back(e);
    }
    return out;
}

} // namespace

TEST_CASE("paired kiosk keys survive reopening site.db")
{
    test::SiteFixture f;
    KioskKeys keys;
    keys.fingerprint = "AB12-CD34";
    keys.curveKey.fill(7);
    keys.signingKey.fill(9);
    RoomLinkStore(f.store->database()).rememberKiosk(keys, f.clock.now());
    f.store.reset();
    f.store = f.openStore();
    RoomLinkStore links(f.store->database());
    auto back = links.kiosk("AB12-CD34");
    REQUIRE(back);
    CHECK(back->curveKey == keys.curveKey);
    CHECK(back->signingKey == keys.signingKey);
    CHECK_FALSE(links.kiosk("nobody"));
    links.forgetKiosk("AB12-CD34");
    CHECK_FALSE(links.kiosk("AB12-CD34"));
}

TEST_CASE("mirror entries are kept in order and a repeat adds nothing")
{
    test::SiteFixture f;
    RoomLinkStore links(f.store->database());
    auto entries = chain("P1/T1/1", 5);
    links.appendMirror("P1/T1/1", "K1", {entries.begin(), entries.begin() + 3});
    links.appendMirror("P1/T1/1", "K1", {entries.begin() + 1, entries.end()}); // overlaps
    links.setElapsed("P1/T1/1", "K1", 61000);
    auto mirrors = links.mirrors();
    REQUIRE(mirrors.size() == 1);
    CHECK(mirrors[0].attempt == "P1/T1/1");
    CHECK(mirrors[0].fingerprint == "K1");
    CHECK(mirrors[0].elapsedMs == 61000);
    REQUIRE(mirrors[0].entries.size() == 5);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        CHECK(mirrors[0].entries[i].seq == entries[i].seq);
        CHECK(mirrors[0].entries[i].hash == entries[i].hash);
        CHECK(journalEntryHash(mirrors[0].entries[i]) == entries[i].hash);
    }
}

TEST_CASE("a resumed attempt's mirror names the kiosk that sent its newest entries")
{
    test::SiteFixture f;
    RoomLinkStore links(f.store->database());
    auto entries = chain("P1/T1/1", 4);
    links.appendMirror("P1/T1/1", "K1", {entries.begin(), entries.begin() + 2});
    links.setElapsed("P1/T1/1", "K1", 5000);
    links.appendMirror("P1/T1/1", "K2", {entries.begin() + 2, entries.end()});
    auto mirrors = links.mirrors();
    REQUIRE(mirrors.size() == 1);
    CHECK(mirrors[0].fingerprint == "K2");
    CHECK(mirrors[0].elapsedMs == 5000);
    CHECK(mirrors[0].entries.size() == 4);
}

TEST_CASE("a sheet is stored once and listed by its session")
{
    test::SiteFixture f;
    RoomLinkStore links(f.store->database());
    auto kiosk = crypto::SigningKeyPair::generate();
    auto document = signDocument("knowledge-score-sheet", "P1/T2/1", "{\"a\":1}", kiosk);
    StoredSheet sheet{"P1/T2/1", "P1/R1", "T2", 4, "K4", document};
    CHECK(links.storeSheet(sheet, f.clock.now()));
    CHECK_FALSE(links.storeSheet(sheet, f.clock.now()));
    StoredSheet other{"P1/T1/1", "P1/R1", "T1", 3, "K3", document};
    CHECK(links.storeSheet(other, f.clock.now()));
    auto sheets = links.sheets("P1/R1");
    REQUIRE(sheets.size() == 2);
    CHECK(sheets[0].ticketNo == "T1");
    CHECK(sheets[1].ticketNo == "T2");
    CHECK(sheets[1].seatNo == 4);
    CHECK(sheets[1].document.signature == document.signature);
    CHECK(links.sheets("P2/R1").empty());
}
