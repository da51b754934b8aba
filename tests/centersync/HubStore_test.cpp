#include "../paper/PaperFixture.h"
#include "agent/AgentStore.h"
#include "commands/ResultsExport.h"
#include "hub/HubStore.h"
#include "HubTestIdentity.h"
#include "paper/PaperRecords.h"
#include "protocol/Receipt.h"
#include "protocol/UploadBatch.h"
#include "SheetFactory.h"
#include "store/Statement.h"
#include "TestSupport.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>

using namespace examroom;
using namespace examroom::centersync;

namespace {

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

    // The upload text of `documents`, signed by the site (hashes as the agent records them).
    std::string upload(const std::vector<SignedDocument>& documents, const std::string& batchId)
    {
        std::vector<UploadItem> items;
        for (const auto& document : documents)
            items.push_back({document.toBinary(), document.contentHash()});
        return makeUpload("SZ-01", items, agent->identity().sign, batchId);
    }

    // Sends the outbox as one batch in process and applies the receipt; the hub's outcome.
    BatchOutcome deliver()
    {
        auto batch = agent->nextBatch(1000);
        std::vector<UploadItem> items;
        for (const auto& item : batch)
            items.push_back({item.document, item.contentHash});
        std::string error;
        auto outcome = hub->ingestUpload(
            "SZ-01", makeUpload("SZ-01", items, agent->identity().sign, "b"), &error);
        REQUIRE_MESSAGE(outcome, error);
        agent->applyReceipt(outcome->receipt, &batch, 3);
        return *outcome;
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
    REQUIRE(first.items.size() == 6);
    for (const auto& r : first.items)
        CHECK(r.status == "stored");
    CHECK(p.agent->queuedCount() == 0);
    CHECK(p.agent->receiptCount() == 6);

    // The same upload twice: the same receipt, byte for byte, and no new row.
    auto text = p.upload({p.sheets.signedSheet(0), p.sheets.signedSheet(1)}, "again");
    auto once = p.hub->ingestUpload("SZ-01", text, nullptr);
    auto twice = p.hub->ingestUpload("SZ-01", text, nullptr);
    REQUIRE(once);
    REQUIRE(twice);
    CHECK(once->items.at(0).status == "duplicate");
    CHECK(once->items.at(0).receiptCode == first.items[1].receiptCode);
    CHECK(once->items.at(0).receivedAt == first.items[1].receivedAt);
    CHECK(once->receipt == twice->receipt);
    CHECK(p.hubCount("documents") == 6);
}

TEST_CASE("one signed receipt covers a batch and lists every item's content hash")
{
    Pair p;
    auto sheets = p.sheets.signedSheets(3);
    for (const auto& sheet : sheets)
        REQUIRE(p.agent->enqueue(sheet) == EnqueueResult::Queued);
    auto outcome = p.deliver();
    std::string error;
    auto receipt = openReceipt(outcome.receipt, p.hub->identity().sign.publicKey(), &error);
    REQUIRE_MESSAGE(receipt, error);
    CHECK(receipt->siteId == "SZ-01");
    REQUIRE(receipt->entries.size() == 4);
    for (int i = 0; i < 3; ++i) {
        const auto& entry = receipt->entries[static_cast<std::size_t>(i) + 1];
        CHECK(entry.status == "accepted");
        CHECK(entry.id == sheets[static_cast<std::size_t>(i)].id);
        CHECK(entry.contentHash == sheets[static_cast<std::size_t>(i)].contentHash());
        CHECK(entry.receiptCode == receiptCode(sheets[static_cast<std::size_t>(i)]));
    }
    // Signed by the centre only: another key's view of it is refused.
    CHECK_FALSE(
        openReceipt(outcome.receipt, crypto::SigningKeyPair::generate().publicKey(), nullptr));
}

TEST_CASE("the same sheet id with different content is refused and recorded as a conflict")
{
    Pair p;
    REQUIRE(p.agent->enqueue(p.sheets.signedSheet(0)) == EnqueueResult::Queued);
    p.deliver();
    auto changed = p.sheets.sheet(0);
    changed.scoreHalfPoints += 20;
    auto document = changed.sign(p.sheets.kioskKey());
    auto results = p.hub->ingestUpload("SZ-01", p.upload({document}, "conflict"), nullptr);
    REQUIRE(results);
    CHECK(results->items.at(0).status == "conflict");
    CHECK(p.hubCount("conflicts") == 1);
    CHECK(p.hubCount("documents") == 2);
}

TEST_CASE("a tampered sheet is rejected while the rest of its batch goes through")
{
    Pair p;
    auto sheets = p.sheets.signedSheets(3);
    for (const auto& sheet : sheets)
        REQUIRE(p.agent->enqueue(sheet) == EnqueueResult::Queued);
    // Flip one byte of the second sheet's body in the outbox after it was queued.
    auto tampered = sheets[1];
    tampered.body[tampered.body.size() / 2] ^= 0x01;
    auto update = p.agent->database().prepare("UPDATE outbox SET document = ?1 WHERE doc_id = ?2");
    const auto bytes = tampered.toBinary();
    update.bind(1, crypto::asBytes(bytes)).bind(2, std::string_view(sheets[1].id));
    REQUIRE(update.execute() == 1);
    auto results = p.deliver();
    REQUIRE(results.items.size() == 4);
    CHECK(results.items[1].status == "stored");
    CHECK(results.items[2].status == "rejected");
    CHECK(results.items[2].reason.find("not the one the site's signed batch lists") !=
          std::string::npos);
    CHECK(results.items[3].status == "stored");
    CHECK(p.agent->queuedCount() == 0);
    CHECK(p.agent->receiptCount() == 3);
    CHECK(p.hubCount("documents") == 3);
    auto unsettled = p.agent->unsettledItems();
    REQUIRE(unsettled.size() == 1);
    CHECK(unsettled[0].state == "rejected");
}

TEST_CASE("a sheet whose signature does not match its content is rejected")
{
    Pair p;
    auto sheet = p.sheets.signedSheet(0);
    sheet.body[sheet.body.size() / 3] ^= 0x02;
    // The site lists the altered sheet's own hash: only the signature check can catch it.
    auto results = p.hub->ingestUpload("SZ-01", p.upload({sheet}, "forged"), nullptr);
    REQUIRE(results);
    CHECK(results->items.at(0).status == "rejected");
    CHECK(results->items.at(0).reason == "signature does not match the content");
    CHECK(p.hubCount("documents") == 0);
}

TEST_CASE("a sheet signed by a kiosk no kiosk list names is rejected")
{
    Pair p;
    test::SheetFactory stranger("SZ-01", crypto::SigningKeyPair::generate());
    REQUIRE(p.agent->enqueue(stranger.signedSheet(0)) == EnqueueResult::Queued);
    auto results = p.deliver();
    CHECK(results.items.back().status == "rejected");
    CHECK(results.items.back().reason.find("not a kiosk enrolled") != std::string::npos);
}

TEST_CASE("a batch not signed by the enrolled site key is refused whole")
{
    Pair p;
    auto impostor = crypto::SigningKeyPair::generate();
    auto sheet = p.sheets.signedSheet(0);
    std::string error;
    auto results = p.hub->ingestUpload(
        "SZ-01", makeUpload("SZ-01", {{sheet.toBinary(), sheet.contentHash()}}, impostor, "x"),
        &error);
    CHECK_FALSE(results);
    CHECK(error.find("not signed by the site") != std::string::npos);
    CHECK(p.hubCount("documents") == 0);
}

TEST_CASE("items stay in the outbox when their receipt does not check out")
{
    Pair p;
    REQUIRE(p.agent->enqueue(p.sheets.signedSheet(0)) == EnqueueResult::Queued);
    auto batch = p.agent->nextBatch(10);
    std::vector<UploadItem> items;
    for (const auto& item : batch)
        items.push_back({item.document, item.contentHash});
    auto outcome = p.hub->ingestUpload(
        "SZ-01", makeUpload("SZ-01", items, p.agent->identity().sign, "b"), nullptr);
    REQUIRE(outcome);
    auto receipt = outcome->receipt;
    auto at = receipt.find("\"signature\":\"") + 14;
    receipt[at] = receipt[at] == '0' ? '1' : '0'; // one flipped hex digit
    auto counts = p.agent->applyReceipt(receipt, &batch, 3);
    CHECK(counts.badReceipts == 2);
    CHECK(p.agent->queuedCount() == 2);
    CHECK(p.agent->receiptCount() == 0);
    // The genuine receipt still settles them.
    counts = p.agent->applyReceipt(outcome->receipt, &batch, 3);
    CHECK(counts.receipted == 2);
    CHECK(p.agent->queuedCount() == 0);
}

TEST_CASE("an item never settled by the hub is given up after max attempts and shown as failed")
{
    Pair p;
    auto batch = p.agent->nextBatch(10);
    REQUIRE(batch.size() == 1);
    for (int attempt = 1; attempt <= 3; ++attempt) {
        // A reply that neither accepts nor rejects the item (here: no receipt at all).
        auto counts = p.agent->applyReceipt("", &batch, 3);
        CHECK(counts.receipted + counts.rejected == 0);
        CHECK(counts.failed == (attempt == 3 ? 1 : 0));
    }
    CHECK(p.agent->queuedCount() == 0);
    auto unsettled = p.agent->unsettledItems();
    REQUIRE(unsettled.size() == 1);
    CHECK(unsettled[0].state == "failed");
    CHECK(unsettled[0].attempts == 3);
    CHECK(unsettled[0].reason.find("no receipt after 3 attempts") != std::string::npos);
}

namespace {

// A proctor and a grader of the site, with their person keys.
struct Staff
{
    crypto::SigningKeyPair proctor = crypto::SigningKeyPair::generate();
    crypto::SigningKeyPair grader = crypto::SigningKeyPair::generate();

    std::vector<ListedKey> list() const
    {
        return {{"王监考", "proctor", proctor.publicKey()},
                {"李考评", "grader", grader.publicKey()}};
    }
};

} // namespace

TEST_CASE("a practical sheet countersigned by a listed proctor is verified stored and exported")
{
    Pair p;
    Staff staff;
    REQUIRE(p.agent->enqueueKeyList(kStaffListKind, staff.list(), "staff-1") ==
            EnqueueResult::Queued);
    REQUIRE(p.agent->enqueue(p.sheets.signedSheet(0)) == EnqueueResult::Queued);
    auto practical = p.sheets.practicalSheet(0, 86, "李考评", staff.grader, staff.proctor);
    REQUIRE(p.agent->enqueue(practical) == EnqueueResult::Queued);
    auto outcome = p.deliver();
    REQUIRE(outcome.items.size() == 4);
    for (const auto& item : outcome.items) {
        INFO(item.kind << ": " << item.reason);
        CHECK(item.status == "stored");
    }
    CHECK(p.agent->queuedCount() == 0);

    const auto knowledge = p.sheets.sheet(0);
    auto rows = loadResults(p.hub->database(), knowledge.planId);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].knowledgeScore == std::to_string(knowledge.scoreHalfPoints / 2));
    CHECK(rows[0].practicalScore == "86");
    CHECK(loadResults(p.hub->database(), "another-plan").empty());

    // Delivered again (another batch): the same receipt code, nothing new stored.
    auto again = p.hub->ingestUpload("SZ-01", p.upload({practical}, "again"), nullptr);
    REQUIRE(again);
    CHECK(again->items[0].status == "duplicate");
    CHECK(again->items[0].receiptCode == outcome.items[3].receiptCode);
    CHECK(p.hubCount("documents") == 4);
}

TEST_CASE("practical sheets whose signers the site's staff list does not vouch for are rejected")
{
    Pair p;
    Staff staff;
    auto stranger = crypto::SigningKeyPair::generate();
    REQUIRE(p.agent->enqueueKeyList(kStaffListKind, staff.list(), "staff-1") ==
            EnqueueResult::Queued);
    p.deliver();

    auto sheetBy = [&](int index, const std::string& grader, const crypto::SigningKeyPair& gKey,
                       const crypto::SigningKeyPair& pKey) {
        return p.sheets.practicalSheet(index, 90, grader, gKey, pKey);
    };
    struct Case
    {
        SignedDocument document;
        std::string reason;
    };
    auto tampered = sheetBy(5, "李考评", staff.grader, staff.proctor);
    tampered.body.replace(tampered.body.find("\"score\":\"90\""), 12, "\"score\":\"99\"");
    std::vector<Case> cases = {
        {sheetBy(0, "李考评", staff.grader, stranger), "not a proctor or administrator"},
        {sheetBy(1, "李考评", staff.grader, staff.grader), "not a proctor or administrator"},
        {sheetBy(2, "李考评", stranger, staff.proctor), "not a grader enrolled"},
        {sheetBy(3, "王监考", staff.proctor, staff.proctor), "not a grader enrolled"},
        {sheetBy(4, "张三", staff.grader, staff.proctor), "not a grader enrolled"},
        {tampered, "signature does not match"},
        // A site-signed list naming the site: only the site key may sign one.
        {signDocument(
             std::string(kStaffListKind), "forged",
             keyListBody(kStaffListKind, "SZ-01", {{"x", "proctor", stranger.publicKey()}}),
             staff.proctor),
         "must be signed by the site key"}};
    std::vector<SignedDocument> documents;
    for (const auto& c : cases)
        documents.push_back(c.document);
    auto outcome = p.hub->ingestUpload("SZ-01", p.upload(documents, "bad"), nullptr);
    REQUIRE(outcome);
    REQUIRE(outcome->items.size() == cases.size());
    for (std::size_t i = 0; i < cases.size(); ++i) {
        INFO("case " << i << ": " << outcome->items[i].reason);
        CHECK(outcome->items[i].status == "rejected");
        CHECK(outcome->items[i].reason.find(cases[i].reason) != std::string::npos);
    }
    CHECK(p.hubCount("documents") == 2); // the kiosk and staff lists only
}

TEST_CASE("a staff list names only console roles and keys no other site holds")
{
    std::string why;
    auto key = crypto::SigningKeyPair::generate().publicKey();
    CHECK_THROWS_AS(keyListBody(kStaffListKind, "SZ-01", {{"a", "kiosk", key}}),
                    std::invalid_argument);
    auto body = keyListBody(kStaffListKind, "SZ-01", {{"a", "grader", key}});
    auto listed = parseKeyList(kStaffListKind, body, "SZ-01", &why);
    REQUIRE(listed);
    CHECK(listed->keys.at(0).role == "grader");
    CHECK(listed->keys.at(0).key == key);
    CHECK_FALSE(parseKeyList(kStaffListKind, body, "SZ-02", &why));
    auto badRole = nlohmann::json::parse(body);
    badRole["staff"][0]["role"] = "centre";
    CHECK_FALSE(parseKeyList(kStaffListKind, badRole.dump(), "SZ-01", &why));
    CHECK(why.find("unknown role") != std::string::npos);
    badRole["staff"][0]["role"] = 7;
    CHECK_FALSE(parseKeyList(kStaffListKind, badRole.dump(), "SZ-01", &why));

    // A key another site already listed refuses the whole list.
    Pair p;
    Staff staff;
    auto other = newIdentity();
    p.hub->enrolSite("SZ-02", publicKeys(other));
    auto theirs = signDocument(std::string(kStaffListKind), "staff-2",
                               keyListBody(kStaffListKind, "SZ-02", staff.list()), other.sign);
    auto taken = p.hub->ingestUpload(
        "SZ-02", makeUpload("SZ-02", {{theirs.toBinary(), theirs.contentHash()}}, other.sign, "b2"),
        nullptr);
    REQUIRE(taken);
    CHECK(taken->items[0].status == "stored");
    REQUIRE(p.agent->enqueueKeyList(kStaffListKind, staff.list(), "staff-1") ==
            EnqueueResult::Queued);
    auto outcome = p.deliver();
    CHECK(outcome.items.back().status == "rejected");
    CHECK(outcome.items.back().reason.find("enrolled for another site") != std::string::npos);
}

TEST_CASE("console documents signed by a listed proctor are stored and by a grader rejected")
{
    Pair p;
    Staff staff;
    REQUIRE(p.agent->enqueueKeyList(kStaffListKind, staff.list(), "staff-1") ==
            EnqueueResult::Queued);
    p.deliver();
    // The bodies PlanManager and CloseManager sign (shared/site).
    nlohmann::json confirmation = {{"plan", "P1"},   {"version", 1},   {"decision", "confirmed"},
                                   {"reason", ""},   {"by", "王监考"}, {"at", "2027-03-01"},
                                   {"site", "SZ-01"}};
    nlohmann::json record = {{"session_id", "P1/R1"}, {"plan_id", "P1"}, {"closed_by", "王监考"}};
    auto elsewhere = confirmation;
    elsewhere["site"] = "SZ-02";
    std::vector<SignedDocument> documents = {
        signDocument("plan-confirmation", "P1/v1", confirmation.dump(), staff.proctor),
        signDocument("session-record", "P1/R1", record.dump(), staff.proctor),
        signDocument("session-record", "P1/R2", record.dump(), staff.grader),
        signDocument("plan-confirmation", "P1/v2", elsewhere.dump(), staff.proctor)};
    auto outcome = p.hub->ingestUpload("SZ-01", p.upload(documents, "docs"), nullptr);
    REQUIRE(outcome);
    CHECK(outcome->items[0].status == "stored");
    CHECK(outcome->items[1].status == "stored");
    CHECK(outcome->items[2].status == "rejected");
    CHECK(outcome->items[3].status == "rejected");
    CHECK(outcome->items[3].reason == "body names another site");
    auto plan = p.hub->database().prepare("SELECT COUNT(*) FROM documents WHERE plan_id = 'P1'");
    plan.step();
    CHECK(plan.columnInt64(0) == 2);
}

namespace {

// The console's staff (PaperFixture's accounts) listed by the site, as `enrol-keys` sends them.
std::vector<ListedKey> paperStaff(const test::PaperFixture& f)
{
    return {{"admin", "administrator", f.admin.key().publicKey()},
            {"li", "proctor", f.li.key().publicKey()},
            {"wang", "proctor", f.wang.key().publicKey()},
            {"zhao", "grader", f.grader.key().publicKey()}};
}

ScoreSheet bodyOf(const SignedDocument& document)
{
    auto sheet = ScoreSheet::fromBody(document.body);
    REQUIRE(sheet);
    return *sheet;
}

// Entry `n` (1 or 2) of a paper sheet, read back from its record.
paper::PaperEntry entryOf(const ScoreSheet& sheet, int n)
{
    for (const auto& record : sheet.paperRecords) {
        auto document = SignedDocument::fromJson(record);
        REQUIRE(document);
        if (auto entry = paper::PaperEntry::fromDocument(*document); entry && entry->entryNo == n)
            return *entry;
    }
    FAIL("no entry " << n);
    return {};
}

void replaceEntry(ScoreSheet& sheet, const paper::PaperEntry& entry, const SignedDocument& signed_)
{
    for (auto& record : sheet.paperRecords)
        if (SignedDocument::fromJson(record)->id == entry.documentId())
            record = signed_.toJson();
}

} // namespace

TEST_CASE(
    "a paper sheet with two listed staff entries and a listed countersigner is stored as paper")
{
    test::PaperFixture f;
    const auto paperSheets = f.countersignedPaperSheets();
    Pair p;
    REQUIRE(p.agent->enqueueKeyList(kStaffListKind, paperStaff(f), "staff-1") ==
            EnqueueResult::Queued);
    for (const auto& sheet : paperSheets)
        REQUIRE(p.agent->enqueue(sheet) == EnqueueResult::Queued);
    REQUIRE(p.agent->enqueue(p.sheets.signedSheet(20)) == EnqueueResult::Queued); // kiosk, …011
    auto outcome = p.deliver();
    REQUIRE(outcome.items.size() == 7);
    for (const auto& item : outcome.items) {
        INFO(item.kind << " " << item.id << ": " << item.reason);
        CHECK(item.status == "stored");
    }
    // Ticket 0's sheet carries a resolution: the settled answer is the one it scores.
    CHECK(bodyOf(paperSheets[0]).paperRecords.size() == 3);

    auto rows = loadResults(p.hub->database(), f.files.plan.planId);
    REQUIRE(rows.size() == 5);
    for (const auto& row : rows)
        CHECK(row.mode == (row.ticketNo == p.sheets.sheet(20).ticketNo ? "kiosk" : "paper"));
    std::ostringstream printed;
    printResults(rows, printed);
    CHECK(printed.str().find("mode paper") != std::string::npos);

    // The same paper sheet again: the same receipt code, nothing stored twice.
    auto again = p.hub->ingestUpload("SZ-01", p.upload({paperSheets[0]}, "again"), nullptr);
    REQUIRE(again);
    CHECK(again->items[0].status == "duplicate");
    CHECK(again->items[0].receiptCode == outcome.items[2].receiptCode);
    CHECK(p.hubCount("documents") == 7);
}

TEST_CASE("paper sheets are refused unless two listed people entered exactly the answers scored")
{
    test::PaperFixture f;
    const auto paperSheets = f.countersignedPaperSheets();
    const auto stranger = f.person("zhou", site::Role::Proctor); // not in the staff list
    Pair p;
    REQUIRE(p.agent->enqueueKeyList(kStaffListKind, paperStaff(f), "staff-1") ==
            EnqueueResult::Queued);
    p.deliver();
    const int storedBefore = p.hubCount("documents");
    const ScoreSheet genuine = bodyOf(paperSheets[1]); // no resolution inside
    const ScoreSheet resolved = bodyOf(paperSheets[0]);
    std::vector<std::pair<SignedDocument, std::string>> cases; // the sheet, a word of its reason

    { // both entries by li: the second re-made in li's name with li's key
        ScoreSheet s = genuine;
        auto second = entryOf(s, 2);
        second.staff = "li";
        replaceEntry(s, second, second.sign(f.li.key()));
        cases.emplace_back(s.sign(f.li.key()), "two different staff");
    }
    { // the second entry still names wang but li signed it
        ScoreSheet s = genuine;
        auto second = entryOf(s, 2);
        replaceEntry(s, second, second.sign(f.li.key()));
        cases.emplace_back(s.sign(f.li.key()), "under that name");
    }
    { // a grader typed the second entry
        ScoreSheet s = genuine;
        auto second = entryOf(s, 2);
        second.staff = "zhao";
        replaceEntry(s, second, second.sign(f.grader.key()));
        cases.emplace_back(s.sign(f.li.key()), "under that name");
    }
    { // countersigned by a proctor the site never listed
        cases.emplace_back(genuine.sign(stranger.key()), "not countersigned");
    }
    { // signed by the kiosk key, not countersigned by staff
        cases.emplace_back(genuine.sign(p.sheets.kioskKey()), "not countersigned");
    }
    { // an entry's answer altered after wang signed it
        ScoreSheet s = genuine;
        auto record = SignedDocument::fromJson(s.paperRecords[1]);
        REQUIRE(record);
        auto entry = paper::PaperEntry::fromDocument(*record);
        REQUIRE(entry);
        entry->answers[2] = entry->answers[2] == "A" ? "B" : "A";
        record->body = entry->toJson();
        s.paperRecords[1] = record->toJson();
        cases.emplace_back(s.sign(f.li.key()), "does not verify");
    }
    { // the sheet scores another answer than both entries typed
        ScoreSheet s = genuine;
        auto& answer = s.answers[3];
        answer.chosen = answer.chosen == "A" ? "B" : "A";
        cases.emplace_back(s.sign(f.li.key()), "the sheet scores");
    }
    { // the entries differ on item 2 and the resolution is left out
        ScoreSheet s = resolved;
        s.paperRecords.pop_back();
        cases.emplace_back(s.sign(f.li.key()), "no resolution settles it");
    }
    { // one entry only
        ScoreSheet s = genuine;
        s.paperRecords.pop_back();
        cases.emplace_back(s.sign(f.li.key()), "two answer entries");
    }
    std::vector<SignedDocument> documents;
    for (const auto& [document, why] : cases)
        documents.push_back(document);
    auto outcome = p.hub->ingestUpload("SZ-01", p.upload(documents, "paper"), nullptr);
    REQUIRE(outcome);
    REQUIRE(outcome->items.size() == cases.size());
    for (std::size_t i = 0; i < cases.size(); ++i) {
        INFO(i << ": " << outcome->items[i].reason);
        CHECK(outcome->items[i].status == "rejected");
        CHECK(outcome->items[i].reason.find(cases[i].second) != std::string::npos);
    }
    CHECK(p.hubCount("documents") == storedBefore); // nothing half-stored
    CHECK(p.hubCount("conflicts") == 0);

    // The genuine sheet then goes through under the same id.
    auto genuineOutcome = p.hub->ingestUpload("SZ-01", p.upload({paperSheets[1]}, "ok"), nullptr);
    REQUIRE(genuineOutcome);
    CHECK(genuineOutcome->items[0].status == "stored");
}

TEST_CASE("no single byte flip anywhere in an upload gets altered content accepted")
{
    Pair p;
    auto sheets = p.sheets.signedSheets(3);
    std::set<std::string> genuine;
    for (const auto& sheet : sheets)
        genuine.insert(sheet.contentHash());
    genuine.insert(p.agent->nextBatch(1).at(0).contentHash); // the kiosk list
    std::vector<UploadItem> items = {
        {p.agent->nextBatch(1).at(0).document, p.agent->nextBatch(1).at(0).contentHash}};
    for (const auto& sheet : sheets)
        items.push_back({sheet.toBinary(), sheet.contentHash()});
    const auto text = makeUpload("SZ-01", items, p.agent->identity().sign, "flips");
    std::mt19937 random(20270308);
    std::uniform_int_distribution<std::size_t> position(0, text.size() - 1);
    std::uniform_int_distribution<int> bit(0, 7);
    for (int round = 0; round < 150; ++round) {
        auto flipped = text;
        flipped[position(random)] ^= static_cast<char>(1 << bit(random));
        std::string error;
        auto outcome = p.hub->ingestUpload("SZ-01", flipped, &error);
        if (!outcome)
            continue; // refused whole: fine
        for (const auto& item : outcome->items)
            if (item.status == "stored" || item.status == "duplicate")
                CHECK(genuine.count(item.contentHash) == 1);
    }
    CHECK(p.hubCount("conflicts") == 0);
}

TEST_CASE("no single byte flip in a receipt settles an item")
{
    Pair p;
    REQUIRE(p.agent->enqueue(p.sheets.signedSheet(0)) == EnqueueResult::Queued);
    auto batch = p.agent->nextBatch(10);
    std::vector<UploadItem> items;
    for (const auto& item : batch)
        items.push_back({item.document, item.contentHash});
    auto outcome = p.hub->ingestUpload(
        "SZ-01", makeUpload("SZ-01", items, p.agent->identity().sign, "b"), nullptr);
    REQUIRE(outcome);
    std::mt19937 random(8);
    std::uniform_int_distribution<std::size_t> position(0, outcome->receipt.size() - 1);
    for (int round = 0; round < 150; ++round) {
        auto flipped = outcome->receipt;
        flipped[position(random)] ^= 0x04;
        auto counts = p.agent->applyReceipt(flipped, nullptr, 0);
        CHECK(counts.receipted + counts.rejected == 0);
    }
    CHECK(p.agent->queuedCount() == 2);
    CHECK(p.agent->applyReceipt(outcome->receipt, nullptr, 0).receipted == 2);
}
