// Removing a staff key with a newer site-signed staff list (examroom.staff-list.v2): what the
// key signed before the removal reached the agent and the hub stays valid; what comes after is
// refused with the reason, at the agent and at the hub. Real SQLCipher databases for both.
#include "agent/AgentStore.h"
#include "commands/ResultsExport.h"
#include "hub/HubStore.h"
#include "HubTestIdentity.h"
#include "protocol/UploadBatch.h"
#include "SheetFactory.h"
#include "TestSupport.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace examroom;
using namespace examroom::centersync;

namespace {

// A hub and the site's agent in process, a kiosk and a proctor and a grader listed.
struct Site
{
    test::TempDir dir;
    FixedClock clock{std::chrono::sys_seconds(std::chrono::seconds(1800000000))};
    std::optional<HubStore> hub;
    std::optional<AgentStore> agent;
    test::SheetFactory sheets{"SZ-01", crypto::SigningKeyPair::generate()};
    crypto::SigningKeyPair proctor = crypto::SigningKeyPair::generate();
    crypto::SigningKeyPair grader = crypto::SigningKeyPair::generate();

    Site()
    {
        auto centre = newIdentity();
        auto site = newIdentity();
        const PublicKeys centreKeys{centre.sign.publicKey(), centre.curve.publicKey()};
        const PublicKeys siteKeys{site.sign.publicKey(), site.curve.publicKey()};
        hub.emplace(openStateDatabase(dir / "centre.db", schema::centreMigrations(), true),
                    std::move(centre), clock);
        agent.emplace(openStateDatabase(dir / "agent.db", schema::agentMigrations(), true),
                      std::move(site), "SZ-01", clock);
        hub->enrolSite("SZ-01", siteKeys);
        agent->trustCentre(centreKeys);
        REQUIRE(agent->enqueueKioskList({{"K01", sheets.kioskKey().publicKey()}}, "kiosks-1") ==
                EnqueueResult::Queued);
        REQUIRE(agent->enqueueKeyList(kStaffListKind,
                                      {{"王监考", "proctor", proctor.publicKey()},
                                       {"李考评", "grader", grader.publicKey()}},
                                      "staff-1") == EnqueueResult::Queued);
    }

    // The outbox as one batch, in process; the hub's outcome, the receipt applied.
    BatchOutcome deliver(const std::string& batchId)
    {
        auto batch = agent->nextBatch(1000);
        std::vector<UploadItem> items;
        for (const auto& item : batch)
            items.push_back({item.document, item.contentHash});
        std::string error;
        auto outcome = hub->ingestUpload(
            "SZ-01", makeUpload("SZ-01", items, agent->identity().sign, batchId), &error);
        REQUIRE_MESSAGE(outcome, error);
        agent->applyReceipt(outcome->receipt, &batch, 3);
        return *outcome;
    }

    // `documents` uploaded straight to the hub, signed by the site (not through the agent).
    BatchOutcome upload(const std::vector<SignedDocument>& documents, const std::string& batchId)
    {
        std::vector<UploadItem> items;
        for (const auto& document : documents)
            items.push_back({document.toBinary(), document.contentHash()});
        auto outcome = hub->ingestUpload(
            "SZ-01", makeUpload("SZ-01", items, agent->identity().sign, batchId), nullptr);
        REQUIRE(outcome);
        return *outcome;
    }

    SignedDocument practical(int index, const crypto::SigningKeyPair& countersigner)
    {
        return sheets.practicalSheet(index, 88, "李考评", grader, countersigner);
    }
};

} // namespace

TEST_CASE("a removed staff key keeps what it signed before and is refused after at the "
          "agent and the hub")
{
    Site s;
    // Before: a practical sheet countersigned by the proctor goes up and is stored.
    const auto before = s.practical(0, s.proctor);
    REQUIRE(s.agent->enqueue(s.sheets.signedSheet(0)) == EnqueueResult::Queued);
    REQUIRE(s.agent->enqueue(before) == EnqueueResult::Queued);
    auto first = s.deliver("b1");
    for (const auto& item : first.items) {
        INFO(item.kind << ": " << item.reason);
        CHECK(item.status == "stored");
    }
    // A sheet the console handed over before the removal, still waiting in the outbox.
    const auto queuedBefore = s.practical(1, s.proctor);
    REQUIRE(s.agent->enqueue(s.sheets.signedSheet(1)) == EnqueueResult::Queued);
    REQUIRE(s.agent->enqueue(queuedBefore) == EnqueueResult::Queued);

    // The site removes the proctor's key (a staff list of format v2).
    std::string why;
    REQUIRE(s.agent->enqueueKeyList(kStaffListKind, {}, "staff-removed-1",
                                    {{"王监考", "", s.proctor.publicKey()}},
                                    &why) == EnqueueResult::Queued);

    // At the agent: a new document by that key is refused with the reason; the ones it already
    // holds are still the same documents (handed over again: known, not refused).
    const auto after = s.practical(2, s.proctor);
    CHECK(s.agent->enqueue(after, &why) == EnqueueResult::Refused);
    CHECK(why.find("removed by staff list staff-removed-1 at ") != std::string::npos);
    CHECK(why.find("王监考") == std::string::npos); // reasons are logged: no names
    CHECK(s.agent->enqueue(before) == EnqueueResult::AlreadyReceipted);
    CHECK(s.agent->enqueue(queuedBefore) == EnqueueResult::AlreadyQueued);
    // Nor can the site list the key again.
    CHECK(s.agent->enqueueKeyList(kStaffListKind, {{"王监考", "proctor", s.proctor.publicKey()}},
                                  "staff-again", {}, &why) == EnqueueResult::Refused);
    CHECK(why.find("cannot list a removed key again") != std::string::npos);

    // At the hub, in outbox order: the sheet queued before the list is stored, the list
    // removes the key.
    auto second = s.deliver("b2");
    REQUIRE(second.items.size() == 3);
    for (const auto& item : second.items) {
        INFO(item.kind << " " << item.id << ": " << item.reason);
        CHECK(item.status == "stored");
    }
    // After the removal: a document by that key is refused, naming the list.
    auto late = s.upload({after}, "b3");
    REQUIRE(late.items.size() == 1);
    CHECK(late.items[0].status == "rejected");
    CHECK(late.items[0].reason.rfind("signer refused: staff key ", 0) == 0);
    CHECK(late.items[0].reason.find("removed by the site's staff list staff-removed-1") !=
          std::string::npos);
    // Before it: the stored sheets are still there, delivered again they are duplicates with
    // the same receipt code, and the results list both.
    auto again = s.upload({before}, "b4");
    CHECK(again.items[0].status == "duplicate");
    CHECK(again.items[0].receiptCode == first.items.back().receiptCode);
    const auto rows = loadResults(s.hub->database(), s.sheets.sheet(0).planId);
    int practicals = 0;
    for (const auto& row : rows)
        practicals += row.practicalScore == "88";
    CHECK(practicals == 2);
}

TEST_CASE("a removed grader's marks are refused and a removed key cannot be listed again")
{
    Site s;
    s.deliver("b1");
    // The grader goes; a proctor still countersigns, but the marks inside are the grader's.
    REQUIRE(s.agent->enqueueKeyList(kStaffListKind, {}, "staff-removed-2",
                                    {{"李考评", "", s.grader.publicKey()}}) ==
            EnqueueResult::Queued);
    s.deliver("b2");
    auto outcome = s.upload({s.sheets.signedSheet(3), s.practical(3, s.proctor)}, "b3");
    CHECK(outcome.items[0].status == "stored");
    CHECK(outcome.items[1].status == "rejected");
    CHECK(outcome.items[1].reason.rfind("practical sheet: grader refused: staff key ", 0) == 0);

    // Lists the agent would never sign, signed by the site key all the same: the hub refuses
    // them whole, each with its reason.
    const auto& siteKey = s.agent->identity().sign;
    auto list = [&](const std::string& id, const std::vector<ListedKey>& keys,
                    const std::vector<ListedKey>& removed) {
        return signDocument(std::string(kStaffListKind), id,
                            keyListBody(kStaffListKind, "SZ-01", keys, removed), siteKey);
    };
    const auto stranger = crypto::SigningKeyPair::generate();
    auto refused = s.upload({list("relist", {{"李考评", "grader", s.grader.publicKey()}}, {}),
                             list("empty", {}, {}), // an empty list is fine
                             list("unknown", {}, {{"张三", "", stranger.publicKey()}}),
                             list("other-name", {}, {{"张三", "", s.proctor.publicKey()}})},
                            "b4");
    REQUIRE(refused.items.size() == 4);
    CHECK(refused.items[0].status == "rejected");
    CHECK(refused.items[0].reason.find("lists a removed key again") != std::string::npos);
    CHECK(refused.items[1].status == "stored");
    CHECK(refused.items[2].status == "rejected");
    CHECK(refused.items[2].reason.find("removes a key the site never listed") != std::string::npos);
    CHECK(refused.items[3].status == "rejected");
    CHECK(refused.items[3].reason.find("under another name") != std::string::npos);
    // The proctor, whose removal was refused, still signs.
    auto still = s.upload({s.sheets.signedSheet(4), s.practical(4, s.proctor)}, "b5");
    CHECK(still.items[0].status == "stored");
    CHECK(still.items[1].status == "rejected"); // its grader is the removed one
    CHECK(still.items[1].reason.find("grader refused") != std::string::npos);
}

TEST_CASE("a staff list removes keys only in format v2 and never lists and removes one key")
{
    const auto key = crypto::SigningKeyPair::generate().publicKey();
    const auto other = crypto::SigningKeyPair::generate().publicKey();
    std::string why;
    // The writer: v1 while nothing is removed (older hubs read it), v2 otherwise.
    const auto v1 = keyListBody(kStaffListKind, "SZ-01", {{"a", "grader", key}});
    CHECK(nlohmann::json::parse(v1)["format"] == "examroom.staff-list.v1");
    const auto v2 =
        keyListBody(kStaffListKind, "SZ-01", {{"a", "grader", key}}, {{"b", "", other}});
    CHECK(nlohmann::json::parse(v2)["format"] == "examroom.staff-list.v2");
    auto parsed = parseKeyList(kStaffListKind, v2, "SZ-01", &why);
    REQUIRE(parsed);
    CHECK(parsed->keys.size() == 1);
    REQUIRE(parsed->removed.size() == 1);
    CHECK(parsed->removed[0].key == other);
    CHECK(parsed->removed[0].keyId == "b");
    CHECK_THROWS_AS(keyListBody(kStaffListKind, "SZ-01", {{"a", "grader", key}}, {{"a", "", key}}),
                    std::invalid_argument);
    CHECK_THROWS_AS(keyListBody(kKioskListKind, "SZ-01", {}, {{"K1", "", key}}),
                    std::invalid_argument);

    auto refused = [&](nlohmann::json body, const std::string& reason) {
        INFO(body.dump());
        CHECK_FALSE(parseKeyList(kStaffListKind, body.dump(), "SZ-01", &why));
        CHECK(why.find(reason) != std::string::npos);
    };
    auto both = nlohmann::json::parse(v2);
    both["removed"][0]["sign_public"] = both["staff"][0]["sign_public"];
    refused(both, "both listed and removed");
    auto removedInV1 = nlohmann::json::parse(v2);
    removedInV1["format"] = "examroom.staff-list.v1";
    refused(removedInV1, "only a staff list of format v2 removes keys");
    auto noRemoved = nlohmann::json::parse(v2);
    noRemoved.erase("removed");
    refused(noRemoved, "has no removed array");
    auto unknown = nlohmann::json::parse(v1);
    unknown["format"] = "examroom.staff-list.v9";
    refused(unknown, "unknown format");
    auto badKey = nlohmann::json::parse(v2);
    badKey["removed"][0]["sign_public"] = "00";
    refused(badKey, "a removed entry has no valid key or id");
}
