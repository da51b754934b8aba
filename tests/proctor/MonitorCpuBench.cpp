// proctor_monitor_cpu: the console's CPU (getrusage, every thread of the process) while N
// simulated kiosks heartbeat at 1 Hz, against the same console idle, in the same run. The
// console is the real core (ConsoleManager, controllers, RoomService with its seat map); the
// kiosks are RoomClients in a second process (this program with --simulate), paired through
// the pairing socket like real ones. Prints figures; asserts nothing about time.
//   proctor_monitor_cpu [--kiosks 200] [--seconds 20]
#include "ConsoleController.h"
#include "ConsoleManager.h"
#include "exam/KioskStore.h"
#include "import/CentreFiles.h"
#include "net/Z85.h"
#include "package/AuthorizationPassword.h"
#include "package/PlanPackage.h"
#include "room/RoomClient.h"
#include "RoomService.h"
#include "TestSupport.h"
#include "util/Clock.h"
#include "util/IsoTime.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <poll.h>
#include <QEventLoop>
#include <QGuiApplication>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(Examroom_ProctorPlugin)
Q_IMPORT_QML_PLUGIN(Examroom_GradingPlugin)

extern char** environ;

using namespace examroom;
namespace fs = std::filesystem;
using Steady = std::chrono::steady_clock;

namespace {

double cpuSeconds()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval& t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Runs the console's event loop for `seconds`; returns the CPU it used as % of one core.
double measure(int seconds)
{
    const double cpu0 = cpuSeconds();
    const auto t0 = Steady::now();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const double wall = std::chrono::duration<double>(Steady::now() - t0).count();
    return 100.0 * (cpuSeconds() - cpu0) / wall;
}

void pumpUntil(const std::function<bool()>& done, int seconds)
{
    const auto deadline = Steady::now() + std::chrono::seconds(seconds);
    while (!done() && Steady::now() < deadline)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

// ---- the simulated kiosks (child process)

volatile std::sig_atomic_t g_stop = 0;

int simulate(int kiosks, const std::string& room, const std::string& pairing,
             const std::string& key, const fs::path& dir)
{
    std::signal(SIGTERM, [](int) { g_stop = 1; });
    auto pinned = net::z85DecodeKey(key);
    if (!pinned)
        return 2;
    struct Sim
    {
        std::unique_ptr<KioskStore> store;
        std::unique_ptr<room::RoomClient> client;
    };
    std::vector<Sim> sims(static_cast<std::size_t>(kiosks));
    const auto began = Steady::now();
    for (int i = 0; i < kiosks; ++i) {
        auto& sim = sims[std::size_t(i)];
        sim.store = KioskStore::open(dir / ("k" + std::to_string(i)));
        room::RoomClientOptions options;
        options.roomEndpoint = room;
        options.pairingEndpoint = pairing;
        options.consoleKey = *pinned;
        options.appVersion = "0.1.0";
        // What a kiosk in the middle of an exam reports every second.
        auto status = [i, began] {
            const auto s =
                std::chrono::duration_cast<std::chrono::milliseconds>(Steady::now() - began)
                    .count();
            room::KioskStatus st;
            st.state = "InExam";
            st.seatNo = i + 1;
            st.questionCount = 100;
            st.answeredCount = int(s / 15000) % 100;
            st.questionIndex = st.answeredCount;
            st.remainingMs = 120LL * 60 * 1000 - s;
            st.elapsedMs = s;
            st.lastSaveAgeMs = s % 15000;
            st.appVersion = "0.1.0";
            st.screenWidth = 1920;
            st.screenHeight = 1080;
            st.ttsAvailable = true;
            st.freeDiskBytes = 8LL << 30;
            return st;
        };
        sim.client = std::make_unique<room::RoomClient>(
            sim.store->database(), sim.store->curveKey(), sim.store->signingKey(), options,
            [](const room::ClientEvent&, std::string&) { return true; }, status);
        if (!sim.client->isPaired())
            (void)sim.client->startPairing();
    }
    std::cout << "simulated " << kiosks << " kiosks" << std::endl;
    while (!g_stop) {
        std::vector<pollfd> fds;
        for (auto& sim : sims) {
            if (sim.client->fd() >= 0)
                fds.push_back({sim.client->fd(), POLLIN, 0});
            if (sim.client->pairingFd() >= 0)
                fds.push_back({sim.client->pairingFd(), POLLIN, 0});
        }
        ::poll(fds.data(), fds.size(), 100);
        for (auto& sim : sims)
            sim.client->processEvents();
    }
    return 0;
}

// ---- the console (parent process)

int console(const char* self, int kiosks, int seconds)
{
    test::TempDir dir;
    FixedClock clock(parseIsoTime("2027-03-08T07:30:00+08:00")->utc);
    site::SiteOptions options;
    options.kdfStrength = crypto::KdfStrength::MinForTests;
    options.inactivityLimit = std::chrono::hours(24);
    ConsoleManager manager(clock, options);
    ConsoleController controller(manager);
    auto centre = crypto::SigningKeyPair::generate();
    auto imported = importCentreFiles(test::sampleDataDir(), clock);
    if (!imported.files)
        return 1;
    auto built = package::buildPlanPackage(
        package::collectPackageInput(*imported.files, "GD-SZ-003", 1, "2027-03-01T09:00:00+08:00"),
        centre, crypto::KdfStrength::MinForTests);
    const auto packagePath = dir / "plan-package.json";
    std::ofstream(packagePath) << built.document.toJson();
    manager.setCentreKey(centre.publicKey());
    manager.open(dir / "data");
    if (!controller.createAdministrator("admin", "admin-password", "admin-password") ||
        !controller.plan()->importPackage(QString::fromStdString(packagePath.string())) ||
        !controller.plan()->confirm() ||
        !manager.room().addSeats(*manager.person(), "R1", kiosks).ok()) {
        std::cerr << "console set-up failed\n";
        return 1;
    }
    manager.notifyRoomChanged();
    RoomService& link = *controller.link();
    RoomLinkConfig config;
    config.roomEndpoint = "tcp://127.0.0.1:0";
    config.pairingEndpoint = "tcp://127.0.0.1:0";
    if (!link.start(config))
        return 1;
    std::cout << "console: " << controller.monitor()->seatMap()->rowCount() << " seats on the map"
              << std::endl;

    const double idle = measure(seconds);
    std::cout << "idle console: " << idle << " % of a core over " << seconds << " s" << std::endl;

    // The kiosks, paired through the pairing socket, each at its seat.
    pid_t child = -1;
    const std::string k = std::to_string(kiosks), room = link.roomEndpoint().toStdString(),
                      pairing = link.pairingEndpoint().toStdString(),
                      key = link.consoleKey().toStdString(), sims = (dir / "sims").string();
    std::vector<const char*> argv = {self,         "--simulate", k.c_str(),       "--room",
                                     room.c_str(), "--pairing",  pairing.c_str(), "--key",
                                     key.c_str(),  "--dir",      sims.c_str(),    nullptr};
    if (posix_spawn(&child, self, nullptr, nullptr, const_cast<char**>(argv.data()), environ) != 0)
        return 1;
    int seat = 0;
    const auto pairStart = Steady::now();
    pumpUntil(
        [&] {
            for (const QVariant& v : link.pairings())
                if (link.acceptPairing(v.toMap().value(QStringLiteral("code")).toString(),
                                       seat + 1))
                    ++seat;
            return seat == kiosks;
        },
        120);
    pumpUntil([&] { return link.onlineCount() == kiosks; }, 60);
    std::cout << "paired " << seat << " kiosks, " << link.onlineCount() << " online after "
              << std::chrono::duration_cast<std::chrono::seconds>(Steady::now() - pairStart).count()
              << " s" << std::endl;
    measure(3); // the first reports (equipment checks) settle
    const double busy = measure(seconds);
    const int online = link.onlineCount();
    ::kill(child, SIGTERM);
    ::waitpid(child, nullptr, 0);
    std::printf("proctor_monitor_cpu: %d kiosks at 1 Hz (%d online): console %.2f %% of a core; "
                "idle console %.2f %%; ratio %.1fx; goal < 5 %%\n",
                kiosks, online, busy, idle, idle > 0 ? busy / idle : 0.0);
    std::printf("RESULT console_cpu|console CPU, %d kiosks heartbeating at 1 Hz|%.2f %% of a core|"
                "idle console %.2f %%|%.1f\n",
                kiosks, busy, idle, idle > 0 ? busy / idle : 0.0);
    return online == kiosks ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    try {
        int kiosks = 200, seconds = 20;
        std::string room, pairing, key, simDir;
        bool sim = false;
        for (int i = 1; i + 1 < argc; i += 2) {
            const std::string a = argv[i], v = argv[i + 1];
            if (a == "--kiosks")
                kiosks = std::stoi(v);
            else if (a == "--seconds")
                seconds = std::stoi(v);
            else if (a == "--simulate") {
                sim = true;
                kiosks = std::stoi(v);
            } else if (a == "--room")
                room = v;
            else if (a == "--pairing")
                pairing = v;
            else if (a == "--key")
                key = v;
            else if (a == "--dir")
                simDir = v;
        }
        if (sim)
            return simulate(kiosks, room, pairing, key, simDir);
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return console(argv[0], kiosks, seconds);
    } catch (const std::exception& e) {
        std::cerr << "proctor_monitor_cpu: " << e.what() << '\n';
        return 1;
    }
}
