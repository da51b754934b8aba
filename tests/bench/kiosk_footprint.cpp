// Kiosk memory and cold start, printed against a trivial Qt process measured in the same run
// (never asserted: machines differ). Run: build/<dir>/tests/kiosk_footprint [REPEATS]
//   cold start: process start (spawn) -> the first question ready: a headless kiosk
//     provisioned from the centre's files logs a candidate in and opens the exam; the clock
//     stops when it prints "exam open". Baseline: spawn -> "ready" of kiosk_qt_trivial
//     (a QGuiApplication, offscreen, that prints and waits).
//   RSS: VmRSS (and VmHWM, the peak) from /proc/<pid>/status of the kiosk mid-exam (after 30
//     answers, while it waits) and of the trivial process.
#include "TestSupport.h"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <fstream>
#include <optional>
#include <poll.h>
#include <spawn.h>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

using namespace examroom;
namespace fs = std::filesystem;
using Clock_ = std::chrono::steady_clock;

namespace {

struct Run
{
    double readyMs = -1;
    long rssKb = 0, hwmKb = 0;
};

long statusField(pid_t pid, const std::string& name)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    for (std::string line; std::getline(in, line);)
        if (line.rfind(name + ":", 0) == 0)
            return std::stol(line.substr(name.size() + 1));
    return 0;
}

// Spawns `args` (stdout and stderr into a pipe), times the first line containing `ready`,
// then waits for `measure` (may equal `ready`), reads the memory, and kills the process.
std::optional<Run> measure(const std::vector<std::string>& args, const std::string& ready,
                           const std::string& measureAt)
{
    int out[2];
    if (::pipe(out) != 0)
        return std::nullopt;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_adddup2(&actions, out[1], 2);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    std::vector<char*> argv;
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = -1;
    const auto start = Clock_::now();
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(out[1]);
    if (spawned != 0) {
        ::close(out[0]);
        return std::nullopt;
    }
    Run run;
    std::string text;
    const auto deadline = start + std::chrono::seconds(60);
    bool measured = false;
    while (Clock_::now() < deadline && !measured) {
        pollfd fd{out[0], POLLIN, 0};
        if (::poll(&fd, 1, 50) <= 0)
            continue;
        char buffer[4096];
        const auto n = ::read(out[0], buffer, sizeof buffer);
        if (n <= 0)
            break;
        text.append(buffer, std::size_t(n));
        if (run.readyMs < 0 && text.find(ready) != std::string::npos)
            run.readyMs = std::chrono::duration<double, std::milli>(Clock_::now() - start).count();
        if (run.readyMs >= 0 && text.find(measureAt) != std::string::npos) {
            ::poll(nullptr, 0, 300); // settle: timers and the first checkpoint
            run.rssKb = statusField(pid, "VmRSS");
            run.hwmKb = statusField(pid, "VmHWM");
            measured = true;
        }
    }
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
    ::close(out[0]);
    if (!measured) {
        std::fprintf(stderr, "%s did not get to \"%s\":\n%s\n", args[0].c_str(), measureAt.c_str(),
                     text.c_str());
        return std::nullopt;
    }
    return run;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The first candidate of the sample roster: ticket and ID number.
std::pair<std::string, std::string> firstCandidate()
{
    std::ifstream in(test::sampleDataDir() / "roster.csv");
    std::string line;
    std::getline(in, line);
    std::getline(in, line);
    std::vector<std::string> cells;
    std::istringstream row(line);
    for (std::string cell; std::getline(row, cell, ',');)
        cells.push_back(cell);
    return {cells.at(0), cells.at(4)};
}

} // namespace

int main(int argc, char** argv)
{
    const int repeats = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    test::TempDir work;
    const auto [ticket, id] = firstCandidate();
    std::string script = "login " + ticket + " " + id + "\nconfirm-identity\nopen-exam random\n";
    for (int q = 1; q <= 30; ++q)
        script += "answer " + std::to_string(q) + " A\n";
    script += "remaining\npace 20000\n";
    test::writeFile(work / "script.txt", script);

    std::vector<double> kioskStart, trivialStart;
    std::vector<double> kioskRss, kioskHwm, trivialRss;
    for (int run = 0; run < repeats; ++run) {
        const auto data = work / ("data" + std::to_string(run));
        auto kiosk = measure({KIOSK_BINARY, "--headless", "--data-dir", data.string(),
                              "--centre-files", test::sampleDataDir().string(), "--import-now",
                              "2027-03-01T09:00:00+08:00", "--room", "R1", "--seat", "7",
                              "--candidate-script", (work / "script.txt").string()},
                             "exam open", "kiosk: remaining");
        auto trivial = measure({TRIVIAL_QT_BINARY}, "ready", "ready");
        if (!kiosk || !trivial)
            return 1;
        kioskStart.push_back(kiosk->readyMs);
        trivialStart.push_back(trivial->readyMs);
        kioskRss.push_back(double(kiosk->rssKb));
        kioskHwm.push_back(double(kiosk->hwmKb));
        trivialRss.push_back(double(trivial->rssKb));
    }
    const double ks = median(kioskStart), ts = median(trivialStart);
    const double kr = median(kioskRss), tr = median(trivialRss);
    std::printf("kiosk footprint (headless, sample session, %d runs, medians)\n", repeats);
    std::printf("  cold start to first question   kiosk %7.1f ms   trivial Qt %7.1f ms   "
                "ratio %5.2fx\n",
                ks, ts, ks / ts);
    std::printf("  RSS mid-exam                   kiosk %7.1f MiB  trivial Qt %7.1f MiB  "
                "ratio %5.2fx  (kiosk peak %.1f MiB)\n",
                kr / 1024, tr / 1024, kr / tr, median(kioskHwm) / 1024);
    std::printf("RESULT cold_start|kiosk cold start to question 1 (headless)|%.1f ms|trivial Qt "
                "process %.1f ms|%.2f\n",
                ks, ts, ks / ts);
    std::printf(
        "RESULT rss|kiosk RSS mid-exam (headless)|%.1f MiB|trivial Qt process %.1f MiB|%.2f\n",
        kr / 1024, tr / 1024, kr / tr);
    return 0;
}
