#include "agent/AgentStore.h"
#include "hub/HubStore.h"
#include "SheetFactory.h"
#include "store/Statement.h"
#include "TestSupport.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace examroom;
using namespace examroom::centersync;

namespace {

Identity newIdentity()
{
    return {crypto::SigningKeyPair::generate(), crypto::CurveKeyPair::generate()};
}

PublicKeys publicKeys(const Identity& identity)
{
    return {identity.sign.publicKey(), identity.curve.publicKey()};
}

// A hub and one agent, in process, with a kiosk enrolled through a site-signed kiosk list.
struct Pair
{
    test::TempDir dir;
    FixedClock clock{std::chrono::sys_seconds(std::chrono::seconds(1800000000))};
    std::optional<HubStore> hub;
    std::optional<AgentStore> agent;
    test::SheetFactory sheets{"SZ-01", crypto::SigningKeyPair::generate()};

    Pair()
    {
        auto centreId = newIdentity();
        auto siteId = newIdentity();
        auto centreKeys = publicKeys(centreId);
        auto siteKeys = publicKeys(siteId);
        hub.emplace(openStateDatabase(dir / "centre.db", schema::centreMigrations(), true),
                    std::move(centreId), clock);
        agent.emplace(openStateDatabase(dir / "agent.db", schema::agentMigrations(), true),
                      std::move(siteId), "SZ-01", clock);
        hub->enrolSite("SZ-01", siteKeys);
        agent->trustCentre(centreKeys);
        REQUIRE(agent->enqueueKioskList({{"K01", sheets.kioskKey().publicKey()}}, "list-1") ==
                EnqueueResult::Queued);
    }

    // Sends the outbox as one batch in process; returns the hub's results.
    std::vector<ItemResult> deliver()
    {
        auto batch = agent->nextBatch(1000);
        std::vector<std::string> envelopes;
        for (const auto& item : batch)
            envelopes.push_back(item.envelope);
        auto signedBatch = makeUploadBatch("SZ-01", envelopes, agent->identity().sign, "b");
        std::string error;
        auto results = hub->ingestBatch("SZ-01", signedBatch, &error);
        REQUIRE_MESSAGE(results, error);
        nlohmann::json list = nlohmann::json::array();
        for (const auto& r : *results)
            list.push_back(r.toJson());
        agent->applyResults(batch, list);
        return *results;
    }

    int hubCount(const std::string& table)
    {
        auto query = hub->database().prepare("SELECT COUNT(*) FROM " + table);
        query.step();
        return static_cast<int>(query.columnInt64(0));
    }
};

} // namespace

TEST_CASE("sheets from an enrolled kiosk are stored once and the same upload gets the same receipt")
{
    Pair p;
    for (const auto& sheet : p.sheets.signedSheets(5))
        REQUIRE(p.agent->enqueue(sheet) == EnqueueResult::Queued);
    auto first = p.deliver();
    REQUIRE(first.size() == 6);
    for (const auto& r : first)
        CHECK(r.status == "stored");
    CHECK(p.agent->queuedCount() == 0);
    CHECK(p.agent->receiptCount() == 6);

    // Replay the same batch straight at the hub: duplicates with byte-identical receipts.
    std::vector<std::string> envelopes = {p.sheets.signedSheet(0).toJson()};
    auto replay = p.hub->ingestBatch(
        "SZ-01", makeUploadBatch("SZ-01", envelopes, p.agent->identity().sign, "again"), nullptr);
    REQUIRE(replay);
    CHECK(replay->at(0).status == "duplicate");
    CHECK(replay->at(0).receipt == first[1].receipt);
    CHECK(p.hubCount("documents") == 6);
}

TEST_CASE("the same sheet id with different content is refused and recorded as a conflict")
{
    Pair p;
    REQUIRE(p.agent->enqueue(p.sheets.signedSheet(0)) == EnqueueResult::Queued);
    p.deliver();
    auto changed = p.sheets.sheet(0);
    changed.scoreHalfPoints += 20;
    auto document = changed.sign(p.sheets.kioskKey());
    auto results = p.hub->ingestBatch(
        "SZ-01",
        makeUploadBatch("SZ-01", {document.toJson()}, p.agent->identity().sign, "conflict"),
        nullptr);
    REQUIRE(results);
    CHECK(results->at(0).status == "conflict");
    CHECK(p.hubCount("conflicts") == 1);
    CHECK(p.hubCount("documents") == 2);
}

TEST_CASE("a tampered sheet is rejected while the rest of its batch goes through")
{
    Pair p;
    auto sheets = p.sheets.signedSheets(3);
    sheets[1].body[sheets[1].body.size() / 2] ^= 0x01;
    for (const auto& sheet : sheets)
        REQUIRE(p.agent->enqueue(sheet) == EnqueueResult::Queued);
    auto results = p.deliver();
    REQUIRE(results.size() == 4);
    CHECK(results[1].status == "stored");
    CHECK(results[2].status == "rejected");
    CHECK(results[3].status == "stored");
    CHECK(p.agent->queuedCount() == 0);
    CHECK(p.agent->receiptCount() == 3);
    CHECK(p.hubCount("documents") == 3);
}

TEST_CASE("a sheet signed by a kiosk no kiosk list names is rejected")
{
    Pair p;
    test::SheetFactory stranger("SZ-01", crypto::SigningKeyPair::generate());
    REQUIRE(p.agent->enqueue(stranger.signedSheet(0)) == EnqueueResult::Queued);
    auto results = p.deliver();
    CHECK(results.back().status == "rejected");
    CHECK(results.back().reason.find("not a kiosk enrolled") != std::string::npos);
}

TEST_CASE("a batch not signed by the enrolled site key is refused whole")
{
    Pair p;
    auto impostor = crypto::SigningKeyPair::generate();
    std::string error;
    auto results = p.hub->ingestBatch(
        "SZ-01", makeUploadBatch("SZ-01", {p.sheets.signedSheet(0).toJson()}, impostor, "x"),
        &error);
    CHECK_FALSE(results);
    CHECK(error.find("not signed by the site") != std::string::npos);
    CHECK(p.hubCount("documents") == 0);
}

TEST_CASE("an item stays in the outbox when its receipt does not check out")
{
    Pair p;
    REQUIRE(p.agent->enqueue(p.sheets.signedSheet(0)) == EnqueueResult::Queued);
    auto batch = p.agent->nextBatch(10);
    std::vector<std::string> envelopes;
    for (const auto& item : batch)
        envelopes.push_back(item.envelope);
    auto results = p.hub->ingestBatch(
        "SZ-01", makeUploadBatch("SZ-01", envelopes, p.agent->identity().sign, "b"), nullptr);
    REQUIRE(results);
    nlohmann::json list = nlohmann::json::array();
    for (auto r : *results) {
        auto at = r.receipt.find("\"signature\":\"") + 14;
        r.receipt[at] = r.receipt[at] == '0' ? '1' : '0'; // one flipped hex digit
        list.push_back(r.toJson());
    }
    auto counts = p.agent->applyResults(batch, list);
    CHECK(counts.badReceipts == 2);
    CHECK(p.agent->queuedCount() == 2);
    CHECK(p.agent->receiptCount() == 0);
}
