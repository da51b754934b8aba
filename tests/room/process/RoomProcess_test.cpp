// The room link between real processes on 127.0.0.1: room-console-sim (RoomServer) and
// headless kiosks (RoomLink). Every wait polls with a deadline.
#include "ChildProcess.h"
#include "documents/ScoreSheet.h"
#include "documents/SignedDocument.h"
#include "TestSupport.h"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <doctest/doctest.h>
#include <fstream>
#include <functional>
#include <map>
#include <poll.h>
#include <random>
#include <set>
#include <sstream>
#include <unistd.h>

using namespace examroom;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using test::ChildProcess;
using test::waitUntil;

namespace {

const std::string kImportNow = "2027-03-01T09:00:00+08:00";

std::map<std::string, std::string> readEnv(const fs::path& path)
{
    std::map<std::string, std::string> values;
    std::istringstream in(test::readFile(path));
    for (std::string line; std::getline(in, line);)
        if (auto eq = line.find('='); eq != std::string::npos)
            values[line.substr(0, eq)] = line.substr(eq + 1);
    return values;
}

std::vector<std::pair<std::string, std::string>> candidates(std::size_t count);

// The console and what kiosks need to reach it.
struct Console
{
    test::TempDir dir;
    std::unique_ptr<ChildProcess> process;
    std::map<std::string, std::string> env;

    void start(int kiosks)
    {
        // The room's session: the first six candidates of the roster; the rest are elsewhere.
        std::string tickets;
        for (const auto& [ticket, id] : candidates(6))
            tickets += ticket + "\n";
        test::writeFile(dir / "session-tickets.txt", tickets);
        std::error_code ignored;
        fs::remove(dir / "state/console.env.ready", ignored);
        process = std::make_unique<ChildProcess>(
            std::vector<std::string>{
                CONSOLE_SIM_BINARY, "--centre-files", test::sampleDataDir().string(),
                "--import-now", kImportNow, "--state-dir", (dir / "state").string(), "--sheets-dir",
                (dir / "sheets").string(), "--kiosks", std::to_string(kiosks), "--run-seconds",
                "300", "--commands", (dir / "commands.txt").string(), "--session-tickets",
                (dir / "session-tickets.txt").string()},
            dir / "console.log");
        REQUIRE(waitUntil([&] { return process->output().find("listening") != std::string::npos; },
                          std::chrono::seconds(30)));
        env = readEnv(dir / "state/console.env");
    }
    // The proctor's hand: a line for room-console-sim's --commands file.
    void command(const std::string& line)
    {
        std::ofstream(dir / "commands.txt", std::ios::app) << line << '\n';
    }
    void stop()
    {
        process->signal(SIGTERM);
        REQUIRE(process->wait(std::chrono::seconds(10)));
    }

    std::vector<std::string> kioskArgs(const fs::path& data, const fs::path& script) const
    {
        return {KIOSK_BINARY,    "--headless",   "--data-dir",         data.string(),
                "--console",     env.at("room"), "--pairing",          env.at("pairing"),
                "--console-key", env.at("key"),  "--candidate-script", script.string()};
    }
};

// The first rows of the sample roster: ticket and ID number.
std::vector<std::pair<std::string, std::string>> candidates(std::size_t count)
{
    std::vector<std::pair<std::string, std::string>> out;
    std::istringstream in(test::readFile(test::sampleDataDir() / "roster.csv"));
    std::string line;
    std::getline(in, line); // header
    while (out.size() < count && std::getline(in, line)) {
        std::vector<std::string> cells;
        std::istringstream row(line);
        for (std::string cell; std::getline(row, cell, ',');)
            cells.push_back(cell);
        out.emplace_back(cells.at(0), cells.at(4));
    }
    return out;
}

// The text after `marker` up to the end of its line in `text` ("" when absent).
std::string lineAfter(const std::string& text, const std::string& marker)
{
    const auto at = text.find(marker);
    if (at == std::string::npos)
        return {};
    const auto begin = at + marker.size();
    return text.substr(begin, text.find('\n', begin) - begin);
}

std::string kioskScript(const fs::path& path, const std::string& text)
{
    test::writeFile(path, text);
    return path.string();
}

} // namespace

TEST_CASE("three kiosk processes pair and are provisioned and unlocked and submit signed sheets")
{
    Console console;
    console.start(3);
    auto people = candidates(3);
    std::vector<std::unique_ptr<ChildProcess>> kiosks;
    // Each kiosk gets fresh, empty runtime and temporary folders: the unlock must write nothing
    // there (nor anywhere else but kiosk.db), yet its screens get the photo and the images.
    std::vector<fs::path> scratch;
    for (std::size_t i = 0; i < people.size(); ++i) {
        const auto script = console.dir / ("script" + std::to_string(i) + ".txt");
        test::writeFile(script, "pair\nwait-unlock\nlogin " + people[i].first + " " +
                                    people[i].second +
                                    "\nconfirm-identity\nwait-exam\nimages\n"
                                    "answer-correct " +
                                    std::to_string(10 + i) +
                                    "\nanswer 1 A\nflag 2\nsubmit\nresult\nwait-synced\n");
        const auto runtime = console.dir / ("runtime" + std::to_string(i));
        const auto tmp = console.dir / ("tmp" + std::to_string(i));
        fs::create_directories(runtime);
        fs::create_directories(tmp);
        fs::permissions(runtime, fs::perms::owner_all);
        scratch.push_back(runtime);
        scratch.push_back(tmp);
        kiosks.push_back(std::make_unique<ChildProcess>(
            console.kioskArgs(console.dir / ("kiosk" + std::to_string(i)), script),
            console.dir / ("kiosk" + std::to_string(i) + ".log"),
            std::vector<std::string>{"XDG_RUNTIME_DIR=" + runtime.string(),
                                     "TMPDIR=" + tmp.string()}));
    }
    for (auto& kiosk : kiosks) {
        REQUIRE(kiosk->wait(std::chrono::seconds(90)));
        INFO(kiosk->output());
        CHECK(kiosk->exitCode() == 0);
        // The photo decoded from memory (the sample's photos are real PNGs); the paper's question
        // images too (`images` fails the script otherwise; a random seed's paper may have none).
        const auto images = lineAfter(kiosk->output(), "kiosk: images photo ");
        CHECK(images.rfind("0x0", 0) == std::string::npos);
        CHECK(images.find(" decoded") != std::string::npos);
    }
    for (const auto& dir : scratch) {
        INFO(dir.string());
        CHECK(fs::is_empty(dir));
    }
    console.stop();
    INFO(console.process->output());
    std::set<int> seats;
    for (const auto& [ticket, id] : people) {
        const auto path = console.dir / "sheets" / ("2026-GD-SZ-LV-INIT-07_" + ticket + "_1.json");
        REQUIRE(fs::exists(path));
        auto document = SignedDocument::fromJson(test::readFile(path));
        REQUIRE(document);
        CHECK(verifySignature(*document));
        auto sheet = ScoreSheet::fromBody(document->body);
        REQUIRE(sheet);
        CHECK(sheet->ticketNo == ticket);
        CHECK(sheet->answers.size() == 30);
        seats.insert(sheet->seatNo);
    }
    CHECK(seats == std::set<int>{1, 2, 3});
    // The console's mirror ends where each signed sheet says the journal ends.
    const auto mirror = test::readFile(console.dir / "state/mirror.txt");
    for (const auto& [ticket, id] : people) {
        auto document = SignedDocument::fromJson(test::readFile(
            console.dir / "sheets" / ("2026-GD-SZ-LV-INIT-07_" + ticket + "_1.json")));
        auto sheet = ScoreSheet::fromBody(document->body);
        CHECK(mirror.find(sheet->journalHeadHash) != std::string::npos);
    }
}

TEST_CASE("a headless kiosk reports its true equipment and passes the console's equipment check")
{
    Console console;
    console.start(2);
    // The offscreen platform with the screen of an exam seat; the second kiosk keeps the
    // platform's default (800x800) and must fail on the screen.
    test::writeFile(console.dir / "screen.json",
                    R"({"screens": [{"name": "seat", "x": 0, "y": 0, "width": 1920,)"
                    R"( "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96}]})");
    // Each kiosk stays on the link until the console judged it: the console waits for the
    // kiosk's read-aloud verdict (VoiceProbe on its own thread, seconds on a machine with a
    // speech engine), which the heartbeat reports once known (tts_checking until then).
    const std::string stay = "pair\npace 120000\n";
    auto judged = [&](int seatNo) {
        return console.process->output().find("console: equipment seat " + std::to_string(seatNo) +
                                              " ") != std::string::npos;
    };
    ChildProcess seat(
        console.kioskArgs(console.dir / "a", kioskScript(console.dir / "a.txt", stay)),
        console.dir / "a.log",
        {"QT_QPA_PLATFORM=offscreen:configfile=" + (console.dir / "screen.json").string()});
    REQUIRE(waitUntil([&] { return judged(1) || seat.exited(); }, std::chrono::seconds(60)));
    // Started once the first is seat 1, so that it pairs as seat 2. Its voice is the test
    // engine (highest priority on its plugin path), whose start takes 4 s: the kiosk's first
    // heartbeats go out while the check runs, and the voice must still count.
    ChildProcess small(
        console.kioskArgs(console.dir / "b", kioskScript(console.dir / "b.txt", stay)),
        console.dir / "b.log",
        {"QT_QPA_PLATFORM=offscreen", "QT_PLUGIN_PATH=" TEST_PLUGIN_DIR,
         "EXAMROOM_TEST_VOICE=slow"});
    REQUIRE(waitUntil([&] { return judged(2) || small.exited(); }, std::chrono::seconds(60)));
    INFO(seat.output() << small.output());
    // Still on the link: neither script failed (a failed one ends the kiosk).
    CHECK_FALSE(seat.exited());
    CHECK_FALSE(small.exited());
    seat.stop();
    small.stop();
    // What each kiosk found on its machine (its own log) ...
    const std::string found = lineAfter(seat.output(), "kiosk: screen ");
    REQUIRE(found.rfind("1920x1080, read-aloud ", 0) == 0);
    CHECK(found.find(std::string("version ") + EXAMROOM_VERSION) != std::string::npos);
    // ... with the voice's verdict, logged when it came (at once without a speech engine) ...
    const std::string verdict = lineAfter(seat.output(), "kiosk: read-aloud: ");
    REQUIRE_FALSE(verdict.empty());
    const bool voice = verdict.rfind("none", 0) != 0;
    // ... is what the console's check judged, and it passes (the read-aloud rule only where
    // this machine has a voice: without one the check must name exactly that).
    const std::string log = console.process->output();
    INFO(log);
    const std::string first = lineAfter(log, "console: equipment seat 1 ");
    CHECK(first.rfind("screen 1920x1080 disk ", 0) == 0);
    CHECK(first.find(std::string(" version ") + EXAMROOM_VERSION + " tts " +
                     (voice ? "yes" : "no")) != std::string::npos);
    if (voice) {
        CHECK(first.substr(first.size() - 8) == ": passed");
    } else {
        MESSAGE("this machine has no read-aloud voice: the check must fail on that alone");
        CHECK(first.find(": failed | 没有可用的语音朗读") != std::string::npos);
        CHECK(std::count(first.begin(), first.end(), '|') == 1);
    }
    const std::string second = lineAfter(log, "console: equipment seat 2 ");
    CHECK(lineAfter(small.output(), "kiosk: screen ").rfind("800x800, read-aloud checking", 0) ==
          0);
    CHECK(lineAfter(small.output(), "kiosk: read-aloud: ").rfind("examroom-test: ", 0) == 0);
    CHECK(second.rfind("screen 800x800 ", 0) == 0);
    CHECK(second.find(" tts yes: failed | 屏幕分辨率 800×800 低于 1280×720") != std::string::npos);
    CHECK(std::count(second.begin(), second.end(), '|') == 1);
    console.stop();
}

TEST_CASE("kill campaign: SIGKILLed kiosks lose no acknowledged answer and keep their time")
{
    Console console;
    console.start(1);
    const auto person = candidates(4).back();
    const auto data = console.dir / "kiosk";
    // Answers at a steady pace, so that a kill lands anywhere: mid-save, mid-mirror, idle.
    std::string answering;
    for (int round = 0; round < 4; ++round)
        for (int q = 1; q <= 30; ++q)
            answering += "answer " + std::to_string(q) + " " +
                         std::string(1, char('A' + (q + round) % 2)) + "\npace 15\n";
    const auto firstScript = console.dir / "first.txt";
    test::writeFile(firstScript, "pair\nwait-unlock\nlogin " + person.first + " " + person.second +
                                     "\nconfirm-identity\nwait-exam\nremaining\n" + answering);
    const auto againScript = console.dir / "again.txt";
    test::writeFile(againScript, "wait-unlock\nremaining\n" + answering);

    std::mt19937 random(20270308);
    std::uniform_int_distribution<int> delay(150, 1500);
    const long long allowanceMs = 120LL * 60 * 1000;
    std::optional<Clock::time_point> examStart;
    int kills = 0;
    for (int run = 0; run <= ROOM_KILLS; ++run) {
        const bool last = run == ROOM_KILLS;
        const auto script = run == 0 ? firstScript : againScript;
        if (last)
            test::writeFile(script, "wait-unlock\nremaining\nanswer-correct all\nsubmit\nresult\n"
                                    "wait-synced\n");
        ChildProcess kiosk(console.kioskArgs(data, script),
                           console.dir / ("run" + std::to_string(run) + ".log"));
        INFO("run " << run);
        const bool started =
            waitUntil([&] { return kiosk.output().find("remaining ") != std::string::npos; },
                      std::chrono::seconds(60));
        INFO(kiosk.output() << console.process->output());
        REQUIRE(started);
        const auto seen = Clock::now();
        if (!examStart)
            examStart = seen;
        // The remaining time: the allowance less the time since the exam opened, downtime
        // included (the monotonic clock kept counting while the kiosk was dead).
        const auto out = kiosk.output();
        const auto at = out.find("remaining ");
        const long long remaining = std::stoll(out.substr(at + 10));
        const long long expected =
            allowanceMs -
            std::chrono::duration_cast<std::chrono::milliseconds>(seen - *examStart).count();
        CHECK(std::llabs(remaining - expected) <= 2000);
        if (last) {
            REQUIRE(kiosk.wait(std::chrono::seconds(60)));
            INFO(kiosk.output());
            CHECK(kiosk.exitCode() == 0);
            break;
        }
        ::poll(nullptr, 0, delay(random)); // a random moment of the exam
        kiosk.signal(SIGKILL);
        REQUIRE(kiosk.wait(std::chrono::seconds(10)));
        ++kills;
    }
    console.stop();
    CHECK(kills == ROOM_KILLS);
    // Whatever the console acknowledged is in the chain the signed sheet closes: the mirror
    // (what was acknowledged) and the sheet name the same head, so no acknowledged entry was
    // dropped or rewritten on the kiosk.
    const auto path =
        console.dir / "sheets" / ("2026-GD-SZ-LV-INIT-07_" + person.first + "_1.json");
    REQUIRE(fs::exists(path));
    auto document = SignedDocument::fromJson(test::readFile(path));
    REQUIRE(document);
    CHECK(verifySignature(*document));
    auto sheet = ScoreSheet::fromBody(document->body);
    REQUIRE(sheet);
    const auto mirror = test::readFile(console.dir / "state/mirror.txt");
    INFO(mirror);
    CHECK(mirror.find(sheet->journalHeadHash) != std::string::npos);
}

TEST_CASE("a second login of a seated candidate on another seat is refused and reported")
{
    Console console;
    console.start(2);
    const auto person = candidates(5).back();
    // On the roster but not in this room's session: the kiosk does not know them.
    const auto outsider = candidates(7).back();
    const std::string login = "login " + person.first + " " + person.second + "\n";
    ChildProcess seated(console.kioskArgs(console.dir / "a",
                                          kioskScript(console.dir / "a.txt",
                                                      "pair\nwait-unlock\n" + login +
                                                          "confirm-identity\nwait-exam\nremaining\n"
                                                          "pace 60000\n")),
                        console.dir / "a.log");
    ChildProcess other(console.kioskArgs(console.dir / "b",
                                         kioskScript(console.dir / "b.txt", "pair\nwait-unlock\n")),
                       console.dir / "b.log");
    REQUIRE(other.wait(std::chrono::seconds(60)));
    REQUIRE(other.exitCode() == 0);
    REQUIRE(waitUntil([&] { return seated.output().find("remaining ") != std::string::npos; },
                      std::chrono::seconds(60)));
    // Someone of another room is refused at once; the same candidate at the spare seat: the
    // local check passes, the console refuses and the
    // kiosk goes back to its login.
    ChildProcess again(console.kioskArgs(console.dir / "b",
                                         kioskScript(console.dir / "b2.txt",
                                                     "wait-unlock\nlogin-refused " +
                                                         outsider.first + " " + outsider.second +
                                                         "\n" + login + "wait-state Login 20\n")),
                       console.dir / "b2.log");
    REQUIRE(again.wait(std::chrono::seconds(60)));
    INFO(again.output());
    CHECK(again.exitCode() == 0);
    CHECK(again.output().find("login refused by the console") != std::string::npos);
    console.stop();
    const auto log = console.process->output();
    INFO(log);
    // Seats go in pairing order: whichever the spare seat is, its refusal is on the console.
    std::istringstream lines(log);
    int refusals = 0;
    for (std::string line; std::getline(lines, line);)
        if (line.find("login " + person.first + " at seat ") != std::string::npos &&
            line.find(": elsewhere") != std::string::npos)
            ++refusals;
    CHECK(refusals == 1);
    CHECK(seated.output().find("failed") == std::string::npos);
}

TEST_CASE("a moved candidate continues on a spare seat with every answer and the time left")
{
    Console console;
    console.start(2);
    const auto person = candidates(6).back();
    const std::string login = "login " + person.first + " " + person.second + "\n";
    ChildProcess first(
        console.kioskArgs(
            console.dir / "a",
            kioskScript(console.dir / "a.txt", "pair\nwait-unlock\n" + login +
                                                   "confirm-identity\nwait-exam\n"
                                                   "answer-correct 12\nanswer 13 A\nanswer 14 AB\n"
                                                   "flag 14\nflag 20\npace 1500\nwait-synced\n"
                                                   "answers\nremaining\npace 60000\n")),
        console.dir / "a.log");
    ChildProcess spare(console.kioskArgs(console.dir / "b",
                                         kioskScript(console.dir / "b.txt", "pair\nwait-unlock\n")),
                       console.dir / "b.log");
    REQUIRE(spare.wait(std::chrono::seconds(60)));
    REQUIRE(spare.exitCode() == 0);
    REQUIRE(waitUntil([&] { return first.output().find("remaining ") != std::string::npos; },
                      std::chrono::seconds(60)));
    const auto seenFirst = Clock::now();
    const std::string answers = lineAfter(first.output(), "kiosk: answers ");
    const long long remainingFirst = std::stoll(lineAfter(first.output(), "kiosk: remaining "));
    INFO(first.output());
    REQUIRE(std::count(answers.begin(), answers.end(), '*') == 2);

    // The kiosk dies; the proctor moves the candidate (allowMove) and locks the old seat.
    ::poll(nullptr, 0, 500);
    first.signal(SIGKILL);
    REQUIRE(first.wait(std::chrono::seconds(10)));
    const auto killedAt = Clock::now();
    console.command("allow-move " + person.first);
    REQUIRE(waitUntil(
        [&] { return console.process->output().find("move allowed") != std::string::npos; },
        std::chrono::seconds(10)));

    ChildProcess moved(console.kioskArgs(console.dir / "b",
                                         kioskScript(console.dir / "b2.txt",
                                                     "wait-unlock\n" + login +
                                                         "confirm-identity\nwait-exam\nanswers\n"
                                                         "remaining\nanswer 30 A\nsubmit\nresult\n"
                                                         "wait-synced\n")),
                       console.dir / "b2.log");
    REQUIRE(waitUntil([&] { return moved.output().find("remaining ") != std::string::npos; },
                      std::chrono::seconds(60)));
    const auto seenMoved = Clock::now();
    INFO(moved.output() << console.process->output());
    REQUIRE(moved.wait(std::chrono::seconds(60)));
    CHECK(moved.exitCode() == 0);
    // Every answer and flag, as the first seat had them.
    CHECK(lineAfter(moved.output(), "kiosk: answers ") == answers);
    // The time left: what the first seat had at its death (the time without a kiosk is not
    // the candidate's), less what passed on the spare seat before it printed.
    const long long remainingMoved = std::stoll(lineAfter(moved.output(), "kiosk: remaining "));
    const auto ms = [](auto d) {
        return std::chrono::duration_cast<std::chrono::milliseconds>(d).count();
    };
    const long long atDeath = remainingFirst - ms(killedAt - seenFirst);
    CHECK(remainingMoved <= atDeath + 2000);
    CHECK(remainingMoved >= atDeath - ms(seenMoved - killedAt) - 2000);

    // The old seat comes back locked (the lock waited for it) and stays locked.
    ChildProcess old(
        console.kioskArgs(console.dir / "a", kioskScript(console.dir / "a2.txt",
                                                         "wait-unlock\nwait-state Locked 30\n")),
        console.dir / "a2.log");
    REQUIRE(old.wait(std::chrono::seconds(60)));
    CHECK(old.exitCode() == 0);
    ChildProcess oldAgain(
        console.kioskArgs(console.dir / "a", kioskScript(console.dir / "a3.txt",
                                                         "wait-unlock\nwait-state Locked 10\n")),
        console.dir / "a3.log");
    REQUIRE(oldAgain.wait(std::chrono::seconds(60)));
    INFO(old.output() << oldAgain.output());
    CHECK(oldAgain.exitCode() == 0);
    console.stop();
    const auto sheet =
        console.dir / "sheets" / ("2026-GD-SZ-LV-INIT-07_" + person.first + "_1.json");
    REQUIRE(fs::exists(sheet));
    auto document = SignedDocument::fromJson(test::readFile(sheet));
    REQUIRE(document);
    CHECK(verifySignature(*document));
    auto scored = ScoreSheet::fromBody(document->body);
    REQUIRE(scored);
    // Signed by the spare seat, where the login was accepted last.
    const auto log = console.process->output();
    const auto accepted = log.rfind("login " + person.first + " at seat ");
    REQUIRE(accepted != std::string::npos);
    CHECK(log.substr(accepted, log.find('\n', accepted) - accepted)
              .find("at seat " + std::to_string(scored->seatNo) + ": accepted") !=
          std::string::npos);
}
