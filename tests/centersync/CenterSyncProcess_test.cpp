// Multi-process tests: the real center-sync binary as hub and agent on 127.0.0.1.
#include "crypto/Hex.h"
#include "Deployment.h"
#include "net/CurveSetup.h"
#include "net/Message.h"
#include "protocol/UploadBatch.h"
#include "SheetFactory.h"
#include "state/StateStore.h"
#include "store/Migrations.h"
#include "store/Statement.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <random>
#include <regex>
#include <thread>
#include <zmq_addon.hpp>

using namespace examroom::test;
using examroom::centersync::openStateDatabase;
namespace schema = examroom::schema;
using namespace std::chrono_literals;

namespace {

// Sets the agent's nightly window to one minute twelve hours from now (local time), so that
// `agent run` syncs only when asked: with the default 02:00-04:00 it synced at its start when
// the tests ran in that window, and the sync-now and SIGHUP tests then found nothing to send.
void closeSyncWindow(const std::filesystem::path& agentConfig)
{
    auto config = nlohmann::json::parse(readFile(agentConfig));
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    const int start = (local.tm_hour * 60 + local.tm_min + 12 * 60) % (24 * 60);
    const int end = (start + 1) % (24 * 60);
    char window[16];
    std::snprintf(window, sizeof window, "%02d:%02d-%02d:%02d", start / 60, start % 60, end / 60,
                  end % 60);
    config["agent"]["window"] = window;
    writeFile(agentConfig, config.dump());
}

} // namespace

TEST_CASE("hub serve and agent sync bring the package down and the sheets up")
{
    Deployment d;
    run({kBinary, "--config", d.hubConfig, "hub", "publish", sampleDataDir().string(), "--site",
         "SZ-01"});
    d.queueSheets(20);
    d.startHub();
    d.writeAgentConfig(d.hubEndpoint);
    auto sync =
        runProcess({kBinary, "--config", d.agentConfig, "agent", "sync", "--give-up-after", "30"});
    INFO(sync.err);
    CHECK(sync.exitCode == 0);
    CHECK(sync.err.find("verified and stored") != std::string::npos);
    auto agent = d.agentStatus();
    CHECK(agent.find("queued 0") != std::string::npos);
    CHECK(agent.find("receipts 21") != std::string::npos);
    CHECK(agent.find("2026-GD-SZ-LV-INIT-07@SZ-01#1") != std::string::npos);
    CHECK(d.hubStatus().find("knowledge-score-sheet pending 20") != std::string::npos);
    // Logs never carry ID numbers or answers.
    CHECK(sync.err.find("441900") == std::string::npos);
    CHECK(d.hub->output().find("441900") == std::string::npos);

    // A second sync changes nothing.
    run({kBinary, "--config", d.agentConfig, "agent", "sync", "--give-up-after", "30"});
    CHECK(d.hubStatus().find("knowledge-score-sheet pending 20") != std::string::npos);
    d.stopHub();
}

TEST_CASE("practical sheets countersigned by listed staff go up and hub results show both scores")
{
    Deployment d;
    d.queueSheets(4);
    // The practical sheets of the same candidates: a grader's signed mark inside, the proctor's
    // countersignature; their keys reach the hub in a site-signed staff list.
    auto keys = run({kKit, "practical", "--site", "SZ-01", "--count", "4", "--points", "87",
                     "--out", (d.dir / "practical.jsonl").string()});
    std::smatch match;
    REQUIRE(std::regex_search(keys, match,
                              std::regex("grader ([0-9a-f]{64})\nproctor ([0-9a-f]{64})")));
    // Sent before the staff list: refused and kept at the site, not retried.
    d.startHub();
    d.writeAgentConfig(d.hubEndpoint);
    run({kBinary, "--config", d.agentConfig, "agent", "enqueue",
         (d.dir / "practical.jsonl").string()});
    run({kBinary, "--config", d.agentConfig, "agent", "sync", "--give-up-after", "30"});
    CHECK(d.agentStatus().find("not a proctor or administrator enrolled") != std::string::npos);

    run({kBinary, "--config", d.agentConfig, "agent", "enrol-staff", "考评员甲", "grader",
         match[1].str()});
    run({kBinary, "--config", d.agentConfig, "agent", "enrol-staff", "监考员", "proctor",
         match[2].str()});
    // Refused items stay refused (a person looks at them); sheets countersigned after the
    // staff list went up are stored.
    run({kKit, "practical", "--site", "SZ-01", "--count", "2", "--first", "4", "--points", "79",
         "--out", (d.dir / "practical2.jsonl").string()});
    run({kKit, "sheets", "--site", "SZ-01", "--count", "2", "--first", "4", "--out",
         (d.dir / "sheets2.jsonl").string()});
    run({kBinary, "--config", d.agentConfig, "agent", "enqueue",
         (d.dir / "sheets2.jsonl").string()});
    run({kBinary, "--config", d.agentConfig, "agent", "enqueue",
         (d.dir / "practical2.jsonl").string()});
    run({kBinary, "--config", d.agentConfig, "agent", "sync", "--give-up-after", "30"});
    CHECK(d.agentStatus().find("queued 0") != std::string::npos);

    auto results =
        run({kBinary, "--config", d.hubConfig, "hub", "results", "2026-GD-SZ-LV-INIT-07"});
    INFO(results);
    CHECK(results.find("6 result(s)") != std::string::npos);
    // Sheets 4 and 5: ticket 2026120807003, attempts 1 and 2, practical 79: below 80, so the
    // practical verdict is its own 不合格 beside the knowledge verdict.
    CHECK(
        std::regex_search(results, std::regex("2026120807003 .* practical 79 不合格  attempt 1")));
    CHECK(
        std::regex_search(results, std::regex("2026120807003 .* practical 79 不合格  attempt 2")));
    // The first practical sheets were refused (sent before the staff list): no verdict.
    CHECK(std::regex_search(results, std::regex("2026120807001 .* practical -  attempt 1")));

    const auto csv = d.dir / "results.csv";
    run({kBinary, "--config", d.hubConfig, "hub", "results", "2026-GD-SZ-LV-INIT-07", "--csv",
         csv.string()});
    const auto table = readFile(csv);
    INFO(table);
    // libcsv quotes every field; the two verdicts are separate columns.
    CHECK(table.find("\"理论合格 knowledge pass\",\"实操合格 practical pass\"") !=
          std::string::npos);
    // Nothing is approved yet, so the export holds the header alone (review comes first).
    CHECK(table.find("2026120807003") == std::string::npos);

    // Review (考试成绩审核) while the hub serves: the list gives each waiting sheet with when
    // it arrived; an approved sheet leaves the list, is counted and is exported.
    const std::string approved = "2026-GD-SZ-LV-INIT-07/2026120807003/1";
    auto waiting = run({kBinary, "--config", d.hubConfig, "hub", "review", "list"});
    INFO(waiting);
    CHECK(std::regex_search(waiting, std::regex("pending  knowledge-score-sheet  " + approved +
                                                "  site SZ-01  20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]"
                                                "{2}:[0-9]{2}:[0-9]{2}Z\n")));
    run({kBinary, "--config", d.hubConfig, "hub", "review", "approve", approved, "--reason",
         "核对无误"});
    CHECK(run({kBinary, "--config", d.hubConfig, "hub", "review", "list"}).find(approved) ==
          std::string::npos);
    CHECK(run({kBinary, "--config", d.hubConfig, "hub", "review", "list", "--all"})
              .find("approved  knowledge-score-sheet  " + approved) != std::string::npos);
    const auto counts = d.hubStatus();
    INFO(counts);
    CHECK(counts.find("knowledge-score-sheet approved 1") != std::string::npos);
    CHECK(counts.find("knowledge-score-sheet pending 5") != std::string::npos);
    run({kBinary, "--config", d.hubConfig, "hub", "results", "2026-GD-SZ-LV-INIT-07", "--csv",
         csv.string()});
    const auto exported = readFile(csv);
    INFO(exported);
    CHECK(std::regex_search(exported, std::regex("2026120807003[^\n]*\"79\"")));
    CHECK(exported.find("2026120807001") == std::string::npos);
    d.stopHub();
}

TEST_CASE("hub serve answers uploads sent back to back in their order and as one after the other")
{
    Deployment d;
    auto site = [&] {
        auto db = openStateDatabase(d.dir / "agent.db", schema::agentMigrations(), false);
        return *examroom::centersync::loadIdentity(db);
    }();
    const auto hubCurve = [&] {
        auto db = openStateDatabase(d.dir / "centre.db", schema::centreMigrations(), false);
        return examroom::centersync::loadIdentity(db)->curve.publicKey();
    }();
    d.startHub();

    // Upload 1: the kiosk list and 20 sheets; upload 2: sheets 15-29 (five stored by upload 1,
    // which the hub stores while it checks upload 2) and another version of sheet 3; upload 3:
    // upload 1 again. A ping between the first two.
    SheetFactory sheets("SZ-01", examroom::crypto::SigningKeyPair::generate());
    auto upload = [&](const std::vector<examroom::SignedDocument>& documents, const char* id) {
        std::vector<examroom::centersync::UploadItem> items;
        for (const auto& document : documents)
            items.push_back({document.toBinary(), document.contentHash()});
        const auto bytes = examroom::centersync::makeUpload("SZ-01", items, site.sign, id);
        return examroom::crypto::ByteVector(bytes.begin(), bytes.end());
    };
    const auto list = examroom::signDocument(
        "kiosk-list", "list-1",
        nlohmann::json{
            {"format", "examroom.kiosk-list.v1"},
            {"site_id", "SZ-01"},
            {"kiosks",
             {{{"kiosk_id", "K01"},
               {"sign_public", examroom::crypto::toHex(sheets.kioskKey().publicKey())}}}}}
            .dump(),
        site.sign);
    auto documents = sheets.signedSheets(30);
    std::vector<examroom::SignedDocument> first{list};
    first.insert(first.end(), documents.begin(), documents.begin() + 20);
    std::vector<examroom::SignedDocument> second(documents.begin() + 15, documents.end());
    auto changed = sheets.sheet(3);
    changed.seatNo += 1;
    second.push_back(changed.sign(sheets.kioskKey()));

    zmq::context_t context;
    zmq::socket_t dealer(context, zmq::socket_type::dealer);
    examroom::net::makeCurveClient(dealer, site.curve, hubCurve);
    dealer.connect(d.hubEndpoint);
    namespace net = examroom::net;
    for (const auto& request : {net::Message::withBinary("upload", "u1", upload(first, "b-1")),
                                net::Message::empty("ping", "p1"),
                                net::Message::withBinary("upload", "u2", upload(second, "b-2")),
                                net::Message::withBinary("upload", "u3", upload(first, "b-1"))})
        REQUIRE(net::sendMessage(dealer, request, {}, zmq::send_flags::none));
    dealer.set(zmq::sockopt::rcvtimeo, 20000);
    std::vector<net::Message> replies;
    for (int i = 0; i < 4; ++i) {
        std::vector<zmq::message_t> parts;
        REQUIRE(zmq::recv_multipart(dealer, std::back_inserter(parts)));
        std::string error;
        auto reply = net::decodeFrames(std::span<const zmq::message_t>(parts), &error);
        REQUIRE_MESSAGE(reply, error);
        replies.push_back(std::move(*reply));
    }
    CHECK(replies[0].requestId == "u1");
    CHECK(replies[1].requestId == "p1");
    CHECK(replies[1].type == "pong");
    CHECK(replies[2].requestId == "u2");
    CHECK(replies[3].requestId == "u3");
    for (int i : {0, 2, 3})
        REQUIRE(replies[static_cast<std::size_t>(i)].type == "results");
    CHECK(replies[0].json["stored"] == 21);
    CHECK(replies[2].json["stored"] == 10);
    CHECK(replies[2].json["duplicate"] == 5);
    CHECK(replies[2].json["conflict"] == 1);
    CHECK(replies[3].json["duplicate"] == 21);
    CHECK(replies[3].json["receipt"] == replies[0].json["receipt"]);
    CHECK(d.hubStatus().find("knowledge-score-sheet pending 30") != std::string::npos);
    CHECK(d.hubStatus().find("conflicts 1") != std::string::npos);
    d.stopHub();
}

TEST_CASE("an unenrolled site key is refused at the handshake")
{
    Deployment d(false);
    d.queueSheets(3);
    d.startHub();
    d.writeAgentConfig(d.hubEndpoint);
    auto sync =
        runProcess({kBinary, "--config", d.agentConfig, "agent", "sync", "--give-up-after", "3"});
    CHECK(sync.exitCode == 1);
    CHECK(d.hub->output().find("refused a client key at the handshake") != std::string::npos);
    CHECK(d.agentStatus().find("queued 4") != std::string::npos);
    CHECK(d.hubStatus().find("knowledge-score-sheet") == std::string::npos);
    d.stopHub();
}

TEST_CASE("an agent killed at random moments while uploading 1000 sheets leaves each stored once")
{
    Deployment d;
    d.queueSheets(1000);
    d.startHub();
    d.writeAgentConfig(d.hubEndpoint, 25);
    std::mt19937 random(12345);
    // Kills follow the upload's progress, not the clock, so they land mid-upload however fast
    // the hub ingests: after one to three receipts of this run (25 items each), then a few
    // milliseconds more, so some land while a batch is on the wire or being committed.
    std::uniform_int_distribution<int> receipts(1, 3);
    std::uniform_int_distribution<int> delay(0, 10);
    const auto receiptsSeen = [](const std::string& log) {
        int lines = 0;
        for (auto at = log.find("sent "); at != std::string::npos; at = log.find("sent ", at + 1))
            ++lines;
        return lines;
    };
    int kills = 0;
    for (int round = 0; round < 6; ++round) {
        ChildProcess agent(
            {kBinary, "--config", d.agentConfig.string(), "agent", "sync", "--give-up-after", "60"},
            d.dir / ("agent-" + std::to_string(round) + ".log"));
        const int wanted = receipts(random);
        REQUIRE(waitUntil([&] { return receiptsSeen(agent.output()) >= wanted || agent.exited(); },
                          20s));
        std::this_thread::sleep_for(std::chrono::milliseconds(delay(random)));
        agent.signal(SIGKILL);
        // A round whose agent finished before the kill counts as no kill (exit code 0).
        if (agent.wait(10s) && agent.exitCode() == -1)
            ++kills;
    }
    CHECK(kills >= 3);
    auto final =
        runProcess({kBinary, "--config", d.agentConfig, "agent", "sync", "--give-up-after", "60"});
    INFO(final.err);
    CHECK(final.exitCode == 0);
    CHECK(d.hubStatus().find("knowledge-score-sheet pending 1000") != std::string::npos);
    auto agent = d.agentStatus();
    CHECK(agent.find("queued 0") != std::string::npos);
    CHECK(agent.find("receipts 1001") != std::string::npos);
    d.stopHub();
}

TEST_CASE("an agent keeps its outbox while the hub is down and delivers when it returns")
{
    // Learn a free port from a first hub run, then stop it: the agent starts against nothing.
    Deployment d;
    d.startHub();
    const auto endpoint = d.hubEndpoint;
    d.stopHub();
    writeFile(d.hubConfig, R"({"state":"centre.db","hub":{"listen":")" + endpoint + R"("}})");
    d.queueSheets(30);
    d.writeAgentConfig(endpoint);
    ChildProcess agent(
        {kBinary, "--config", d.agentConfig.string(), "agent", "sync", "--give-up-after", "60"},
        d.dir / "agent.log");
    // Silent hub noticed within the request timeout, then back-off.
    REQUIRE(
        waitUntil([&] { return agent.output().find("backing-off") != std::string::npos; }, 20s));
    d.startHub();
    REQUIRE(agent.wait(30s));
    CHECK(agent.exitCode() == 0);
    CHECK(d.hubStatus().find("knowledge-score-sheet pending 30") != std::string::npos);
    d.stopHub();
}

TEST_CASE("agent run syncs on sync-now and stops cleanly on SIGTERM")
{
    Deployment d;
    d.queueSheets(10);
    d.startHub();
    d.writeAgentConfig(d.hubEndpoint);
    closeSyncWindow(d.agentConfig);
    ChildProcess agent({kBinary, "--config", d.agentConfig.string(), "agent", "run"},
                       d.dir / "agent.log");
    REQUIRE(
        waitUntil([&] { return agent.output().find("control socket") != std::string::npos; }, 20s));
    auto now = runProcess({kBinary, "--config", d.agentConfig, "agent", "sync-now"});
    INFO(now.out << now.err);
    CHECK(now.exitCode == 0);
    CHECK(now.out.find("sent 11/11 items") != std::string::npos);
    agent.signal(SIGTERM);
    REQUIRE(agent.wait(10s));
    CHECK(agent.exitCode() == 0);
    CHECK(agent.output().find("stopping on SIGTERM") != std::string::npos);
    d.stopHub();
}

TEST_CASE("center-sync --self-test checks SQLCipher libsodium and CURVE and leaves nothing behind")
{
    TempDir tmp;
    ::setenv("TMPDIR", tmp.path().c_str(), 1);
    auto result = runProcess({kBinary, "--self-test"});
    ::unsetenv("TMPDIR");
    INFO(result.out << result.err);
    CHECK(result.exitCode == 0);
    CHECK(result.out.find("SQLCipher state database: ok (SQLCipher 3.") != std::string::npos);
    CHECK(result.out.find("libsodium Ed25519: ok") != std::string::npos);
    CHECK(result.out.find("ZeroMQ CURVE with ZAP on 127.0.0.1: ok") != std::string::npos);
    CHECK(std::filesystem::is_empty(tmp.path()));
    // Without --self-test a subcommand is still required (usage error).
    CHECK(runProcess({kBinary}).exitCode == 2);
}

TEST_CASE("agent run syncs on SIGHUP as systemctl reload sends it")
{
    Deployment d;
    d.queueSheets(3);
    d.startHub();
    d.writeAgentConfig(d.hubEndpoint);
    closeSyncWindow(d.agentConfig);
    // The packaged configs document their defaults in // comments.
    writeFile(d.agentConfig, "// the site agent\n" + readFile(d.agentConfig) + "\n// end\n");
    ChildProcess agent({kBinary, "--config", d.agentConfig.string(), "agent", "run"},
                       d.dir / "agent.log");
    REQUIRE(
        waitUntil([&] { return agent.output().find("control socket") != std::string::npos; }, 20s));
    CHECK(d.hubStatus().find("knowledge-score-sheet") == std::string::npos);
    agent.signal(SIGHUP);
    REQUIRE(waitUntil(
        [&] { return d.hubStatus().find("knowledge-score-sheet pending 3") != std::string::npos; },
        20s));
    CHECK(agent.output().find("sync requested (SIGHUP)") != std::string::npos);
    agent.signal(SIGTERM);
    REQUIRE(agent.wait(10s));
    CHECK(agent.exitCode() == 0);
    d.stopHub();
}

TEST_CASE("an exported bundle imported twice or after the network delivered it changes nothing")
{
    Deployment d;
    d.queueSheets(20);
    const auto bundle = (d.dir / "outbox.bundle").string();
    run({kBinary, "--config", d.agentConfig, "agent", "export", bundle});
    CHECK(d.agentStatus().find("queued 21") != std::string::npos); // queued until receipted

    auto first = run({kBinary, "--config", d.hubConfig, "hub", "import", bundle});
    CHECK(first.find("21 stored, 0 duplicate") != std::string::npos);
    const auto receipts = readFile(bundle + ".receipts");
    auto again = run({kBinary, "--config", d.hubConfig, "hub", "import", bundle});
    CHECK(again.find("0 stored, 21 duplicate") != std::string::npos);
    CHECK(readFile(bundle + ".receipts") == receipts); // the same upload, the same receipt
    CHECK(d.hubStatus().find("knowledge-score-sheet pending 20") != std::string::npos);

    run({kBinary, "--config", d.agentConfig, "agent", "import-receipts", bundle + ".receipts"});
    auto agent = d.agentStatus();
    CHECK(agent.find("queued 0") != std::string::npos);
    CHECK(agent.find("receipts 21") != std::string::npos);

    // Five more: exported, then delivered over the network, then the bundle arrives too.
    d.queueSheets(5, 20);
    const auto late = (d.dir / "late.bundle").string();
    run({kBinary, "--config", d.agentConfig, "agent", "export", late});
    d.startHub();
    d.writeAgentConfig(d.hubEndpoint);
    run({kBinary, "--config", d.agentConfig, "agent", "sync", "--give-up-after", "30"});
    d.stopHub();
    auto after = run({kBinary, "--config", d.hubConfig, "hub", "import", late});
    CHECK(after.find("0 stored, 5 duplicate") != std::string::npos);
    CHECK(d.hubStatus().find("knowledge-score-sheet pending 25") != std::string::npos);
    // Its receipts are still good at the site and change nothing there either.
    run({kBinary, "--config", d.agentConfig, "agent", "import-receipts", late + ".receipts"});
    CHECK(d.agentStatus().find("receipts 26") != std::string::npos);
}

TEST_CASE("a byte flipped in an outbox sheet or a receipt is rejected with a logged reason")
{
    Deployment d;
    d.queueSheets(10);
    {
        // Flip one byte of one queued sheet's body, as a failing disk or a meddler would.
        auto db = openStateDatabase(d.dir / "agent.db", schema::agentMigrations(), false);
        auto read = db.prepare("SELECT document FROM outbox WHERE doc_id LIKE '%/2026120807003/1'");
        REQUIRE(read.step());
        auto document = read.columnBlob(0);
        read.reset();
        // The first question's points change between 0 and 2: in the v2 (CBOR) body its answer
        // is the array ["Q1", chosen, points, correct], the text "Q1" (0x62 'Q' '1'), then the
        // one-letter chosen text (0x61, a letter), then the points as one byte.
        const std::string_view field("\x62Q1\x61", 4);
        auto found = std::search(document.begin(), document.end(), field.begin(), field.end());
        REQUIRE(found != document.end());
        auto& points = *(found + static_cast<std::ptrdiff_t>(field.size() + 1));
        REQUIRE((points == 0 || points == 2));
        points = points == 2 ? 0 : 2;
        auto write =
            db.prepare("UPDATE outbox SET document = ?1 WHERE doc_id LIKE '%/2026120807003/1'");
        write.bind(1, std::span<const std::uint8_t>(document));
        REQUIRE(write.execute() == 1);
    }
    d.startHub();
    d.writeAgentConfig(d.hubEndpoint);
    auto sync =
        runProcess({kBinary, "--config", d.agentConfig, "agent", "sync", "--give-up-after", "30"});
    INFO(sync.err);
    CHECK(sync.exitCode == 0);
    CHECK(d.hub->output().find("rejected item") != std::string::npos);
    CHECK(d.hub->output().find("not the one the site's signed batch lists") != std::string::npos);
    CHECK(d.hubStatus().find("knowledge-score-sheet pending 9") != std::string::npos);
    auto agent = d.agentStatus();
    CHECK(agent.find("queued 0") != std::string::npos);
    CHECK(agent.find("rejected 1") != std::string::npos);
    CHECK(agent.find("/2026120807003/1") != std::string::npos);

    // A receipt altered on its way back: refused, logged, the items stay queued; the genuine
    // one (or the next sync) still settles them.
    d.queueSheets(3, 10);
    const auto bundle = (d.dir / "b.bundle").string();
    run({kBinary, "--config", d.agentConfig, "agent", "export", bundle});
    run({kBinary, "--config", d.hubConfig, "hub", "import", bundle});
    auto receipt = readFile(bundle + ".receipts");
    auto flipped = receipt;
    auto at = flipped.find("receipt_code") + 20;
    flipped[at] = flipped[at] == 'A' ? 'B' : 'A';
    writeFile(d.dir / "flipped.receipts", flipped);
    auto bad = runProcess({kBinary, "--config", d.agentConfig, "agent", "import-receipts",
                           (d.dir / "flipped.receipts").string()});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.find("receipt refused (the receipt's signature does not match") !=
          std::string::npos);
    CHECK(d.agentStatus().find("queued 3") != std::string::npos);
    run({kBinary, "--config", d.agentConfig, "agent", "import-receipts", bundle + ".receipts"});
    CHECK(d.agentStatus().find("queued 0") != std::string::npos);

    // A bundle altered in transit is refused whole at the hub: nothing stored.
    d.queueSheets(2, 13);
    run({kBinary, "--config", d.agentConfig, "agent", "export", bundle});
    auto sealed = readFile(bundle);
    sealed[sealed.size() / 2] ^= 0x20;
    writeFile(bundle, sealed);
    auto refused = runProcess({kBinary, "--config", d.hubConfig, "hub", "import", bundle});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.find("altered") != std::string::npos);
    CHECK(d.hubStatus().find("knowledge-score-sheet pending 12") != std::string::npos);
    d.stopHub();
}
