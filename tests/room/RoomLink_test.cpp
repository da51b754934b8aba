#include "net/CurveSetup.h"
#include "net/Message.h"
#include "room/EquipmentReport.h"
#include "room/RoomMessages.h"
#include "RoomFixture.h"
#include "store/Statement.h"

#include <zmq_addon.hpp>

using namespace examroom;
using namespace examroom::test;
using room::RoomServer;

namespace {

// A console and kiosks in one process.
struct Room
{
    TempDir dir;
    crypto::CurveKeyPair consoleKey = crypto::CurveKeyPair::generate();
    ServerLog log;
    std::unique_ptr<RoomServer> server;
    std::vector<std::unique_ptr<TestKiosk>> kiosks;
    room::RoomServerOptions options;

    Room()
    {
        options.resendAfter = std::chrono::milliseconds(300);
        start();
    }

    void start()
    {
        server = std::make_unique<RoomServer>(
            crypto::CurveKeyPair::fromSecretKey(crypto::SecretBytes(
                crypto::ByteSpan(consoleKey.secretKey().data(), consoleKey.secretKey().size()))),
            options, [this](const room::RoomEvent& e) { log.events.push_back(e); });
    }

    // A new console on `endpoint` (the old one's address) with the pairings from its database,
    // and an empty event log.
    void restartConsole(const std::string& endpoint, const std::vector<room::PairedKiosk>& paired)
    {
        options.roomEndpoint = endpoint;
        options.pairingEndpoint.clear();
        log.events.clear();
        start();
        for (const auto& p : paired)
            server->addPairedKiosk(p);
    }

    room::RoomClientOptions clientOptions()
    {
        room::RoomClientOptions o;
        o.pairingEndpoint = server->pairingEndpoint();
        o.consoleKey = consoleKey.publicKey();
        o.appVersion = "test";
        o.heartbeatEvery = std::chrono::milliseconds(100);
        o.resendAfter = std::chrono::milliseconds(300);
        o.linkLostAfter = std::chrono::milliseconds(1000);
        return o;
    }

    TestKiosk& addKiosk()
    {
        kiosks.push_back(std::make_unique<TestKiosk>());
        kiosks.back()->connect(dir / ("kiosk" + std::to_string(kiosks.size())), clientOptions());
        return *kiosks.back();
    }

    void pump()
    {
        if (server)
            server->processEvents();
        for (auto& k : kiosks)
            if (k->client)
                k->client->processEvents();
    }

    std::vector<int> fds()
    {
        std::vector<int> out;
        if (server) {
            out.push_back(server->fd());
            out.push_back(server->pairingFd());
        }
        for (auto& k : kiosks)
            if (k->client) {
                out.push_back(k->client->fd());
                out.push_back(k->client->pairingFd());
            }
        return out;
    }

    bool until(const std::function<bool()>& done,
               std::chrono::milliseconds limit = std::chrono::milliseconds(10000))
    {
        return pumpUntil([this] { pump(); }, done, fds(), limit);
    }

    // Pairs `kiosk` at `seat` and waits until the link is up.
    void pair(TestKiosk& kiosk, int seat)
    {
        const std::string code = kiosk.client->startPairing();
        REQUIRE(until([&] {
            for (const auto& p : server->pendingPairings())
                if (p.code == code)
                    return true;
            return false;
        }));
        REQUIRE(server->acceptPairing(code, seat));
        REQUIRE(until([&] { return kiosk.client->isPaired() && kiosk.client->isLinkUp(); }));
    }

    std::string fp(TestKiosk& kiosk) { return kiosk.client->fingerprint(); }
};

int rows(store::Database& db, const char* table)
{
    auto count = db.prepare(std::string("SELECT COUNT(*) FROM ") + table);
    count.step();
    return int(count.columnInt64(0));
}

JournalEntry appendAnswer(TestKiosk& kiosk, const std::string& attempt, int index, int bits)
{
    AnswerJournal journal(kiosk.store->database());
    return journal.append(attempt, "answer", nlohmann::json{{"i", index}, {"c", bits}}.dump(),
                          std::chrono::milliseconds(1000 + index), "boot-1");
}

} // namespace

TEST_CASE("a kiosk pairs with the code and fingerprint the console shows")
{
    Room room;
    TestKiosk& kiosk = room.addKiosk();
    CHECK_FALSE(kiosk.client->isPaired());
    const std::string code = kiosk.client->startPairing();
    CHECK(code.size() == 6);
    REQUIRE(room.until([&] { return room.log.count<room::PairingRequested>() > 0; }));
    auto request = room.log.all<room::PairingRequested>().front();
    CHECK(request.code == code);
    CHECK(request.fingerprint == kiosk.store->fingerprint());
    CHECK_FALSE(room.server->acceptPairing("000000" == code ? "111111" : "000000", 4));
    REQUIRE(room.server->acceptPairing(code, 4));
    REQUIRE(room.until([&] { return kiosk.client->isLinkUp(); }));
    CHECK(kiosk.client->seatNo() == 4);
    CHECK(kiosk.count<room::Paired>() == 1);
    REQUIRE(room.until([&] { return room.log.count<room::SeatStatus>() > 0; }));
    CHECK(room.log.all<room::SeatStatus>().back().status.seatNo == 4);
    CHECK(room.server->fingerprintAtSeat(4) == kiosk.store->fingerprint());

    // The pairing survives a restart of the kiosk: the console key is pinned in kiosk.db.
    kiosk.client.reset();
    kiosk.connect(room.dir / "kiosk1", room.clientOptions());
    CHECK(kiosk.client->isPaired());
    REQUIRE(room.until([&] { return kiosk.client->isLinkUp(); }));

    // Another console key configured later is refused.
    kiosk.client.reset();
    auto options = room.clientOptions();
    options.consoleKey = crypto::CurveKeyPair::generate().publicKey();
    CHECK_THROWS_AS(kiosk.connect(room.dir / "kiosk1", options), std::runtime_error);
}

TEST_CASE("an unpaired key is refused at ZAP and reported")
{
    Room room;
    // A stranger that knows the console key talks to the room socket directly.
    zmq::context_t context;
    zmq::socket_t stranger(context, zmq::socket_type::dealer);
    net::makeCurveClient(stranger, crypto::CurveKeyPair::generate(), room.consoleKey.publicKey());
    stranger.connect(room.server->roomEndpoint());
    (void)net::sendMessage(stranger, net::Message::withJson("heartbeat", "x", {{"status", {}}}));
    REQUIRE(room.until([&] { return room.log.count<room::LinkRefused>() > 0; }));
    CHECK(room.log.all<room::LinkRefused>().front().why.find("ZAP") != std::string::npos);
    CHECK(room.log.count<room::SeatStatus>() == 0);

    // On the pairing socket anything but a signed pair-request is ignored and reported.
    zmq::socket_t other(context, zmq::socket_type::dealer);
    net::makeCurveClient(other, crypto::CurveKeyPair::generate(), room.consoleKey.publicKey());
    other.connect(room.server->pairingEndpoint());
    (void)net::sendMessage(other, net::Message::withJson("submit", "x", {{"key", "k"}}));
    (void)net::sendMessage(other,
                           net::Message::withJson("pair-request", "y", {{"code", "123456"}}));
    REQUIRE(room.until([&] { return room.log.count<room::LinkRefused>() >= 3; }));
    CHECK(room.log.count<room::PairingRequested>() == 0);
    CHECK(room.server->pendingPairings().empty());
}

TEST_CASE("a corrupt provisioning chunk is refused and nothing is stored")
{
    Room room;
    room.options.chunkBytes = 1024;
    room.options.tamperChunkForTests = [](int index, crypto::ByteVector& chunk) {
        if (index == 1)
            chunk[10] ^= 0x20;
    };
    room.server.reset();
    room.start();
    TestKiosk& kiosk = room.addKiosk();
    room.pair(kiosk, 1);
    auto dataKey = crypto::SecretBytes::random(32);
    REQUIRE(room.server->provision(room.fp(kiosk), sampleBundle(dataKey, 5000)));
    REQUIRE(room.until([&] {
        for (const auto& p : room.log.all<room::ProvisionProgress>())
            if (p.failed || p.done)
                return true;
        return false;
    }));
    auto last = room.log.all<room::ProvisionProgress>().back();
    CHECK(last.failed);
    CHECK(last.why.find("hash") != std::string::npos);
    CHECK(rows(kiosk.store->database(), "room_provision") == 0);
    CHECK_FALSE(kiosk.client->provisionedBundle());
    // An unlock without a provisioned bank is refused too.
    REQUIRE(room.server->unlock(room.fp(kiosk), dataKey));
    REQUIRE(room.until([&] { return room.log.count<room::UnlockResult>() > 0; }));
    CHECK_FALSE(room.log.all<room::UnlockResult>().front().ok);
}

TEST_CASE("provisioning in chunks with progress then unlock with the bank key")
{
    Room room;
    room.options.chunkBytes = 1024;
    room.server.reset();
    room.start();
    TestKiosk& kiosk = room.addKiosk();
    room.pair(kiosk, 2);
    auto dataKey = crypto::SecretBytes::random(32);
    REQUIRE(room.server->provision(room.fp(kiosk), sampleBundle(dataKey, 20000)));
    REQUIRE(room.until([&] { return kiosk.count<room::Provisioned>() > 0; }));
    REQUIRE(room.until([&] {
        auto progress = room.log.all<room::ProvisionProgress>();
        return !progress.empty() && progress.back().done;
    }));
    auto progress = room.log.all<room::ProvisionProgress>();
    CHECK(progress.size() > 10); // one per chunk, then done
    CHECK(progress.back().chunksDone == progress.back().chunkCount);
    CHECK(rows(kiosk.store->database(), "room_provision") == 1);
    REQUIRE(kiosk.client->provisionedBundle());
    CHECK(kiosk.client->provisionedBundle()->sessionId == "P1/R1");

    // A wrong key is refused by the kiosk: it does not open the bank.
    auto wrong = crypto::SecretBytes::random(32);
    REQUIRE(room.server->unlock(room.fp(kiosk), wrong));
    REQUIRE(room.until([&] { return room.log.count<room::UnlockResult>() > 0; }));
    CHECK_FALSE(room.log.all<room::UnlockResult>().back().ok);
    CHECK(kiosk.count<room::Unlocked>() == 0);

    REQUIRE(room.server->unlock(room.fp(kiosk), dataKey));
    REQUIRE(room.until([&] { return kiosk.count<room::Unlocked>() > 0; }));
    REQUIRE(room.until([&] { return room.log.all<room::UnlockResult>().back().ok; }));
    CHECK(kiosk.lastUnlockKey ==
          crypto::ByteVector(dataKey.data(), dataKey.data() + dataKey.size()));
    auto files = room::openProvisionedBank(*kiosk.client->provisionedBundle(), dataKey);
    REQUIRE(files);
    CHECK(files->files().at("bank.csv") == "bank.csv contents");
    // The key is nowhere in kiosk.db (the bundle holds the bank sealed).
    auto bundleRow = kiosk.store->database().prepare("SELECT bundle FROM room_provision");
    REQUIRE(bundleRow.step());
    auto stored = bundleRow.columnBlob(0);
    CHECK(std::search(stored.begin(), stored.end(), dataKey.data(),
                      dataKey.data() + dataKey.size()) == stored.end());

    // Provisioning the same bundle again is answered at once from what is stored.
    const auto before = room.log.all<room::ProvisionProgress>().size();
    REQUIRE(room.server->provision(room.fp(kiosk), sampleBundle(dataKey, 20000)));
    (void)room.until([&] { return room.log.all<room::ProvisionProgress>().size() > before; });
}

TEST_CASE("the answer mirror follows the journal and gives a resume point")
{
    Room room;
    TestKiosk& kiosk = room.addKiosk();
    room.pair(kiosk, 1);
    const std::string attempt = "P1/T1/1";
    AnswerJournal(kiosk.store->database())
        .append(attempt, "start", nlohmann::json{{"ticket", "T1"}}.dump(),
                std::chrono::milliseconds(900), "boot-1");
    appendAnswer(kiosk, attempt, 0, 1);
    appendAnswer(kiosk, attempt, 3, 6);
    AnswerJournal(kiosk.store->database())
        .append(attempt, "flag", nlohmann::json{{"i", 3}, {"f", true}}.dump(),
                std::chrono::milliseconds(1500), "boot-1");
    kiosk.client->mirrorChanged(attempt);
    REQUIRE(room.until([&] { return kiosk.client->mirrorAcked(attempt) == 4; }));
    auto mirror = room.server->mirror(attempt);
    REQUIRE(mirror.size() == 4);
    CHECK(verifyChain(mirror).ok);
    appendAnswer(kiosk, attempt, 0, 2); // changed its mind
    kiosk.status.attempt = attempt;
    kiosk.status.elapsedMs = 61000;
    kiosk.client->mirrorChanged(attempt);
    REQUIRE(room.until([&] { return kiosk.client->mirrorAcked(attempt) == 5; }));
    REQUIRE(room.until([&] {
        auto point = room.server->resumePoint("T1");
        return point && point->elapsedMs == 61000;
    }));
    auto point = room.server->resumePoint("T1");
    REQUIRE(point->items.size() == 2);
    CHECK(point->items[0].index == 0);
    CHECK(point->items[0].choices == 2);
    CHECK(point->items[1].choices == 6);
    CHECK(point->items[1].flagged);
    CHECK(point->lastSeq == 5);

    // A seed for that ticket on another kiosk carries the resume point (换机续考).
    TestKiosk& spare = room.addKiosk();
    room.pair(spare, 9);
    room::SeedGrant grant;
    grant.ticketNo = "T1";
    grant.seed.assign(32, 7);
    REQUIRE(room.server->grantSeed(room.fp(spare), grant));
    REQUIRE(room.until([&] { return spare.count<room::SeedArrived>() == 1; }));
    const auto arrived = std::get<room::SeedArrived>(spare.events.back()).grant;
    CHECK(arrived.elapsedMs == 61000);
    CHECK(arrived.items.size() == 2);
    REQUIRE(room.until([&] { return room.log.count<room::CommandApplied>() == 1; }));
}

TEST_CASE("a submitted sheet is kept in the outbox until the console acknowledges it")
{
    Room room;
    TestKiosk& kiosk = room.addKiosk();
    room.pair(kiosk, 1);
    auto sheet = signDocument("knowledge-score-sheet", "P1/T1/1", "{\"score\":90}",
                              kiosk.store->signingKey());
    kiosk.client->submitSheet(sheet);
    CHECK(rows(kiosk.store->database(), "outbox") == 1);
    REQUIRE(room.until([&] { return kiosk.count<room::OutboxAcked>() == 1; }));
    CHECK(kiosk.client->outboxPending() == 0);
    REQUIRE(room.log.count<room::SheetReceived>() == 1);
    CHECK(room.log.all<room::SheetReceived>().front().sheet.id == "P1/T1/1");
    CHECK(room.server->sheets().count("P1/T1/1") == 1);

    kiosk.client->raiseHand("T1");
    REQUIRE(room.until([&] { return room.log.count<room::HandRaised>() == 1; }));
    CHECK(room.log.all<room::HandRaised>().front().ticketNo == "T1");

    // A sheet signed by another key is refused and reported, and stays in the outbox.
    auto forged =
        signDocument("knowledge-score-sheet", "P1/T2/1", "{}", crypto::SigningKeyPair::generate());
    kiosk.client->submitSheet(forged);
    REQUIRE(room.until([&] { return room.log.count<room::LinkRefused>() > 0; }));
    CHECK(room.server->sheets().count("P1/T2/1") == 0);
    CHECK(kiosk.client->outboxPending() == 1);
    // The candidate is known as submitted: a login elsewhere is refused.
    TestKiosk& other = room.addKiosk();
    room.pair(other, 2);
    other.client->checkLogin("T1");
    REQUIRE(room.until([&] { return other.count<room::LoginAnswered>() == 1; }));
    CHECK(std::get<room::LoginAnswered>(other.events.back()).verdict ==
          room::LoginVerdict::AlreadySubmitted);
}

TEST_CASE("the outbox and the mirror are replayed after the console restarts")
{
    Room room;
    TestKiosk& kiosk = room.addKiosk();
    room.pair(kiosk, 1);
    const auto paired = room.server->pairedKiosks();
    const std::string attempt = "P1/T1/1";
    appendAnswer(kiosk, attempt, 0, 1);
    kiosk.client->mirrorChanged(attempt);
    REQUIRE(room.until([&] { return kiosk.client->mirrorAcked(attempt) == 1; }));

    // The console goes away; the kiosk goes on and queues.
    const std::string endpoint = room.server->roomEndpoint();
    room.server.reset();
    REQUIRE(room.until([&] { return !kiosk.client->isLinkUp(); }));
    appendAnswer(kiosk, attempt, 1, 2);
    appendAnswer(kiosk, attempt, 2, 4);
    kiosk.client->mirrorChanged(attempt);
    auto sheet = signDocument("knowledge-score-sheet", attempt, "{}", kiosk.store->signingKey());
    kiosk.client->submitSheet(sheet);
    kiosk.client->raiseHand("T1");
    CHECK(kiosk.client->outboxPending() == 2);

    room.restartConsole(endpoint, paired);
    REQUIRE(room.until([&] { return kiosk.client->outboxPending() == 0; }));
    REQUIRE(room.until([&] { return kiosk.client->mirrorAcked(attempt) == 3; }));
    CHECK(room.server->mirror(attempt).size() == 3); // everything, the lost mirror refilled
    CHECK(room.log.count<room::SheetReceived>() == 1);
    CHECK(room.log.count<room::HandRaised>() == 1);
    CHECK(kiosk.client->isLinkUp());
}

TEST_CASE("an outbox row that is not JSON is reported once and the others still go")
{
    Room room;
    TestKiosk& kiosk = room.addKiosk();
    room.pair(kiosk, 1);
    const auto paired = room.server->pairedKiosks();
    const std::string endpoint = room.server->roomEndpoint();
    room.server.reset();
    REQUIRE(room.until([&] { return !kiosk.client->isLinkUp(); }));
    kiosk.client->raiseHand("T1");
    kiosk.client->submitSheet(
        signDocument("knowledge-score-sheet", "P1/T1/1", "{}", kiosk.store->signingKey()));
    kiosk.store->database().exec(
        "UPDATE outbox SET body = '{\"ticket\": ' WHERE kind = 'raise-hand'");

    room.restartConsole(endpoint, paired);
    std::vector<std::string> errors;
    auto pump = [&] {
        room.server->processEvents();
        try {
            kiosk.client->processEvents();
        } catch (const std::runtime_error& e) {
            errors.emplace_back(e.what());
        }
    };
    REQUIRE(test::pumpUntil(
        pump, [&] { return room.log.count<room::SheetReceived>() == 1; }, room.fds(),
        std::chrono::milliseconds(10000)));
    REQUIRE(test::pumpUntil(
        pump, [&] { return kiosk.client->outboxPending() == 1; }, room.fds(),
        std::chrono::milliseconds(10000)));
    // Past a few resends: still one report.
    (void)test::pumpUntil(
        pump, [] { return false; }, room.fds(), std::chrono::milliseconds(2500));
    REQUIRE(errors.size() == 1);
    CHECK(errors.front().find("outbox row") != std::string::npos);
    CHECK(errors.front().find("(raise-hand)") != std::string::npos);
    CHECK(room.log.count<room::HandRaised>() == 0);
    CHECK(rows(kiosk.store->database(), "outbox") == 2);
}

TEST_CASE("duplicated and out-of-order messages are idempotent")
{
    Room room;
    TestKiosk& kiosk = room.addKiosk();
    room.pair(kiosk, 1);

    // The same command twice (a resend after a lost acknowledgement): applied once.
    room::ProctorCommand extend{"cmd-1", room::CommandKind::Extend, "T1", 10, "power cut"};
    REQUIRE(room.server->sendCommand(room.fp(kiosk), extend));
    REQUIRE(room.until([&] { return room.log.count<room::CommandApplied>() == 1; }));
    REQUIRE(room.server->sendCommand(room.fp(kiosk), extend));
    REQUIRE(room.until([&] { return room.log.count<room::CommandApplied>() == 2; }));
    CHECK(kiosk.applied == 1);
    CHECK(rows(kiosk.store->database(), "room_applied") == 1);

    // A refused command is answered as refused, with the reason.
    kiosk.applyResult = false;
    REQUIRE(room.server->sendCommand(room.fp(kiosk),
                                     {"cmd-2", room::CommandKind::Pause, "T1", 0, "x"}));
    REQUIRE(room.until([&] { return room.log.count<room::CommandApplied>() == 3; }));
    CHECK_FALSE(room.log.all<room::CommandApplied>().back().ok);

    // Mirror entries out of order, then repeated, straight on the wire with the kiosk's key.
    const std::string attempt = "P1/T9/1";
    auto e1 = appendAnswer(kiosk, attempt, 0, 1);
    auto e2 = appendAnswer(kiosk, attempt, 1, 1);
    auto e3 = appendAnswer(kiosk, attempt, 2, 1);
    zmq::context_t context;
    zmq::socket_t raw(context, zmq::socket_type::dealer);
    net::makeCurveClient(raw, kiosk.store->curveKey(), room.consoleKey.publicKey());
    raw.connect(room.server->roomEndpoint());
    auto mirror = [&](std::vector<JournalEntry> entries) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& e : entries)
            list.push_back(room::entryToJson(e));
        REQUIRE(net::sendMessage(
            raw, net::Message::withJson("mirror", "m", {{"attempt", attempt}, {"entries", list}}),
            {}, zmq::send_flags::none));
    };
    auto rawAck = [&]() -> std::int64_t {
        std::int64_t seq = -1;
        (void)pumpUntil(
            [&] { room.pump(); },
            [&] {
                std::vector<zmq::message_t> parts;
                if (!zmq::recv_multipart(raw, std::back_inserter(parts), zmq::recv_flags::dontwait))
                    return false;
                auto m = net::decodeFrames(parts);
                if (m && m->type == "mirror-ack") {
                    seq = m->json["seq"].get<std::int64_t>();
                    return true;
                }
                return false;
            },
            room.fds());
        return seq;
    };
    mirror({e2, e3}); // a gap: nothing taken
    CHECK(rawAck() == 0);
    mirror({e1});
    CHECK(rawAck() == 1);
    mirror({e1, e2, e3}); // e1 again
    CHECK(rawAck() == 3);
    mirror({e3, e2});
    CHECK(rawAck() == 3);
    CHECK(room.server->mirror(attempt).size() == 3);
    // A tampered entry breaks the chain: refused and reported.
    auto e4 = appendAnswer(kiosk, attempt, 3, 1);
    e4.payload = "{\"i\":3,\"c\":2}";
    mirror({e4});
    CHECK(rawAck() == 3);
    CHECK(room.log.count<room::LinkRefused>() >= 1);

    // The same sheet twice: stored once.
    auto sheet = signDocument("knowledge-score-sheet", attempt, "{}", kiosk.store->signingKey());
    kiosk.client->submitSheet(sheet);
    kiosk.client->submitSheet(sheet);
    REQUIRE(room.until([&] { return kiosk.client->outboxPending() == 0; }));
    CHECK(room.log.count<room::SheetReceived>() == 1);
}

TEST_CASE("a kiosk that is silent is reported offline")
{
    Room room;
    room.options.offlineAfter = std::chrono::milliseconds(500);
    room.server.reset();
    room.start();
    TestKiosk& kiosk = room.addKiosk();
    room.pair(kiosk, 1);
    const std::string fingerprint = room.fp(kiosk);
    REQUIRE(room.until([&] { return room.server->isOnline(fingerprint); }));
    kiosk.client.reset();
    REQUIRE(room.until([&] { return room.log.count<room::SeatOffline>() == 1; }));
    CHECK_FALSE(room.server->isOnline(fingerprint));
}

TEST_CASE("the equipment is known to the console only once the kiosk's voice check has ended")
{
    Room room;
    TestKiosk& kiosk = room.addKiosk();
    kiosk.status.ttsChecking = true; // the read-aloud check runs on the kiosk's own thread
    room.pair(kiosk, 1);
    REQUIRE(room.until([&] { return room.log.count<room::SeatStatus>() > 0; }));
    const auto checking = room.log.all<room::SeatStatus>().back();
    CHECK(checking.status.ttsChecking);
    CHECK_FALSE(room::equipmentKnown(checking));

    // The verdict: a voice answered. The next heartbeat carries it.
    kiosk.status.ttsChecking = false;
    kiosk.status.ttsAvailable = true;
    kiosk.client->sendHeartbeat();
    REQUIRE(room.until([&] {
        const auto seen = room.log.all<room::SeatStatus>();
        return !seen.back().status.ttsChecking;
    }));
    const auto decided = room.log.all<room::SeatStatus>().back();
    CHECK(room::equipmentKnown(decided));
    CHECK(room::equipmentReport(decided).ttsAvailable);
}
