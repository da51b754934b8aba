// center-sync benchmarks, printed as ratios against baselines measured in the same run (never
// asserted: machines differ). Run: build/<dir>/tests/centersync_bench [--count N] [--rounds R]
// One command: tests/bench/run-all.sh (Release build, machine description, every benchmark).
//  1. Hub ingest (verify + store + receipt, in batches of 100) against the bare Ed25519
//     verify rate of the same sheets on one thread. Goal >= 0.5x. Printed twice: with one
//     thread (the hub's per-core cost: CPU time of the whole process) and with the hub's
//     worker pool on every core (wall time, and CPU time summed over the threads). Before it,
//     each stage alone per sheet, and the score sheet reader against nlohmann's bare pass over
//     the same bytes (json::accept; for a v2 body nlohmann's CBOR pass keeping nothing), and
//     the bare verify on every core at once, per core, against one thread (what the machine
//     charges for running its cores together, which the pool's per-core figure pays too).
//     --sheet-form v1|v2 signs the ingest's sheets in either body form.
//  2. Upload of 2,000 sheets site -> hub through the real binaries over loopback (agent sync
//     against hub serve, measured from the agent's start to its exit, packages excluded)
//     against a bare ZeroMQ DEALER/ROUTER transfer of the same upload bytes over tcp on
//     127.0.0.1 with CURVE on both sockets, in batches of the same size with a one-frame
//     acknowledgement each. Goal <= 3x.
#include "agent/AgentStore.h"
#include "ChildProcess.h"
#include "crypto/Hex.h"
#include "hub/HubStore.h"
#include "net/CurveSetup.h"
#include "net/Drain.h"
#include "protocol/UploadBatch.h"
#include "SheetFactory.h"
#include "TestSupport.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <regex>
#include <sys/resource.h>
#include <thread>
#include <time.h>
#include <tuple>
#include <zmq_addon.hpp>

using namespace examroom;
using namespace examroom::centersync;
using Clock_ = std::chrono::steady_clock;

namespace {

double seconds(Clock_::time_point since)
{
    return std::chrono::duration<double>(Clock_::now() - since).count();
}

// CPU time of the calling thread: "per core" rates that other load on a shared machine does
// not distort (wall time is printed too).
double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

// CPU time of every thread of this process (the hub's worker pool included).
double processCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

// CPU time of the children reaped so far (the agent and hub processes of the upload bench).
double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    auto seconds = [](const timeval& t) {
        return t.tv_sec + t.tv_usec / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// What a stored score sheet costs in centre.db: its row's values, column by column (whatever
// columns the schema has), and the pages of the whole file per row. Two rows to a page halve
// the page crypto and the WAL writes of every commit (docs/performance.md).
void printStoredRows(store::Database& db)
{
    std::vector<std::string> columns;
    auto info = db.prepare("PRAGMA table_info(documents)");
    while (info.step())
        columns.push_back(info.columnText(1));
    std::string sum, each;
    for (const auto& column : columns) {
        // Bytes as SQLite stores the value: integers in 0-8 bytes by size, text as UTF-8.
        const auto bytes = "(CASE typeof(" + column +
                           ") WHEN 'null' THEN 0 WHEN 'real' THEN 8 WHEN 'integer' "
                           "THEN (CASE WHEN " +
                           column + " IN (0, 1) THEN 0 WHEN abs(" + column +
                           ") < 128 THEN "
                           "1 WHEN abs(" +
                           column + ") < 32768 THEN 2 WHEN abs(" + column +
                           ") < 8388608 THEN 3 "
                           "WHEN abs(" +
                           column + ") < 2147483648 THEN 4 WHEN abs(" + column +
                           ") < "
                           "140737488355328 THEN 6 ELSE 8 END) ELSE length(CAST(" +
                           column + " AS BLOB)) END)";
        sum += (sum.empty() ? "" : " + ") + bytes;
        each += ", AVG(" + bytes + ")";
    }
    auto size = db.prepare("SELECT COUNT(*), AVG(" + sum + "), MAX(" + sum + ")" + each +
                           " FROM documents WHERE kind = ?1");
    size.bind(1, ScoreSheet::kind);
    size.step();
    const auto rows = std::max<std::int64_t>(1, size.columnInt64(0));
    auto pages = db.prepare("PRAGMA page_count");
    pages.step();
    std::string detail;
    for (std::size_t i = 0; i < columns.size(); ++i)
        detail += (i ? ", " : "") + columns[i] + " " +
                  std::to_string(std::lround(size.columnDouble(3 + static_cast<int>(i))));
    std::printf(
        "centre.db after the ingest: %lld score sheet rows, values %.0f bytes on average "
        "(largest %lld; %s; without the record header), %lld pages in the file (%.2f per row)\n",
        static_cast<long long>(size.columnInt64(0)), size.columnDouble(1),
        static_cast<long long>(size.columnInt64(2)), detail.c_str(),
        static_cast<long long>(pages.columnInt64(0)),
        static_cast<double>(pages.columnInt64(0)) / static_cast<double>(rows));
}

// `batches` ingested by a fresh hub with `workers` threads; {process CPU s, wall s, stored}.
std::tuple<double, double, int> ingestRun(const std::vector<std::string>& batches,
                                          const test::SheetFactory& factory, const Identity& site,
                                          int workers)
{
    test::TempDir dir;
    FixedClock clock{std::chrono::sys_seconds(std::chrono::seconds(1800000000))};
    Identity centre{crypto::SigningKeyPair::generate(), crypto::CurveKeyPair::generate()};
    HubStore hub(openStateDatabase(dir / "centre.db", schema::centreMigrations(), true),
                 std::move(centre), clock, workers);
    hub.enrolSite("SZ-01", {site.sign.publicKey(), site.curve.publicKey()});
    auto listBody = nlohmann::json{
        {"format", "examroom.kiosk-list.v1"},
        {"site_id", "SZ-01"},
        {"kiosks",
         {{{"kiosk_id", "K01"}, {"sign_public", crypto::toHex(factory.kioskKey().publicKey())}}}}};
    auto list = signDocument("kiosk-list", "l", listBody.dump(), site.sign);
    (void)hub.ingestUpload(
        "SZ-01", makeUpload("SZ-01", {{list.toBinary(), list.contentHash()}}, site.sign, "l"),
        nullptr);
    auto start = Clock_::now();
    const double cpu = processCpuSeconds();
    int stored = 0;
    for (const auto& batch : batches)
        stored += hub.ingestUpload("SZ-01", batch, nullptr)->count("stored");
    const double cpuUsed = processCpuSeconds() - cpu, wallUsed = seconds(start);
    printStoredRows(hub.database()); // after the clock stopped
    return {cpuUsed, wallUsed, stored};
}

void ingestBench(int count, SheetForm form, int onlyWorkers)
{
    Identity site{crypto::SigningKeyPair::generate(), crypto::CurveKeyPair::generate()};
    test::SheetFactory factory("SZ-01", crypto::SigningKeyPair::generate());
    factory.setBodyForm(form);
    auto sheets = factory.signedSheets(count);

    auto start = Clock_::now();
    double cpu = cpuSeconds();
    int valid = 0;
    for (const auto& sheet : sheets)
        valid += verifySignature(sheet);
    const double verifyRate = count / (cpuSeconds() - cpu);
    const double verifyWallRate = count / seconds(start);
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    // The same verifies split over every core at once, per core (CPU time of all threads): what
    // the machine itself charges for running the cores together (shared caches, a host that
    // runs two vCPUs on one physical core), which the pool's per-core figure pays too.
    if (cores > 1) {
        std::vector<std::thread> threads;
        std::atomic<int> concurrentValid{0};
        const double allCpu = processCpuSeconds();
        for (int t = 0; t < cores; ++t)
            threads.emplace_back([&, t] {
                int mine = 0;
                for (int i = t; i < count; i += cores)
                    mine += verifySignature(sheets[i]);
                concurrentValid += mine;
            });
        for (auto& thread : threads)
            thread.join();
        const double concurrentRate = count / (processCpuSeconds() - allCpu);
        std::printf("bare verify on %d threads at once, per core (CPU time of all threads): "
                    "%.0f/s, %.2fx the one-thread rate (%d valid)\n",
                    cores, concurrentRate, concurrentRate / verifyRate, concurrentValid.load());
    }
    // Where an ingest's time goes, per sheet, to read the ratio against: each stage alone,
    // best of three passes (the least disturbed by other load). The score sheet reader is set
    // against nlohmann's bare pass over the same body bytes (json::accept: the lexer with a
    // handler that keeps nothing), the floor any reader built on that library pays.
    {
        std::vector<std::string> texts;
        for (const auto& sheet : sheets)
            texts.push_back(sheet.toBinary());
        std::size_t sink = 0;
        auto best = [&](auto&& pass) {
            double fastest = 1e9;
            for (int round = 0; round < 3; ++round) {
                const double stage = cpuSeconds();
                pass();
                fastest = std::min(fastest, cpuSeconds() - stage);
            }
            return fastest / count * 1e6;
        };
        const double envelope = best([&] {
            for (const auto& text : texts)
                sink += SignedDocument::fromBinary(text)->body.size();
        });
        const double hash = best([&] {
            for (const auto& sheet : sheets)
                sink += sheet.contentHash().size();
        });
        // nlohmann's pass that keeps nothing, over the JSON text or the CBOR after its tag.
        const double bare = best([&] {
            for (const auto& sheet : sheets) {
                std::string_view body = sheet.body;
                if (!body.starts_with(kSheetCborMagic)) {
                    sink += nlohmann::json::accept(body);
                    continue;
                }
                body.remove_prefix(kSheetCborMagic.size());
                nlohmann::detail::json_sax_acceptor<nlohmann::json> nothing;
                sink +=
                    nlohmann::json::sax_parse(body, &nothing, nlohmann::json::input_format_t::cbor);
            }
        });
        const double sheetParse = best([&] {
            for (const auto& sheet : sheets)
                sink += ScoreSheet::fromBody(sheet.body)->answers.size();
        });
        std::printf(
            "per sheet (us of CPU): Ed25519 verify %.0f, binary document read %.0f, content "
            "hash %.0f, score sheet parse and check %.0f (body %s, %zu bytes, %zu)\n",
            1e6 / verifyRate, envelope, hash, sheetParse,
            form == SheetForm::CborV2 ? "v2 CBOR" : "v1 JSON", sheets[0].body.size(), sink % 10);
        std::printf(
            "score sheet parse and check %.1f us against nlohmann's bare pass over the same "
            "bytes (a SAX pass that keeps nothing) %.1f us: ratio %.2fx; against Ed25519 verify "
            "%.2fx\n",
            sheetParse, bare, sheetParse / bare, sheetParse * verifyRate / 1e6);
    }

    std::vector<std::string> batches;
    for (int i = 0; i < count; i += 100) {
        std::vector<UploadItem> items;
        for (int j = i; j < std::min(count, i + 100); ++j)
            items.push_back({sheets[j].toBinary(), sheets[j].contentHash()});
        batches.push_back(makeUpload("SZ-01", items, site.sign, "b" + std::to_string(i)));
    }
    // --workers N: that thread count alone (e.g. under callgrind); otherwise one, then every core.
    const auto counts = onlyWorkers ? std::vector<int>{onlyWorkers} : std::vector<int>{1, cores};
    for (int workers : counts) {
        auto [ingestCpu, wall, stored] = ingestRun(batches, factory, site, workers);
        const double ingestRate = count / ingestCpu, ingestWallRate = count / wall;
        std::printf("ingest, %d thread(s): %d sheets (%d valid, %d stored); per core (CPU time of "
                    "all threads): bare verify %.0f/s, hub ingest %.0f/s, ratio %.2fx (goal >= "
                    "0.5x); wall time: bare verify on 1 thread %.0f/s, hub ingest %.0f/s, ratio "
                    "%.2fx\n",
                    workers, count, valid, stored, verifyRate, ingestRate, ingestRate / verifyRate,
                    verifyWallRate, ingestWallRate, ingestWallRate / verifyWallRate);
        if (workers == counts.back())
            std::printf("RESULT ingest|hub ingest of %d sheets, per core (%d worker threads)|%.0f "
                        "sheets/s|bare Ed25519 verify %.0f/s|%.2f\n",
                        count, workers, ingestRate, verifyRate, ingestRate / verifyRate);
    }
}

// Sends `batches` over a bare DEALER/ROUTER pair on tcp loopback with CURVE (as the real link),
// one acknowledged at a time.
double bareTransfer(const std::vector<std::string>& batches)
{
    zmq::context_t context;
    zmq::socket_t router(context, zmq::socket_type::router),
        dealer(context, zmq::socket_type::dealer);
    auto serverKey = crypto::CurveKeyPair::generate();
    auto clientKey = crypto::CurveKeyPair::generate();
    net::makeCurveServer(router, serverKey, "bench");
    net::makeCurveClient(dealer, clientKey, serverKey.publicKey());
    router.bind("tcp://127.0.0.1:0");
    dealer.connect(router.get(zmq::sockopt::last_endpoint));
    std::thread server([&] {
        for (std::size_t i = 0; i < batches.size(); ++i) {
            std::vector<zmq::message_t> parts;
            (void)zmq::recv_multipart(router, std::back_inserter(parts));
            std::array<zmq::message_t, 2> reply = {std::move(parts[0]), zmq::message_t("ok", 2)};
            zmq::send_multipart(router, reply);
        }
    });
    auto start = Clock_::now();
    for (const auto& batch : batches) {
        dealer.send(zmq::buffer(batch), zmq::send_flags::none);
        zmq::message_t ack;
        (void)dealer.recv(ack);
    }
    double elapsed = seconds(start);
    server.join();
    return elapsed;
}

// One round: a fresh hub and agent, `count` sheets uploaded by the real binaries, then the same
// bytes over bare ZeroMQ. Returns {upload seconds, bare seconds, bytes}.
std::tuple<double, double, std::size_t> uploadRound(int count)
{
    test::TempDir dir;
    const std::string bin = CENTER_SYNC_BINARY, kit = CENTERSYNC_TESTKIT_BINARY;
    auto run = [](const std::vector<std::string>& args) {
        auto result = test::runProcess(args);
        if (result.exitCode != 0)
            throw std::runtime_error(args[3] + " failed: " + result.err);
        return result.out;
    };
    test::writeFile(dir / "hub.json",
                    R"({"state":"centre.db","hub":{"listen":"tcp://127.0.0.1:0"}})");
    test::writeFile(dir / "agent.json", R"({"state":"agent.db"})");
    auto keysOf = [](const std::string& out) {
        auto at = out.find("keys: ") + 6;
        return out.substr(at, out.find('\n', at) - at);
    };
    auto hubKeys = keysOf(
        run({bin, "--config", (dir / "hub.json").string(), "keys", "init", "--role", "centre"}));
    auto siteKeys = keysOf(run({bin, "--config", (dir / "agent.json").string(), "keys", "init",
                                "--role", "site", "--site", "SZ-01"}));
    run({bin, "--config", (dir / "hub.json").string(), "hub", "enrol-site", "SZ-01", siteKeys});
    run({bin, "--config", (dir / "agent.json").string(), "agent", "trust-centre", hubKeys});
    auto kioskKey = run({kit, "sheets", "--site", "SZ-01", "--count", std::to_string(count),
                         "--out", (dir / "s.jsonl").string()})
                        .substr(0, 64);
    run({bin, "--config", (dir / "agent.json").string(), "agent", "enrol-kiosk", "K01", kioskKey});
    run({bin, "--config", (dir / "agent.json").string(), "agent", "enqueue",
         (dir / "s.jsonl").string()});

    test::ChildProcess hub({bin, "--config", (dir / "hub.json").string(), "hub", "serve"},
                           dir / "hub.log");
    std::smatch match;
    std::string log;
    if (!test::waitUntil(
            [&] {
                log = hub.output();
                return std::regex_search(log, match, std::regex("listening on (tcp://[0-9.:]+)"));
            },
            std::chrono::seconds(20)))
        throw std::runtime_error("the hub did not listen within 20 s:\n" + hub.output());
    test::writeFile(dir / "agent.json", R"({"state":"agent.db","agent":{"hub":")" + match[1].str() +
                                            R"(","batch_size":100}})");
    auto start = Clock_::now();
    double cpu = childrenCpuSeconds();
    run({bin, "--config", (dir / "agent.json").string(), "agent", "sync", "--give-up-after",
         "120"});
    const double upload = seconds(start);
    const double agentCpu = childrenCpuSeconds() - cpu;
    hub.signal(SIGTERM);
    (void)hub.wait(std::chrono::seconds(10));
    std::printf("upload: CPU time of the agent process %.3f s, of the hub process (whole life) "
                "%.3f s\n",
                agentCpu, childrenCpuSeconds() - cpu - agentCpu);

    // The same bytes as the real upload: the same documents (binary) in signed batches of 100.
    auto lines = test::readFile(dir / "s.jsonl");
    auto batchKey = crypto::SigningKeyPair::generate();
    std::vector<std::string> batches;
    std::vector<UploadItem> items;
    std::size_t at = 0;
    while (at < lines.size()) {
        auto end = lines.find('\n', at);
        auto document = SignedDocument::fromJson(lines.substr(at, end - at));
        at = end + 1;
        items.push_back({document->toBinary(), document->contentHash()});
        if (items.size() == 100) {
            batches.push_back(makeUpload("SZ-01", items, batchKey, "b"));
            items.clear();
        }
    }
    if (!items.empty())
        batches.push_back(makeUpload("SZ-01", items, batchKey, "b"));
    std::size_t bytes = 0;
    for (const auto& batch : batches)
        bytes += batch.size();
    return {upload, bareTransfer(batches), bytes};
}

// The best of `rounds` for both sides: on a shared machine the fastest run is the one least
// disturbed by others.
void uploadBench(int count, int rounds)
{
    double upload = 1e9, bare = 1e9;
    std::size_t bytes = 0;
    for (int round = 0; round < rounds; ++round) {
        auto [roundUpload, roundBare, roundBytes] = uploadRound(count);
        std::printf("upload round %d: agent sync -> hub serve %.3f s, bare ZeroMQ %.3f s\n",
                    round + 1, roundUpload, roundBare);
        upload = std::min(upload, roundUpload);
        bare = std::min(bare, roundBare);
        bytes = roundBytes;
    }
    std::printf("upload: %d sheets, %.1f MB; best of %d: bare ZeroMQ + CURVE %.3f s, agent sync "
                "-> hub serve %.3f s (processes, CURVE, SQLCipher, verify, receipts); ratio "
                "%.2fx (goal <= 3x)\n",
                count, bytes / 1e6, rounds, bare, upload, upload / bare);
    std::printf("RESULT upload|upload of %d sheets, agent sync -> hub (best of %d)|%.2f s|bare "
                "ZeroMQ + CURVE %.3f s|%.1f\n",
                count, rounds, upload, bare, upload / bare);
}

} // namespace

int main(int argc, char** argv)
{
    // centersync_bench [--count N (sheets, default 2000)] [--rounds R (upload, default 3)]
    //                  [--sheet-form v1|v2 (the ingest's score sheet body, default: what
    //                  kiosks write now)] [--workers N (the ingest with N threads only)]
    int count = 2000, rounds = 3, workers = 0;
    SheetForm form = kCurrentSheetForm;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--count")
            count = std::max(100, std::atoi(argv[i + 1]));
        else if (arg == "--workers")
            workers = std::max(1, std::atoi(argv[i + 1]));
        else if (arg == "--rounds")
            rounds = std::max(1, std::atoi(argv[i + 1]));
        else if (arg == "--sheet-form" &&
                 (argv[i + 1] == std::string("v1") || argv[i + 1] == std::string("v2")))
            form = argv[i + 1] == std::string("v1") ? SheetForm::JsonV1 : SheetForm::CborV2;
        else {
            std::fprintf(stderr, "usage: centersync_bench [--count N] [--rounds R] "
                                 "[--sheet-form v1|v2] [--workers N]\n");
            return 2;
        }
    }
    ingestBench(count, form, workers);
    if (std::getenv("CENTERSYNC_BENCH_INGEST_ONLY"))
        return 0;
    uploadBench(count, rounds);
    return 0;
}
