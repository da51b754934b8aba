// The fault campaign (docs/reliability.md): the exam phase of the demo's day with real
// processes on 127.0.0.1 (hub and agent: center-sync; the console: the proctor app's core in
// examroom-campaign-console; headless kiosks), while a component picked at random (a kiosk,
// the console, the agent, the hub) is SIGKILLed at a random moment and started again, K times
// (EXAMROOM_FAULT_KILLS, default FAULT_KILLS), with a seed that is printed and can be given
// back (EXAMROOM_FAULT_SEED). Then: every acknowledged answer is in the chain each signed sheet
// closes, every sheet reaches the hub exactly once with a receipt, every kiosk's remaining time
// after each restart is within 2 s of the allowance less the time since its exam opened
// (downtime included), and the console's audit chain verifies.
#include "CentreSide.h"
#include "crypto/Hex.h"
#include "DemoProcess.h"
#include "documents/ScoreSheet.h"
#include "documents/SignedDocument.h"
#include "ExamDayRoles.h"
#include "TestSupport.h"

#include <algorithm>
#include <cstdlib>
#include <doctest/doctest.h>
#include <map>
#include <poll.h>
#include <random>
#include <set>
#include <sstream>

using namespace examroom;
using namespace examroom::demo;
namespace fs = std::filesystem;
using Steady = std::chrono::steady_clock;

namespace {

int envInt(const char* name, int fallback)
{
    const char* value = std::getenv(name);
    return value && *value ? std::atoi(value) : fallback;
}

void sleepMs(int ms)
{
    ::poll(nullptr, 0, ms);
}

// One candidate's kiosk through the campaign.
struct Seat
{
    std::string ticket, idNo;
    fs::path data;
    std::unique_ptr<Child> process;
    int runs = 0;
    bool submitted = false;
    std::optional<Steady::time_point> examOpened;
};

} // namespace

TEST_CASE("fault campaign: random SIGKILLs of kiosks and the console and the agent and the hub "
          "lose no answer and no sheet")
{
    const int kills = envInt("EXAMROOM_FAULT_KILLS", FAULT_KILLS);
    const auto seed =
        std::uint32_t(envInt("EXAMROOM_FAULT_SEED", int(std::random_device()() >> 1)));
    MESSAGE("fault campaign: " << kills << " kills, seed " << seed
                               << " (EXAMROOM_FAULT_SEED=" << seed << " repeats the draw)");
    std::mt19937 random(seed);
    const int candidates = 3;
    const long long allowanceMs = 120LL * 60 * 1000;
    test::TempDir dir;

    // The centre: the sample plan (its own 120 minutes) with a roster of one candidate a seat.
    prepareCentreFiles(test::sampleDataDir(), dir / "centre-files", candidates, 120, 15);
    CentreSide centre(CENTER_SYNC_BINARY, dir / "centre", "GD-SZ-003");
    centre.initKeys();
    const std::string planId = centre.publish(dir / "centre-files", "2027-03-01T09:00:00+08:00");
    centre.startHub();
    REQUIRE(centre.agentSync().exitCode == 0);
    writeText(dir / "package.json", centre.pulledPackage(planId));
    writeText(dir / "password.txt", centre.releasePassword(planId));
    const std::string centreKey = centre.centreKeys().substr(0, centre.centreKeys().find(':'));

    std::vector<Seat> seats;
    {
        std::istringstream in(readText(dir / "centre-files/roster.csv"));
        std::string line;
        std::getline(in, line);
        while (std::getline(in, line)) {
            std::vector<std::string> cells;
            std::istringstream row(line);
            for (std::string cell; std::getline(row, cell, ',');)
                cells.push_back(cell);
            Seat s;
            s.ticket = cells.at(0);
            s.idNo = cells.at(4);
            seats.push_back(std::move(s));
        }
        std::sort(seats.begin(), seats.end(),
                  [](const Seat& a, const Seat& b) { return a.ticket < b.ticket; });
        REQUIRE(int(seats.size()) == candidates);
    }

    // The console: started again over the same folder after each kill.
    const fs::path consoleDir = dir / "console";
    std::unique_ptr<Child> console;
    int consoleRuns = 0;
    auto startConsole = [&](const char* expect) {
        console = std::make_unique<Child>(
            std::vector<std::string>{CAMPAIGN_CONSOLE_BINARY, "--data-dir", consoleDir.string(),
                                     "--package", (dir / "package.json").string(), "--centre-key",
                                     centreKey, "--password-file", (dir / "password.txt").string(),
                                     "--kiosks", std::to_string(candidates)},
            dir / ("console-" + std::to_string(++consoleRuns) + ".log"));
        return waitUntil([&] { return console->output().find(expect) != std::string::npos; },
                         std::chrono::seconds(120));
    };
    REQUIRE(startConsole("console: listening"));
    const auto endpoints = readText(consoleDir / "endpoints.txt");

    std::string answering; // a steady pace, so that a kill lands mid-save, mid-mirror or idle
    for (int round = 0; round < 3; ++round)
        for (int q = 1; q <= 30; ++q)
            answering += "answer " + std::to_string(q) + " " +
                         std::string(1, char('A' + (q + round) % 2)) + "\npace 15\n";
    std::vector<long long> deviations;
    auto startKiosk = [&](Seat& s, const std::string& script) {
        const auto name = s.data.filename().string() + "-" + std::to_string(++s.runs);
        writeText(dir / (name + ".script"), script);
        s.process = std::make_unique<Child>(
            std::vector<std::string>{KIOSK_BINARY, "--headless", "--data-dir", s.data.string(),
                                     "--console", lineAfter(endpoints, "room="), "--pairing",
                                     lineAfter(endpoints, "pairing="), "--console-key",
                                     lineAfter(endpoints, "key="), "--candidate-script",
                                     (dir / (name + ".script")).string()},
            dir / (name + ".log"));
        // The remaining time it shows once unlocked again: the allowance less the time since
        // the exam opened, downtime included (the monotonic clock kept counting).
        const bool shown = waitUntil(
            [&] { return s.process->output().find("kiosk: remaining ") != std::string::npos; },
            std::chrono::seconds(150));
        INFO(s.process->output());
        REQUIRE(shown);
        const auto seen = Steady::now();
        if (!s.examOpened)
            s.examOpened = seen;
        const long long remaining = std::stoll(lineAfter(s.process->output(), "kiosk: remaining "));
        const long long expected =
            allowanceMs -
            std::chrono::duration_cast<std::chrono::milliseconds>(seen - *s.examOpened).count();
        deviations.push_back(std::llabs(remaining - expected));
        CHECK(std::llabs(remaining - expected) <= 2000);
    };
    // Kiosks one at a time, so that the console pairs kiosk k at seat k (ticket order).
    for (int k = 0; k < candidates; ++k) {
        Seat& s = seats[std::size_t(k)];
        s.data = dir / ("kiosk" + std::to_string(k + 1));
        const auto name = "kiosk" + std::to_string(k + 1) + "-pair";
        writeText(dir / (name + ".script"), "pair 120\n");
        Child pairing({KIOSK_BINARY, "--headless", "--data-dir", s.data.string(), "--console",
                       lineAfter(endpoints, "room="), "--pairing", lineAfter(endpoints, "pairing="),
                       "--console-key", lineAfter(endpoints, "key="), "--candidate-script",
                       (dir / (name + ".script")).string()},
                      dir / (name + ".log"));
        REQUIRE(pairing.wait(std::chrono::seconds(150)));
        INFO(pairing.output());
        REQUIRE(pairing.exitCode() == 0);
    }
    for (auto& s : seats)
        s.process = nullptr;
    std::vector<std::unique_ptr<Child>> first;
    for (auto& s : seats) {
        const auto name = s.data.filename().string() + "-" + std::to_string(++s.runs);
        writeText(dir / (name + ".script"), "wait-unlock 240\nlogin " + s.ticket + " " + s.idNo +
                                                "\nconfirm-identity\nwait-exam 120\nremaining\n" +
                                                answering);
        s.process = std::make_unique<Child>(
            std::vector<std::string>{KIOSK_BINARY, "--headless", "--data-dir", s.data.string(),
                                     "--console", lineAfter(endpoints, "room="), "--pairing",
                                     lineAfter(endpoints, "pairing="), "--console-key",
                                     lineAfter(endpoints, "key="), "--candidate-script",
                                     (dir / (name + ".script")).string()},
            dir / (name + ".log"));
    }
    {
        const bool started = waitUntil(
            [&] { return console->output().find("console: started") != std::string::npos; },
            std::chrono::seconds(240));
        INFO(console->output());
        REQUIRE(started);
    }
    for (auto& s : seats) {
        REQUIRE(waitUntil(
            [&] { return s.process->output().find("kiosk: remaining ") != std::string::npos; },
            std::chrono::seconds(120)));
        s.examOpened = Steady::now();
    }

    // The agent carries whatever the console's outbox holds; the keys that signed it are
    // enrolled first (their site-signed list goes ahead of the documents).
    std::set<std::string> enrolled;
    auto enqueueOutbox = [&] {
        const auto path = consoleDir / "outbox.jsonl";
        if (!fs::exists(path))
            return;
        const auto copy = dir / "outbox-copy.jsonl";
        fs::copy_file(path, copy, fs::copy_options::overwrite_existing);
        std::istringstream in(readText(copy));
        for (std::string line; std::getline(in, line);)
            if (auto doc = SignedDocument::fromJson(line);
                doc && enrolled.insert(crypto::toHex(doc->signer)).second) {
                // Kiosks sign the sheets; the console's administrator signs the rest.
                if (doc->kind == ScoreSheet::kind)
                    centre.enrolKiosk("K" + std::to_string(enrolled.size()),
                                      crypto::toHex(doc->signer));
                else
                    centre.enrolStaff("admin", "administrator", crypto::toHex(doc->signer));
            }
        centre.enqueue(copy);
    };
    auto startAgentSync = [&](int n) {
        return std::make_unique<Child>(
            std::vector<std::string>{CENTER_SYNC_BINARY, "--config",
                                     (centre.dir() / "agent.json").string(), "agent", "sync",
                                     "--give-up-after", "20"},
            dir / ("agent-sync-" + std::to_string(n) + ".log"));
    };
    const std::string againScript = "wait-unlock 120\nremaining\n" + answering;
    const std::string finalScript = "wait-unlock 120\nremaining\nsubmit\nresult\nwait-synced 120\n";
    auto submit = [&](Seat& s) {
        if (s.process && !s.process->wait(std::chrono::seconds(60)))
            s.process->kill();
        startKiosk(s, finalScript);
        REQUIRE(s.process->wait(std::chrono::seconds(150)));
        INFO(s.process->output());
        CHECK(s.process->exitCode() == 0);
        s.submitted = true;
    };

    std::map<std::string, int> killed;
    std::uniform_int_distribution<int> delay(150, 1500), component(0, 3);
    for (int i = 0; i < kills; ++i) {
        INFO("kill " << i + 1 << " of " << kills);
        int c = component(random);
        std::vector<Seat*> live;
        for (auto& s : seats)
            if (!s.submitted)
                live.push_back(&s);
        if (c == 0 && live.empty())
            c = 1;
        const int wait = delay(random);
        if (c == 0) {
            Seat& s = *live[std::size_t(random() % live.size())];
            if (!s.process || s.process->exited())
                startKiosk(s, againScript);
            sleepMs(wait);
            s.process->kill();
            ++killed["kiosk"];
            startKiosk(s, againScript);
        } else if (c == 1) {
            sleepMs(wait);
            console->kill();
            ++killed["console"];
            const bool resumed = startConsole("console: resumed");
            INFO(console->output());
            REQUIRE(resumed);
        } else if (c == 2) {
            enqueueOutbox();
            auto agent = startAgentSync(i);
            sleepMs(wait);
            agent->kill();
            ++killed["agent"];
        } else {
            enqueueOutbox();
            auto agent = startAgentSync(i);
            sleepMs(wait);
            centre.killHub();
            ++killed["hub"];
            centre.startHub();
            if (!agent->wait(std::chrono::seconds(40)))
                agent->kill();
        }
        // Candidates hand in along the way, so that sheets are in flight for later kills.
        for (int k = 0; k < candidates; ++k)
            if (!seats[std::size_t(k)].submitted && i + 1 == (k + 1) * kills / (candidates + 1))
                submit(seats[std::size_t(k)]);
    }
    for (auto& s : seats)
        if (!s.submitted)
            submit(s);
    MESSAGE("killed: kiosk " << killed["kiosk"] << ", console " << killed["console"] << ", agent "
                             << killed["agent"] << ", hub " << killed["hub"]);

    // Every sheet to the hub, then the console stops cleanly and reports its mirror and audit.
    auto sheetsInOutbox = [&] {
        int n = 0;
        std::istringstream in(readText(consoleDir / "outbox.jsonl"));
        for (std::string line; std::getline(in, line);)
            if (auto doc = SignedDocument::fromJson(line); doc && doc->kind == ScoreSheet::kind)
                ++n;
        return n;
    };
    REQUIRE(waitUntil([&] { return sheetsInOutbox() == candidates; }, std::chrono::seconds(60)));
    enqueueOutbox();
    auto last = centre.agentSync(60);
    INFO(last.output);
    CHECK(last.exitCode == 0);
    console->stop();
    CHECK(console->exitCode() == 0);

    const auto status = centre.agentStatus();
    INFO(status);
    CHECK(lineAfter(status, "queued ") == "0");
    CHECK(status.find("failed  ") == std::string::npos);
    CHECK(lineAfter(status, "rejected ") == "0");
    const auto hub = centre.hubStatus();
    INFO(hub);
    CHECK(hub.find("knowledge-score-sheet pending " + std::to_string(candidates) + "\n") !=
          std::string::npos);
    CHECK(hub.find("conflicts 0") != std::string::npos);

    const auto mirror = readText(consoleDir / "mirror.txt");
    std::istringstream in(readText(consoleDir / "outbox.jsonl"));
    int sheets = 0;
    for (std::string line; std::getline(in, line);) {
        auto doc = SignedDocument::fromJson(line);
        REQUIRE(doc);
        if (doc->kind != ScoreSheet::kind)
            continue;
        ++sheets;
        CHECK(verifySignature(*doc));
        auto sheet = ScoreSheet::fromBody(doc->body);
        REQUIRE(sheet);
        INFO(sheet->sheetId << " " << mirror);
        // The mirror holds what the console acknowledged; the signed chain ends at its head.
        CHECK(mirror.find(sheet->sheetId + " ") != std::string::npos);
        CHECK(mirror.find(sheet->journalHeadHash) != std::string::npos);
    }
    CHECK(sheets == candidates);
    CHECK(readText(consoleDir / "audit.txt") == "ok\n");
    const long long worst =
        deviations.empty() ? 0 : *std::max_element(deviations.begin(), deviations.end());
    MESSAGE("remaining-time checks " << deviations.size() << ", worst deviation " << worst
                                     << " ms");
}
