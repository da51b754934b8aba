// RoomService over a real site.db: what a console restart finds again (paired kiosks with their
// keys, the answer mirror for a resume elsewhere).
#include "ConsoleFixture.h"
#include "RoomService.h"
#include "site/RoomLinkStore.h"

#include <nlohmann/json.hpp>

using namespace examroom;

namespace {

RoomLinkConfig anyPorts()
{
    RoomLinkConfig config;
    config.roomEndpoint = "tcp://127.0.0.1:0";
    config.pairingEndpoint = "tcp://127.0.0.1:0";
    return config;
}

} // namespace

TEST_CASE("a restarted console trusts its paired kiosks again and can resume from the mirror")
{
    test::ConsoleFixture f;
    f.setUpRoom();
    site::RoomLinkStore links(f.manager.store().database());
    site::KioskKeys keys;
    keys.fingerprint = "KIOSK-1"; // the kiosk the fixture paired at seat 1
    keys.curveKey = crypto::CurveKeyPair::generate().publicKey();
    keys.signingKey = crypto::SigningKeyPair::generate().publicKey();
    links.rememberKiosk(keys, f.clock.now());

    // The mirror of a candidate's attempt, as the link stored it before the restart.
    const std::string ticket = f.ticket(0).toStdString();
    const std::string attempt = f.manager.plan()->files.plan.planId + "/" + ticket + "/1";
    std::vector<JournalEntry> entries;
    crypto::ByteVector prev(32, 0);
    const char* payloads[] = {"{\"i\":0,\"c\":1}", "{\"i\":1,\"c\":2}", "{\"f\":true,\"i\":2}"};
    const char* kinds[] = {"answer", "answer", "flag"};
    for (int seq = 1; seq <= 3; ++seq) {
        JournalEntry e;
        e.attempt = attempt;
        e.seq = seq;
        e.kind = kinds[seq - 1];
        e.payload = payloads[seq - 1];
        e.monoMs = seq * 1000;
        e.bootId = "b";
        e.prevHash = prev;
        e.hash = journalEntryHash(e);
        prev = e.hash;
        entries.push_back(e);
    }
    links.appendMirror(attempt, "KIOSK-1", entries);
    links.setElapsed(attempt, "KIOSK-1", 95000);

    RoomService& link = *f.console.link();
    REQUIRE(link.start(anyPorts()));
    REQUIRE(link.server());
    auto paired = link.server()->pairedKiosks();
    REQUIRE(paired.size() == 1); // stand-ins without keys are not trusted
    CHECK(paired[0].fingerprint == "KIOSK-1");
    CHECK(paired[0].seatNo == 1);
    CHECK(paired[0].curveKey == keys.curveKey);
    CHECK(link.server()->mirror(attempt).size() == 3);
    auto point = link.server()->resumePoint(ticket);
    REQUIRE(point);
    CHECK(point->elapsedMs == 95000);
    REQUIRE(point->items.size() == 3);
    CHECK(point->items[0].choices == 1);
    CHECK(point->items[1].choices == 2);
    CHECK(point->items[2].flagged);
    link.stop();
    CHECK_FALSE(link.running());
}

TEST_CASE("the room link refuses to start before the console is open")
{
    test::ConsoleFixture f;
    SeatMapModel model;
    ConsoleManager closed(f.clock, test::ConsoleFixture::options());
    RoomService link(closed, model);
    CHECK_FALSE(link.start(anyPorts()));
    CHECK_FALSE(link.lastError().isEmpty());
    CHECK_FALSE(link.provisionAll());
    CHECK_FALSE(link.acceptPairing(QStringLiteral("123456"), 1));
}

TEST_CASE("after a console restart during the exam the password gives the bank key back")
{
    test::ConsoleFixture f;
    f.startWithFirstCandidate();
    CHECK(f.console.start()->keyInMemory());

    // The console restarts over the same site.db: the key was never stored.
    ConsoleManager manager(f.clock, test::ConsoleFixture::options());
    manager.setCentreKey(f.centreKey.publicKey());
    manager.open(f.dir / "data");
    ConsoleController console(manager);
    REQUIRE(console.login(QStringLiteral("admin"), QStringLiteral("admin-password")));
    REQUIRE(console.start()->started());
    CHECK_FALSE(console.start()->keyInMemory());
    CHECK_FALSE(console.start()->unlockAgain(QStringLiteral("WRONG-WRONG-WRONG")));
    CHECK_FALSE(console.start()->keyInMemory());
    CHECK(console.start()->unlockAgain(QString::fromStdString(f.password)));
    CHECK(console.start()->keyInMemory());
}

TEST_CASE("switching a candidate to paper locks the kiosk at their seat and records it")
{
    test::ConsoleFixture f;
    f.setUpRoom();
    f.later("2027-03-08T08:01:00+08:00");
    const std::string sessionId = f.manager.sessionId();
    for (int i = 0; i < 2; ++i)
        REQUIRE(f.manager.sessions()
                    .checkIn(*f.manager.person(), sessionId, f.ticket(i).toStdString())
                    .ok());
    // Only the kiosk at the first candidate's seat has its keys (so the link serves it).
    const int seat = *f.manager.sessions().find(sessionId, f.ticket(0).toStdString())->seatNo;
    site::KioskKeys keys;
    keys.fingerprint = "KIOSK-" + std::to_string(seat);
    keys.curveKey = crypto::CurveKeyPair::generate().publicKey();
    keys.signingKey = crypto::SigningKeyPair::generate().publicKey();
    site::RoomLinkStore(f.manager.store().database()).rememberKiosk(keys, f.clock.now());
    RoomService& link = *f.console.link();
    REQUIRE(link.start(anyPorts()));
    REQUIRE(f.console.start()->start(QString::fromStdString(f.password)));

    PaperController& paper = *f.console.paper();
    for (int i = 0; i < 2; ++i) {
        paper.select(f.ticket(i));
        REQUIRE(paper.switchToPaper(QStringLiteral("考位黑屏")));
    }
    std::vector<site::AuditEntry> locks;
    for (const auto& e : f.manager.store().audit().entries())
        if (e.action == "paper-lock-kiosk")
            locks.push_back(e);
    REQUIRE(locks.size() == 2);
    CHECK(locks[0].subject == f.ticket(0).toStdString());
    const auto sent = nlohmann::json::parse(locks[0].detail);
    CHECK(sent["lock_sent"] == true); // queued for the kiosk, resent until it applies it
    CHECK(sent["kiosk"] == keys.fingerprint);
    CHECK(sent["seat"] == seat);
    // The second candidate's seat has no kiosk the link serves: recorded as not sent.
    CHECK(nlohmann::json::parse(locks[1].detail)["lock_sent"] == false);
    link.stop();
}
