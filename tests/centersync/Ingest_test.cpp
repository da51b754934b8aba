// The hub's parallel ingest (WorkerPool) and the agent's batches for a pipelined upload.
#include "agent/AgentStore.h"
#include "crypto/Hex.h"
#include "hub/HubStore.h"
#include "hub/WorkerPool.h"
#include "protocol/UploadBatch.h"
#include "SheetFactory.h"
#include "state/Config.h"
#include "TestSupport.h"

#include <atomic>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>
#include <thread>

using namespace examroom;
using namespace examroom::centersync;

namespace {

// A hub with `workers` threads, one enrolled site and one enrolled kiosk.
struct Hub
{
    test::TempDir dir;
    FixedClock clock{std::chrono::sys_seconds(std::chrono::seconds(1800000000))};
    Identity site{crypto::SigningKeyPair::generate(), crypto::CurveKeyPair::generate()};
    std::optional<HubStore> hub;

    Hub(int workers, const crypto::SigningPublicKey& kiosk)
    {
        hub.emplace(openStateDatabase(dir / "centre.db", schema::centreMigrations(), true),
                    Identity{crypto::SigningKeyPair::generate(), crypto::CurveKeyPair::generate()},
                    clock, workers);
        hub->enrolSite("SZ-01", {site.sign.publicKey(), site.curve.publicKey()});
        nlohmann::json body = {
            {"format", "examroom.kiosk-list.v1"},
            {"site_id", "SZ-01"},
            {"kiosks", {{{"kiosk_id", "K01"}, {"sign_public", crypto::toHex(kiosk)}}}}};
        auto list = signDocument("kiosk-list", "list-1", body.dump(), site.sign);
        REQUIRE(hub->ingestUpload("SZ-01", upload({list}, "list"), nullptr));
    }

    std::string upload(const std::vector<SignedDocument>& documents, const std::string& batchId)
    {
        std::vector<UploadItem> items;
        for (const auto& document : documents)
            items.push_back({document.toBinary(), document.contentHash()});
        return makeUpload("SZ-01", items, site.sign, batchId);
    }
};

} // namespace

TEST_CASE("a worker pool runs every index once and rethrows the first failure after all ran")
{
    for (int threads : {1, 2, 4}) {
        WorkerPool pool(threads);
        CHECK(pool.threads() == threads);
        for (std::size_t count : {0u, 1u, 7u, 1000u}) {
            std::vector<std::atomic<int>> runs(count);
            std::set<std::thread::id> seen;
            std::mutex mutex;
            pool.forEach(count, [&](std::size_t i) {
                ++runs[i];
                std::lock_guard lock(mutex);
                seen.insert(std::this_thread::get_id());
            });
            for (const auto& r : runs)
                CHECK(r == 1);
            CHECK(static_cast<int>(seen.size()) <= threads);
        }
        std::atomic<int> ran = 0;
        CHECK_THROWS_WITH_AS(pool.forEach(50,
                                          [&](std::size_t i) {
                                              ++ran;
                                              if (i % 10 == 3)
                                                  throw std::runtime_error("item failed");
                                          }),
                             "item failed", std::runtime_error);
        CHECK(ran == 50);
    }
    CHECK(WorkerPool(0).threads() >= 1);
}

TEST_CASE("one thread and several threads ingest an upload to the same outcome and receipt")
{
    test::SheetFactory sheets("SZ-01", crypto::SigningKeyPair::generate());
    Hub serial(1, sheets.kioskKey().publicKey());
    Hub parallel(3, sheets.kioskKey().publicKey());

    // Stored, a bad signature, an altered item, a conflict and a duplicate inside one batch.
    auto documents = sheets.signedSheets(40);
    auto forged = documents[5];
    forged.signature[0] ^= 1;
    documents.push_back(forged);
    auto changed = sheets.sheet(7);
    changed.seatNo += 1;
    documents.push_back(changed.sign(sheets.kioskKey()));
    documents.push_back(documents[9]);
    for (auto* hub : {&serial, &parallel}) {
        // Item 3 is no longer a signed document (its magic bytes changed).
        auto text = hub->upload(documents, "b-1");
        const auto at = parseUpload(text, nullptr)->items.at(3).data() - text.data();
        text[static_cast<std::size_t>(at)] = '#';
        std::string error;
        auto outcome = hub->hub->ingestUpload("SZ-01", text, &error);
        REQUIRE_MESSAGE(outcome, error);
        CHECK(outcome->count("stored") == 39);
        CHECK(outcome->count("duplicate") == 1);
        CHECK(outcome->count("conflict") == 1);
        CHECK(outcome->count("rejected") == 2);
        CHECK(outcome->items[3].reason ==
              "not a signed document: not a binary signed document (no XRD1 magic)");
        CHECK(outcome->items[40].reason == "signature does not match the content");
        CHECK(outcome->items[41].status == "conflict");
        CHECK(outcome->items[42].status == "duplicate");
        auto again = hub->hub->ingestUpload("SZ-01", text, nullptr);
        REQUIRE(again);
        CHECK(again->receipt == outcome->receipt);
        CHECK(again->count("stored") == 0);
    }
    // The receipts differ only by the batch (signed by each hub's own site key): compare the
    // item results instead.
    auto one = serial.hub->ingestUpload("SZ-01", serial.upload(documents, "b-2"), nullptr);
    auto many = parallel.hub->ingestUpload("SZ-01", parallel.upload(documents, "b-2"), nullptr);
    REQUIRE(one);
    REQUIRE(many);
    REQUIRE(one->items.size() == many->items.size());
    for (std::size_t i = 0; i < one->items.size(); ++i) {
        CHECK(one->items[i].status == many->items[i].status);
        CHECK(one->items[i].reason == many->items[i].reason);
        CHECK(one->items[i].receiptCode == many->items[i].receiptCode);
    }
}

TEST_CASE("a started pool job runs on the pool's threads alone until finish takes the rest")
{
    WorkerPool pool(3);
    const std::size_t count = 200;
    std::vector<std::atomic<int>> runs(count);
    std::atomic<std::size_t> done = 0;
    std::mutex mutex;
    std::set<std::thread::id> seen;
    pool.start(count, [&](std::size_t i) {
        ++runs[i];
        {
            std::lock_guard lock(mutex);
            seen.insert(std::this_thread::get_id());
        }
        ++done;
    });
    CHECK_THROWS_AS(pool.start(1, [](std::size_t) {}), std::logic_error);
    // The caller does something else meanwhile: the two workers take every index.
    for (int wait = 0; wait < 1000 && done < count; ++wait)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    REQUIRE(done == count);
    pool.finish();
    for (const auto& r : runs)
        CHECK(r == 1);
    CHECK(seen.count(std::this_thread::get_id()) == 0);
    CHECK(seen.size() <= 2);

    // With one thread nothing runs before finish(), which runs all of it; a failure is
    // rethrown there after every index ran.
    WorkerPool alone(1);
    std::atomic<int> ran = 0;
    alone.start(10, [&](std::size_t i) {
        ++ran;
        if (i == 4)
            throw std::runtime_error("item failed");
    });
    CHECK(ran == 0);
    CHECK_THROWS_WITH_AS(alone.finish(), "item failed", std::runtime_error);
    CHECK(ran == 10);
    alone.finish(); // nothing started: nothing to do
}

TEST_CASE("uploads ingested in overlapping halves end with the receipts and rows of one after "
          "the other")
{
    test::SheetFactory sheets("SZ-01", crypto::SigningKeyPair::generate());
    auto documents = sheets.signedSheets(30);
    auto changed = sheets.sheet(3);
    changed.seatNo += 1;
    const auto competing = changed.sign(sheets.kioskKey());
    // The second upload repeats five sheets of the first (stored by the first only after the
    // second was looked up) and brings another version of one of them; the third is the
    // first again.
    const std::vector<SignedDocument> first(documents.begin(), documents.begin() + 20);
    std::vector<SignedDocument> second(documents.begin() + 15, documents.end());
    second.push_back(competing);

    Hub serial(2, sheets.kioskKey().publicKey());
    std::vector<std::string> expected;
    std::vector<std::string> uploads;
    for (const auto& [batch, id] : {std::pair{first, "b-1"}, {second, "b-2"}, {first, "b-1"}}) {
        uploads.push_back(serial.upload(batch, id));
        auto outcome = serial.hub->ingestUpload("SZ-01", uploads.back(), nullptr);
        REQUIRE(outcome);
        expected.push_back(outcome->receipt);
    }

    // The same uploads, each started before the one before it is stored.
    Hub overlapped(2, sheets.kioskKey().publicKey());
    std::string error;
    std::vector<std::string> texts;
    for (const auto& [batch, id] : {std::pair{first, "b-1"}, {second, "b-2"}, {first, "b-1"}})
        texts.push_back(overlapped.upload(batch, id));
    auto a = overlapped.hub->startUpload("SZ-01", texts[0], &error);
    REQUIRE_MESSAGE(a, error);
    auto b = overlapped.hub->startUpload("SZ-01", texts[1], &error);
    REQUIRE_MESSAGE(b, error);
    const auto one = overlapped.hub->finishUpload(*a);
    auto c = overlapped.hub->startUpload("SZ-01", texts[2], &error);
    REQUIRE_MESSAGE(c, error);
    const auto two = overlapped.hub->finishUpload(*b);
    const auto three = overlapped.hub->finishUpload(*c);
    CHECK(one.count("stored") == 20);
    CHECK(two.count("stored") == 10);
    CHECK(two.count("duplicate") == 5);
    CHECK(two.count("conflict") == 1);
    CHECK(three.count("duplicate") == 20);
    CHECK(three.receipt == one.receipt);
    // Item for item as the hub that took them one after the other (its receipts are signed by
    // another centre and site key: compare the entries).
    for (std::size_t i = 0; i < 3; ++i) {
        auto mine = nlohmann::json::parse(SignedDocument::fromJson((i == 0   ? one
                                                                    : i == 1 ? two
                                                                             : three)
                                                                       .receipt)
                                              ->body);
        auto theirs = nlohmann::json::parse(SignedDocument::fromJson(expected[i])->body);
        CHECK(mine["items"] == theirs["items"]);
    }
    auto rows = overlapped.hub->database().prepare("SELECT COUNT(*) FROM documents WHERE kind = "
                                                   "'knowledge-score-sheet'");
    REQUIRE(rows.step());
    CHECK(rows.columnInt64(0) == 30);
    auto conflicts = overlapped.hub->database().prepare("SELECT COUNT(*) FROM conflicts");
    REQUIRE(conflicts.step());
    CHECK(conflicts.columnInt64(0) == 1);

    // An upload started and dropped (the hub stopping) stores nothing.
    const auto more = overlapped.upload(sheets.signedSheets(40), "b-4");
    auto dropped = overlapped.hub->startUpload("SZ-01", more, &error);
    REQUIRE(dropped);
    dropped.reset();
    rows.reset();
    REQUIRE(rows.step());
    CHECK(rows.columnInt64(0) == 30);
}

TEST_CASE("the next batch starts after the last one sent and stops at the byte limit")
{
    test::TempDir dir;
    FixedClock clock{std::chrono::sys_seconds(std::chrono::seconds(1800000000))};
    AgentStore agent(openStateDatabase(dir / "agent.db", schema::agentMigrations(), true),
                     {crypto::SigningKeyPair::generate(), crypto::CurveKeyPair::generate()},
                     "SZ-01", clock);
    test::SheetFactory sheets("SZ-01", crypto::SigningKeyPair::generate());
    for (const auto& sheet : sheets.signedSheets(10))
        REQUIRE(agent.enqueue(sheet) == EnqueueResult::Queued);
    auto first = agent.nextBatch(4, 0, 1u << 20);
    REQUIRE(first.size() == 4);
    auto rest = agent.nextBatch(100, first.back().seq, 1u << 20);
    REQUIRE(rest.size() == 6);
    const auto twoEnvelopes = rest[0].document.size() + rest[1].document.size();
    auto second = agent.nextBatch(4, first.back().seq, twoEnvelopes);
    REQUIRE(second.size() == 2); // the limit is reached with the second document
    CHECK(second.front().seq > first.back().seq);
    auto one = agent.nextBatch(4, second.back().seq, 1);
    REQUIRE(one.size() == 1); // never empty while something is queued after it
    CHECK(agent.nextBatch(100, one.back().seq, 1u << 20).size() == 3);
    CHECK(agent.nextBatch(100, 1'000'000, 1u << 20).empty());
}

TEST_CASE("the hub workers and the agent's in-flight batches and batch bytes are configurable")
{
    test::TempDir dir;
    test::writeFile(dir / "c.json", R"({"state":"s.db","hub":{"workers":3},
        "agent":{"in_flight":2,"batch_bytes":65536}})");
    auto config = loadConfig(dir / "c.json");
    CHECK(config.hubWorkers == 3);
    CHECK(config.inFlight == 2);
    CHECK(config.batchBytes == 65536);
    auto defaults =
        (test::writeFile(dir / "d.json", R"({"state":"s.db"})"), loadConfig(dir / "d.json"));
    CHECK(defaults.hubWorkers == 0);
    CHECK(defaults.inFlight == 4);
    CHECK(defaults.batchBytes == 1u << 20);
    for (const char* bad : {R"({"state":"s.db","agent":{"in_flight":0}})",
                            R"({"state":"s.db","agent":{"in_flight":17}})",
                            R"({"state":"s.db","agent":{"batch_bytes":100}})",
                            R"({"state":"s.db","hub":{"workers":-1}})"}) {
        test::writeFile(dir / "bad.json", bad);
        CHECK_THROWS_AS(loadConfig(dir / "bad.json"), std::runtime_error);
    }
}
