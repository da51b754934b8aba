// Centre protocol 3 (binary documents): databases of the version before convert every row on
// migration, and a peer of the version before is refused by name.
#include "agent/AgentStore.h"
#include "commands/ResultsExport.h"
#include "hub/HubServer.h"
#include "hub/HubStore.h"
#include "HubTestIdentity.h"
#include "protocol/OutboxBundle.h"
#include "protocol/UploadBatch.h"
#include "SheetFactory.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "TestSupport.h"

#include <algorithm>
#include <doctest/doctest.h>

using namespace examroom;
using namespace examroom::centersync;

namespace {

// agent.db as the agent before protocol 3 left it (schema v3, staff keys kept), with
// `documents` queued as JSON envelopes, the second one marked rejected, and `removed` a staff
// key a staff list of that version removed.
void writeOldAgentDb(const std::filesystem::path& path,
                     const std::vector<SignedDocument>& documents,
                     const std::optional<crypto::SigningPublicKey>& removed = std::nullopt)
{
    auto db = openStateDatabase(path, schema::agentMigrations().first(3), true);
    REQUIRE(db.userVersion() == 3);
    auto insert = db.prepare("INSERT INTO outbox (kind, doc_id, envelope, content_hash, queued_at, "
                             "state, reason) VALUES (?1, ?2, ?3, ?4, '2027-03-08T10:00:00Z', ?5, "
                             "?6)");
    for (std::size_t i = 0; i < documents.size(); ++i) {
        const auto& document = documents[i];
        const bool rejected = i == 1;
        insert.bind(1, std::string_view(document.kind))
            .bind(2, std::string_view(document.id))
            .bind(3, std::string_view(document.toJson()))
            .bind(4, std::string_view(document.contentHash()))
            .bind(5, std::string_view(rejected ? "rejected" : "queued"))
            .bind(6, rejected ? std::optional<std::string>("kept for a person") : std::nullopt);
        insert.execute();
    }
    if (removed) {
        auto staff = db.prepare("INSERT INTO staff_keys (sign_public, staff_id, role, listed_by, "
                                "removed_by, removed_at) VALUES (?1, '王监考', 'proctor', "
                                "'staff-1', 'staff-removed-1', '2027-03-08T09:00:00Z')");
        staff.bind(1, crypto::ByteSpan(*removed));
        staff.execute();
    }
}

// Every row of `table`, each column as text (BLOBs as their bytes), in rowid order.
std::vector<std::string> rowsOf(store::Database& db, const std::string& table, int columns)
{
    std::vector<std::string> rows;
    auto query = db.prepare("SELECT * FROM " + table + " ORDER BY rowid");
    while (query.step()) {
        std::string row;
        for (int i = 0; i < columns; ++i)
            row += (query.isNull(i) ? std::string("NULL") : query.columnText(i)) + "|";
        rows.push_back(row);
    }
    return rows;
}

} // namespace

TEST_CASE("every outbox row of an agent database before protocol 3 converts and still "
          "goes up")
{
    test::TempDir dir;
    test::SheetFactory sheets{"SZ-01", crypto::SigningKeyPair::generate()};
    auto site = newIdentity();
    auto documents = sheets.signedSheets(3);
    writeOldAgentDb(dir / "agent.db", documents);

    AgentStore agent(openStateDatabase(dir / "agent.db", schema::agentMigrations(), false),
                     std::move(site), "SZ-01", fixedClock());
    CHECK(agent.database().userVersion() == 4);
    CHECK(agent.queuedCount() == 2);
    auto unsettled = agent.unsettledItems();
    REQUIRE(unsettled.size() == 1);
    CHECK(unsettled[0].id == documents[1].id);
    CHECK(unsettled[0].reason == "kept for a person");
    auto queued = agent.queuedItems();
    REQUIRE(queued.size() == 2);
    for (const auto& item : queued) {
        const auto& original = item.id == documents[0].id ? documents[0] : documents[2];
        CHECK(item.document == original.toBinary());
        CHECK(item.contentHash == original.contentHash());
    }

    // The converted items go up and are receipted like any other.
    auto centre = newIdentity();
    const PublicKeys centreKeys{centre.sign.publicKey(), centre.curve.publicKey()};
    HubStore hub(openStateDatabase(dir / "centre.db", schema::centreMigrations(), true),
                 std::move(centre), fixedClock());
    hub.enrolSite("SZ-01", {agent.identity().sign.publicKey(), agent.identity().curve.publicKey()});
    agent.trustCentre(centreKeys);
    REQUIRE(agent.enqueueKioskList({{"K01", sheets.kioskKey().publicKey()}}, "list-1") ==
            EnqueueResult::Queued);
    auto batch = agent.nextBatch(10);
    // The list was queued after the old sheets; key lists go first in a batch.
    std::rotate(batch.rbegin(), batch.rbegin() + 1, batch.rend());
    std::vector<UploadItem> items;
    for (const auto& item : batch)
        items.push_back({item.document, item.contentHash});
    std::string error;
    auto outcome =
        hub.ingestUpload("SZ-01", makeUpload("SZ-01", items, agent.identity().sign, "b"), &error);
    REQUIRE_MESSAGE(outcome, error);
    CHECK(agent.applyReceipt(outcome->receipt, &batch, 3).receipted == 3);
    CHECK(agent.queuedCount() == 0);
}

TEST_CASE("a stored row that does not convert fails the migration whole and keeps "
          "every row")
{
    test::TempDir dir;
    test::SheetFactory sheets{"SZ-01", crypto::SigningKeyPair::generate()};
    writeOldAgentDb(dir / "agent.db", sheets.signedSheets(2));
    {
        auto db = openStateDatabase(dir / "agent.db", schema::agentMigrations().first(3), false);
        db.exec("UPDATE outbox SET envelope = 'not an envelope' WHERE seq = 2");
    }
    CHECK_THROWS_AS(openStateDatabase(dir / "agent.db", schema::agentMigrations(), false),
                    store::StoreError);
    auto db = openStateDatabase(dir / "agent.db", schema::agentMigrations().first(3), false);
    CHECK(db.userVersion() == 3);
    auto count = db.prepare("SELECT COUNT(*) FROM outbox WHERE envelope LIKE '{%'");
    REQUIRE(count.step());
    CHECK(count.columnInt64(0) == 1);
}

TEST_CASE("stored documents and conflicts of a centre database before protocol 3 "
          "convert and stay readable")
{
    test::TempDir dir;
    test::SheetFactory sheets{"SZ-01", crypto::SigningKeyPair::generate()};
    auto sheet = sheets.signedSheet(1);
    auto competing = sheets.sheet(1);
    competing.seatNo += 1;
    auto other = competing.sign(sheets.kioskKey());
    const auto planId = sheets.sheet(1).planId;
    {
        auto db = openStateDatabase(dir / "centre.db", schema::centreMigrations().first(4), true);
        auto document = db.prepare(
            "INSERT INTO documents (kind, doc_id, site_id, signer, content_hash, envelope, "
            "received_at, receipt, review_state, plan_id) VALUES (?1, ?2, 'SZ-01', ?3, ?4, ?5, "
            "'2027-03-08T10:00:00Z', 'CODE', 'approved', ?6)");
        document.bind(1, std::string_view(sheet.kind))
            .bind(2, std::string_view(sheet.id))
            .bind(3, crypto::ByteSpan(sheet.signer))
            .bind(4, std::string_view(sheet.contentHash()))
            .bind(5, std::string_view(sheet.toJson()))
            .bind(6, std::string_view(planId));
        document.execute();
        auto conflict = db.prepare(
            "INSERT INTO conflicts (kind, doc_id, site_id, content_hash, envelope, received_at) "
            "VALUES (?1, ?2, 'SZ-01', ?3, ?4, '2027-03-08T11:00:00Z')");
        conflict.bind(1, std::string_view(other.kind))
            .bind(2, std::string_view(other.id))
            .bind(3, std::string_view(other.contentHash()))
            .bind(4, std::string_view(other.toJson()));
        conflict.execute();
    }
    {
        auto db = openStateDatabase(dir / "centre.db", schema::centreMigrations().first(5), false);
        CHECK(db.userVersion() == 5);
        auto stored = db.prepare("SELECT document FROM documents");
        REQUIRE(stored.step());
        auto bytes = stored.columnBlob(0);
        CHECK(std::string(bytes.begin(), bytes.end()) == sheet.toBinary());
    }
    // And on through v6 (compact rows: the document is rebuilt from its columns).
    auto db = openStateDatabase(dir / "centre.db", schema::centreMigrations(), false);
    CHECK(db.userVersion() == 6);
    auto rows = loadResults(db, planId);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].sheetId == sheet.id);
    CHECK(rows[0].reviewState == "approved");
    auto stored = db.prepare("SELECT signature, body FROM documents");
    REQUIRE(stored.step());
    auto signature = stored.columnBlob(0), body = stored.columnBlob(1);
    CHECK(std::equal(signature.begin(), signature.end(), sheet.signature.begin(),
                     sheet.signature.end()));
    CHECK(std::string(body.begin(), body.end()) == sheet.body);
    auto kept = db.prepare("SELECT document FROM conflicts");
    REQUIRE(kept.step());
    auto bytes = kept.columnBlob(0);
    CHECK(std::string(bytes.begin(), bytes.end()) == other.toBinary());
}

TEST_CASE("the staff keys an agent before protocol 3 removed stay removed after the "
          "conversion")
{
    test::TempDir dir;
    test::SheetFactory sheets{"SZ-01", crypto::SigningKeyPair::generate()};
    auto proctor = crypto::SigningKeyPair::generate();
    auto grader = crypto::SigningKeyPair::generate();
    writeOldAgentDb(dir / "agent.db", sheets.signedSheets(1), proctor.publicKey());
    std::vector<std::string> before;
    {
        auto db = openStateDatabase(dir / "agent.db", schema::agentMigrations().first(3), false);
        before = rowsOf(db, "staff_keys", 6);
    }
    REQUIRE(before.size() == 1);

    AgentStore agent(openStateDatabase(dir / "agent.db", schema::agentMigrations(), false),
                     newIdentity(), "SZ-01", fixedClock());
    CHECK(agent.database().userVersion() == 4);
    CHECK(rowsOf(agent.database(), "staff_keys", 6) == before);
    // The removal still holds: a document it signs now is refused, naming the list, and the
    // key cannot be listed again; the converted sheet is still queued.
    std::string why;
    CHECK(agent.enqueue(sheets.practicalSheet(0, 88, "李考评", grader, proctor), &why) ==
          EnqueueResult::Refused);
    CHECK(why.find("removed by staff list staff-removed-1 at 2027-03-08T09:00:00Z") !=
          std::string::npos);
    CHECK(agent.enqueueKeyList(kStaffListKind, {{"王监考", "proctor", proctor.publicKey()}},
                               "staff-again", {}, &why) == EnqueueResult::Refused);
    CHECK(agent.queuedCount() == 1);
}

TEST_CASE("a site key a centre before protocol 3 removed stays removed after the conversion")
{
    test::TempDir dir;
    test::SheetFactory sheets{"SZ-01", crypto::SigningKeyPair::generate()};
    auto site = newIdentity();
    auto proctor = crypto::SigningKeyPair::generate();
    auto grader = crypto::SigningKeyPair::generate();
    const auto stored = sheets.signedSheet(0);
    std::vector<std::string> before;
    {
        // What the hub of schema v4 wrote: the site, its kiosk and grader listed, its proctor
        // removed by a staff list, one sheet stored as an envelope.
        auto db = openStateDatabase(dir / "centre.db", schema::centreMigrations().first(4), true);
        REQUIRE(db.userVersion() == 4);
        auto enrol = db.prepare("INSERT INTO sites (site_id, sign_public, curve_public, "
                                "enrolled_at) VALUES ('SZ-01', ?1, ?2, '2027-03-01T08:00:00Z')");
        enrol.bind(1, crypto::ByteSpan(site.sign.publicKey()))
            .bind(2, crypto::ByteSpan(site.curve.publicKey()));
        enrol.execute();
        auto key = db.prepare("INSERT INTO site_keys (sign_public, site_id, key_id, role, "
                              "enrolled_at, removed_by, removed_at) VALUES (?1, 'SZ-01', ?2, ?3, "
                              "'2027-03-01T08:00:00Z', ?4, ?5)");
        key.bind(1, crypto::ByteSpan(sheets.kioskKey().publicKey()))
            .bind(2, std::string_view("K01"))
            .bind(3, std::string_view("kiosk"))
            .bind(4, std::optional<std::string>())
            .bind(5, std::optional<std::string>());
        key.execute();
        key.bind(1, crypto::ByteSpan(grader.publicKey()))
            .bind(2, std::string_view("李考评"))
            .bind(3, std::string_view("grader"))
            .bind(4, std::optional<std::string>())
            .bind(5, std::optional<std::string>());
        key.execute();
        key.bind(1, crypto::ByteSpan(proctor.publicKey()))
            .bind(2, std::string_view("王监考"))
            .bind(3, std::string_view("proctor"))
            .bind(4, std::optional<std::string>("staff-removed-1"))
            .bind(5, std::optional<std::string>("2027-03-08T09:00:00Z"));
        key.execute();
        auto document = db.prepare(
            "INSERT INTO documents (kind, doc_id, site_id, signer, content_hash, envelope, "
            "received_at, receipt, plan_id) VALUES (?1, ?2, 'SZ-01', ?3, ?4, ?5, "
            "'2027-03-08T10:00:00Z', ?6, ?7)");
        document.bind(1, std::string_view(stored.kind))
            .bind(2, std::string_view(stored.id))
            .bind(3, crypto::ByteSpan(stored.signer))
            .bind(4, std::string_view(stored.contentHash()))
            .bind(5, std::string_view(stored.toJson()))
            .bind(6, std::string_view(receiptCode(stored)))
            .bind(7, std::string_view(sheets.sheet(0).planId));
        document.execute();
        before = rowsOf(db, "site_keys", 7);
    }
    REQUIRE(before.size() == 3);

    HubStore hub(openStateDatabase(dir / "centre.db", schema::centreMigrations(), false),
                 newIdentity(), fixedClock());
    CHECK(hub.database().userVersion() == 6);
    CHECK(rowsOf(hub.database(), "site_keys", 7) == before);
    // Through protocol 3: the removed proctor's countersignature is refused naming the list,
    // the listed kiosk's sheet is stored, the one stored before is a duplicate.
    const auto late = sheets.practicalSheet(1, 88, "李考评", grader, proctor);
    const auto fresh = sheets.signedSheet(1);
    std::vector<UploadItem> items;
    for (const auto& document : {stored, fresh, late})
        items.push_back({document.toBinary(), document.contentHash()});
    std::string error;
    auto outcome = hub.ingestUpload("SZ-01", makeUpload("SZ-01", items, site.sign, "b1"), &error);
    REQUIRE_MESSAGE(outcome, error);
    REQUIRE(outcome->items.size() == 3);
    CHECK(outcome->items[0].status == "duplicate");
    CHECK(outcome->items[0].receiptCode == receiptCode(stored));
    CHECK(outcome->items[0].receivedAt == "2027-03-08T10:00:00Z");
    CHECK(outcome->items[1].status == "stored");
    CHECK(outcome->items[2].status == "rejected");
    CHECK(outcome->items[2].reason.find("removed by the site's staff list staff-removed-1") !=
          std::string::npos);
}

TEST_CASE("a peer of the protocol before is refused by name")
{
    test::TempDir dir;
    auto centre = newIdentity();
    HubStore hub(openStateDatabase(dir / "centre.db", schema::centreMigrations(), true),
                 std::move(centre), fixedClock());
    HubServer server(hub, "tcp://127.0.0.1:0");

    // An agent before protocol 3 says hello without a version.
    auto old =
        server.handle("SZ-01", net::Message::withJson("hello", "r1", {{"site_id", "SZ-01"}}));
    CHECK(old.type == "error");
    CHECK(old.json.value("reason", "").find("centre protocol 3") != std::string::npos);
    auto current = server.handle(
        "SZ-01", net::Message::withJson("hello", "r2",
                                        {{"site_id", "SZ-01"}, {"protocol", kCentreProtocol}}));
    CHECK(current.type == "welcome");
    CHECK(current.json.value("protocol", 0) == kCentreProtocol);

    // Its text upload and its bundle are named as what they are.
    std::string error;
    CHECK_FALSE(parseUpload("{\"body\":\"{}\"}\n{}", &error));
    CHECK(error.find("examroom.upload-batch.v2") != std::string::npos);
    CHECK(error.find("update the agent") != std::string::npos);
    CHECK_FALSE(
        openBundle("examroom.outbox-bundle.v1\nsealed bytes", hub.identity().curve, &error));
    CHECK(error.find("export it again") != std::string::npos);
}
