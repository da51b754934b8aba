// centre.db v6 (schema/centre/006_compact_documents.sql): stored documents keep each fact once.
// Every row of a v5 database converts with its document, receipt and review intact, the hub
// reads and answers from the converted rows as before, and a row that would not convert
// faithfully leaves the database at v5, untouched.
#include "commands/ResultsExport.h"
#include "hub/HubStore.h"
#include "HubTestIdentity.h"
#include "protocol/UploadBatch.h"
#include "SheetFactory.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "TestSupport.h"

#include <doctest/doctest.h>

using namespace examroom;
using namespace examroom::centersync;

namespace {

// A documents row as the hub of schema v5 stored it.
struct V5Row
{
    SignedDocument document;
    std::string receivedAt;
    std::string receipt; // the receipt code (v2 on) or a v1 signed receipt
    std::string reviewState;
    std::optional<std::string> planId;
    std::string contentHash; // empty: the document's own
};

void insertV5(store::Database& db, const std::vector<V5Row>& rows)
{
    auto insert = db.prepare(
        "INSERT INTO documents (kind, doc_id, site_id, signer, content_hash, document, "
        "received_at, "
        "receipt, review_state, plan_id) VALUES (?1, ?2, 'SZ-01', ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    for (const auto& row : rows) {
        const auto& document = row.document;
        insert.bind(1, std::string_view(document.kind))
            .bind(2, std::string_view(document.id))
            .bind(3, crypto::ByteSpan(document.signer))
            .bind(4, std::string_view(row.contentHash.empty() ? document.contentHash()
                                                              : row.contentHash))
            .bind(5, crypto::asBytes(document.toBinary()))
            .bind(6, std::string_view(row.receivedAt))
            .bind(7, std::string_view(row.receipt))
            .bind(8, std::string_view(row.reviewState))
            .bind(9, row.planId);
        insert.execute();
    }
}

// Every row of `table`, each column as text (BLOBs as their bytes), in rowid order.
std::vector<std::string> rowsOf(store::Database& db, const std::string& table)
{
    std::vector<std::string> rows;
    auto query = db.prepare("SELECT * FROM " + table + " ORDER BY rowid");
    while (query.step()) {
        std::string row;
        for (int i = 0; i < query.columnCount(); ++i)
            row += (query.isNull(i) ? std::string("NULL") : query.columnText(i)) + "|";
        rows.push_back(row);
    }
    return rows;
}

// A centre database at v5 with `rows`, its site enrolled and its kiosk listed, two review
// decisions and one conflict.
void writeV5(const std::filesystem::path& path, const Identity& site,
             const crypto::SigningPublicKey& kiosk, const std::vector<V5Row>& rows,
             const SignedDocument& conflict)
{
    auto db = openStateDatabase(path, schema::centreMigrations().first(5), true);
    REQUIRE(db.userVersion() == 5);
    auto enrol = db.prepare("INSERT INTO sites (site_id, sign_public, curve_public, enrolled_at) "
                            "VALUES ('SZ-01', ?1, ?2, '2027-03-01T08:00:00Z')");
    enrol.bind(1, crypto::ByteSpan(site.sign.publicKey()))
        .bind(2, crypto::ByteSpan(site.curve.publicKey()));
    enrol.execute();
    auto key = db.prepare("INSERT INTO site_keys (sign_public, site_id, key_id, role, "
                          "enrolled_at) VALUES (?1, 'SZ-01', 'K01', 'kiosk', "
                          "'2027-03-01T08:00:00Z')");
    key.bind(1, crypto::ByteSpan(kiosk));
    key.execute();
    insertV5(db, rows);
    db.exec(
        "INSERT INTO reviews (kind, doc_id, decision, reason, reviewer, decided_at) VALUES "
        "('knowledge-score-sheet', '" +
        rows[1].document.id +
        "', 'approved', '核对无误', 'li', '2027-03-09T09:00:00Z'), ('practical-score-sheet', '" +
        rows[2].document.id + "', 'returned', '签名不清', 'li', '2027-03-09T09:05:00Z')");
    auto kept = db.prepare(
        "INSERT INTO conflicts (kind, doc_id, site_id, content_hash, document, received_at) "
        "VALUES (?1, ?2, 'SZ-01', ?3, ?4, '2027-03-08T11:00:00Z')");
    kept.bind(1, std::string_view(conflict.kind))
        .bind(2, std::string_view(conflict.id))
        .bind(3, std::string_view(conflict.contentHash()))
        .bind(4, crypto::asBytes(conflict.toBinary()));
    kept.execute();
}

} // namespace

TEST_CASE("every document receipt and review of a centre database of version 5 survives the "
          "compact rows")
{
    test::TempDir dir;
    test::SheetFactory sheets{"SZ-01", crypto::SigningKeyPair::generate()};
    auto site = newIdentity();
    const auto grader = crypto::SigningKeyPair::generate();
    const auto proctor = crypto::SigningKeyPair::generate();
    const auto planId = sheets.sheet(0).planId;
    const std::string v1Receipt = R"({"format":"examroom.document.v1","kind":"receipt"})";
    const auto kioskList =
        signDocument("kiosk-list", "list-1", R"({"site_id":"SZ-01"})", site.sign);
    const std::vector<V5Row> rows = {
        {sheets.signedSheet(0),
         "2027-03-08T10:00:00Z",
         receiptCode(sheets.signedSheet(0)),
         "pending",
         planId,
         {}},
        {sheets.signedSheet(1),
         "2027-03-08T10:00:01Z",
         receiptCode(sheets.signedSheet(1)),
         "approved",
         planId,
         {}},
        {sheets.practicalSheet(1, 87, "李考评", grader, proctor),
         "2027-03-08T10:30:00Z",
         receiptCode(sheets.practicalSheet(1, 87, "李考评", grader, proctor)),
         "returned",
         planId,
         {}},
        // A row stored by a v1 hub: its receipt column holds that version's signed receipt.
        {sheets.signedSheet(2), "2026-12-31T23:59:59Z", v1Receipt, "pending", planId, {}},
        {kioskList, "2027-03-01T08:00:00Z", receiptCode(kioskList), "pending", std::nullopt, {}},
    };
    auto competing = sheets.sheet(0);
    competing.seatNo += 1;
    const auto conflict = competing.sign(sheets.kioskKey());
    writeV5(dir / "centre.db", site, sheets.kioskKey().publicKey(), rows, conflict);
    std::vector<std::string> reviews, conflicts, keys;
    {
        auto db = openStateDatabase(dir / "centre.db", schema::centreMigrations().first(5), false);
        reviews = rowsOf(db, "reviews");
        conflicts = rowsOf(db, "conflicts");
        keys = rowsOf(db, "site_keys");
    }

    HubStore hub(openStateDatabase(dir / "centre.db", schema::centreMigrations(), false),
                 newIdentity(), fixedClock());
    auto& db = hub.database();
    CHECK(db.userVersion() == 6);
    CHECK(rowsOf(db, "reviews") == reviews);
    CHECK(rowsOf(db, "conflicts") == conflicts);
    CHECK(rowsOf(db, "site_keys") == keys);

    // Each row rebuilds its document byte for byte, with its time, receipt and review.
    auto stored = db.prepare(
        "SELECT d.signer, d.signature, d.body, d.receipt, d.plan_id, t.received_at, "
        "t.review_state, d.site_id FROM documents d JOIN documents_text t ON t.kind = d.kind AND "
        "t.doc_id = d.doc_id WHERE d.kind = ?1 AND d.doc_id = ?2");
    for (const auto& row : rows) {
        INFO(row.document.kind << " " << row.document.id);
        stored.bind(1, std::string_view(row.document.kind))
            .bind(2, std::string_view(row.document.id));
        REQUIRE(stored.step());
        SignedDocument rebuilt;
        rebuilt.kind = row.document.kind;
        rebuilt.id = row.document.id;
        auto signer = stored.columnBlob(0), signature = stored.columnBlob(1),
             body = stored.columnBlob(2);
        REQUIRE(signer.size() == rebuilt.signer.size());
        REQUIRE(signature.size() == rebuilt.signature.size());
        std::copy(signer.begin(), signer.end(), rebuilt.signer.begin());
        std::copy(signature.begin(), signature.end(), rebuilt.signature.begin());
        rebuilt.body.assign(body.begin(), body.end());
        CHECK(rebuilt.toBinary() == row.document.toBinary());
        CHECK(rebuilt.contentHash() == row.document.contentHash());
        CHECK(verifySignature(rebuilt));
        // Only a receipt that is not the code of the content hash is kept.
        if (row.receipt == v1Receipt)
            CHECK(stored.columnText(3) == v1Receipt);
        else
            CHECK(stored.isNull(3));
        CHECK(stored.isNull(4) == !row.planId);
        CHECK(stored.columnText(5) == row.receivedAt);
        CHECK(stored.columnText(6) == row.reviewState);
        CHECK(stored.columnText(7) == "SZ-01");
        CHECK_FALSE(stored.step());
        stored.reset();
    }

    // The results read the converted rows: the three sheets with their review state, the
    // practical score on its ticket and attempt.
    auto results = loadResults(db, planId);
    REQUIRE(results.size() == 3);
    CHECK(results[0].reviewState == "pending");
    CHECK(results[1].reviewState == "approved");
    CHECK(results[1].practicalScore == "87");
    CHECK(results[2].sheetId == rows[3].document.id);

    // Delivered again: each a duplicate with the time and receipt code of its first delivery;
    // another version of a stored sheet: a conflict.
    std::vector<UploadItem> items;
    for (const auto& row : rows)
        items.push_back({row.document.toBinary(), row.document.contentHash()});
    auto other = sheets.sheet(0);
    other.seatNo += 2;
    const auto third = other.sign(sheets.kioskKey());
    items.push_back({third.toBinary(), third.contentHash()});
    std::string error;
    auto outcome =
        hub.ingestUpload("SZ-01", makeUpload("SZ-01", items, site.sign, "again"), &error);
    REQUIRE_MESSAGE(outcome, error);
    REQUIRE(outcome->items.size() == rows.size() + 1);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        INFO(rows[i].document.id << ": " << outcome->items[i].reason);
        CHECK(outcome->items[i].status == "duplicate");
        CHECK(outcome->items[i].receivedAt == rows[i].receivedAt);
        CHECK(outcome->items[i].receiptCode == receiptCode(rows[i].document));
    }
    CHECK(outcome->items.back().status == "conflict");
    CHECK(rowsOf(db, "conflicts").size() == 2);

    // Review goes on from where it was.
    CHECK(hub.review("knowledge-score-sheet", rows[0].document.id, true, "核对无误", "wang"));
    CHECK(loadResults(db, planId)[0].reviewState == "approved");
    CHECK(rowsOf(db, "reviews").size() == 3);
}

TEST_CASE("a centre row that would not convert faithfully fails the compact rows migration and "
          "keeps version 5 as it was")
{
    test::TempDir dir;
    test::SheetFactory sheets{"SZ-01", crypto::SigningKeyPair::generate()};
    auto site = newIdentity();
    const auto planId = sheets.sheet(0).planId;
    std::vector<V5Row> rows;
    for (int i = 0; i < 3; ++i)
        rows.push_back({sheets.signedSheet(i),
                        "2027-03-08T10:00:00Z",
                        receiptCode(sheets.signedSheet(i)),
                        "pending",
                        planId,
                        {}});
    std::string refused; // the column whose NOT NULL refuses the row
    SUBCASE("a content hash that is not its document's")
    {
        rows[2].contentHash = sheets.signedSheet(0).contentHash();
        refused = "documents_v6.body";
    }
    SUBCASE("a time with a fraction of a second")
    {
        rows[2].receivedAt = "2027-03-08T10:00:00.5Z";
        refused = "documents_v6.received_at";
    }
    SUBCASE("a time that is not UTC")
    {
        rows[2].receivedAt = "2027-03-08T18:00:00+08:00";
        refused = "documents_v6.received_at";
    }
    auto competing = sheets.sheet(0);
    competing.seatNo += 1;
    writeV5(dir / "centre.db", site, sheets.kioskKey().publicKey(), rows,
            competing.sign(sheets.kioskKey()));
    std::vector<std::string> before;
    {
        auto db = openStateDatabase(dir / "centre.db", schema::centreMigrations().first(5), false);
        before = rowsOf(db, "documents");
    }
    REQUIRE(before.size() == 3);

    std::string error;
    try {
        (void)openStateDatabase(dir / "centre.db", schema::centreMigrations(), false);
    } catch (const store::StoreError& e) {
        error = e.what();
    }
    INFO(error);
    CHECK(error.find("migration 6") != std::string::npos);
    CHECK(error.find("NOT NULL constraint failed: " + refused) != std::string::npos);
    auto db = openStateDatabase(dir / "centre.db", schema::centreMigrations().first(5), false);
    CHECK(db.userVersion() == 5);
    CHECK(rowsOf(db, "documents") == before);
}
