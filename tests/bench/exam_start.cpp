// Exam start latency, printed as a ratio against a baseline measured in the same run (never
// asserted: machines differ). Run: build/<dir>/tests/exam_start [--kiosks 12] [--kdf moderate|min]
//   measured: from the moment the proctor's authorization password is handed to the console's
//     start (StartController::start: Argon2id over the package's limits, the data key
//     unwrapped, unlock sent to every kiosk) until the last kiosk shows question 1. The
//     console is the proctor app's core with its room link; the kiosks are real headless kiosk
//     processes on 127.0.0.1 (paired, provisioned with the sealed bank, candidates checked in),
//     whose scripted candidates log in and confirm their identity the moment the kiosk is
//     unlocked; each kiosk prints the monotonic clock when question 1 is on its screen.
//   baseline: the Argon2id derivation alone (crypto::deriveKey) with the same limits, the
//     package's (MODERATE, as center-sync's hub publishes them); median of 3.
// --kdf min (libsodium's minimum limits) is for the smoke test only.
#include "ConsoleController.h"
#include "ConsoleManager.h"
#include "crypto/KeyDerivation.h"
#include "DemoProcess.h"
#include "ExamDayRoles.h"
#include "import/CentreFiles.h"
#include "package/AuthorizationPassword.h"
#include "package/PlanPackage.h"
#include "RoomController.h"
#include "RoomPairing.h"
#include "RoomService.h"
#include "StartController.h"
#include "TestSupport.h"
#include "util/Clock.h"
#include "util/IsoTime.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <QEventLoop>
#include <QGuiApplication>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(Examroom_ProctorPlugin)
Q_IMPORT_QML_PLUGIN(Examroom_GradingPlugin)

using namespace examroom;
using namespace examroom::demo;
namespace fs = std::filesystem;
using Steady = std::chrono::steady_clock;

namespace {

struct Options
{
    int kiosks = 12;
    crypto::KdfStrength kdf = crypto::KdfStrength::Moderate;
};

Options parse(int argc, char** argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const std::string value = i + 1 < argc ? argv[++i] : "";
        if (arg == "--kiosks")
            o.kiosks = std::stoi(value);
        else if (arg == "--kdf" && (value == "moderate" || value == "min"))
            o.kdf =
                value == "min" ? crypto::KdfStrength::MinForTests : crypto::KdfStrength::Moderate;
        else
            throw std::invalid_argument("usage: exam_start [--kiosks N] [--kdf moderate|min]");
    }
    if (o.kiosks < 1 || o.kiosks > 40)
        throw std::invalid_argument("--kiosks must be 1..40 (the sample roster's size)");
    return o;
}

// The console's own event loop (as the proctor app runs it, not a polling loop), until `done`
// or `seconds` pass; false on timeout.
bool pump(const std::function<bool()>& done, int seconds)
{
    const auto deadline = Steady::now() + std::chrono::seconds(seconds);
    bool met = done();
    if (met)
        return true;
    QEventLoop loop;
    QTimer check;
    check.setInterval(5);
    QObject::connect(&check, &QTimer::timeout, [&] {
        met = done();
        if (met || Steady::now() >= deadline)
            loop.quit();
    });
    check.start();
    loop.exec();
    return met;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The monotonic time (µs) the kiosk printed with `shown`; -1 until it did.
long long shownAt(const std::string& output)
{
    const std::string at = lineAfter(output, " shown at monotonic ");
    return at.empty() ? -1 : std::stoll(at);
}

int run(const Options& o)
{
    const int kiosks = o.kiosks;
    test::TempDir work;
    // The sample centre files with one candidate per kiosk (seats in ticket order).
    prepareCentreFiles(test::sampleDataDir(), work / "centre", kiosks, 120, 15);
    FixedClock clock(parseIsoTime("2027-03-08T07:30:00+08:00")->utc);
    auto imported = importCentreFiles(work / "centre", clock);
    if (!imported.files)
        throw std::runtime_error("the centre files do not import");
    auto centreKey = crypto::SigningKeyPair::generate();
    auto built = package::buildPlanPackage(
        package::collectPackageInput(*imported.files, "GD-SZ-003", 1, "2027-03-01T09:00:00+08:00"),
        centreKey, o.kdf);
    auto info = package::verifyPlanPackage(built.document, centreKey.publicKey());
    if (!info)
        throw std::runtime_error("the package does not verify");
    const std::string password = package::groupPassword(built.password);
    writeText(work / "plan-package.json", built.document.toJson());

    site::SiteOptions siteOptions;
    // The console's own accounts (not on the measured path) with fast limits; no idle lock.
    siteOptions.kdfStrength = crypto::KdfStrength::MinForTests;
    siteOptions.inactivityLimit = std::chrono::hours(24);
    ConsoleManager m(clock, siteOptions);
    ConsoleController console(m);
    m.setCentreKey(centreKey.publicKey());
    m.open(work / "console");
    if (!console.createAdministrator("admin", "admin-password", "admin-password") ||
        !console.plan()->importPackage(
            QString::fromStdString((work / "plan-package.json").string())) ||
        !console.plan()->confirm() || !m.room().addSeats(*m.person(), m.roomId(), kiosks).ok())
        throw std::runtime_error("console set-up failed");
    m.notifyRoomChanged();
    RoomService& link = *console.link();
    RoomLinkConfig config;
    config.roomEndpoint = "tcp://127.0.0.1:0";
    config.pairingEndpoint = "tcp://127.0.0.1:0";
    if (!link.start(config))
        throw std::runtime_error("the room link does not start: " + link.lastError().toStdString());

    People people;
    for (const auto& c : m.plan()->files.roster)
        people.emplace_back(c.ticketNo, c.id.number);
    std::sort(people.begin(), people.end());
    KioskFleet fleet(KIOSK_BINARY, work / "kiosks", link.roomEndpoint().toStdString(),
                     link.pairingEndpoint().toStdString(), link.consoleKey().toStdString());
    for (int seat = 1; seat <= kiosks; ++seat) {
        const auto& [ticket, id] = people.at(std::size_t(seat - 1));
        fleet.start(seat, "pair 120\nwait-unlock 300\nlogin " + ticket + " " + id +
                              "\nconfirm-identity\nwait-exam 300\nshown\n");
    }
    const auto setUp = Steady::now();
    pairFleet(fleet, link, kiosks, pump);
    standInEquipmentChecks(m, console, kiosks, pump);
    if (!console.room()->assign(false, 0) || !link.provisionAll())
        throw std::runtime_error("seat assignment or provisioning refused: " +
                                 link.lastError().toStdString());
    auto provisioned = [&] {
        int done = 0;
        for (const QVariant& v : link.progress())
            done += v.toMap().value(QStringLiteral("state")).toString() == QLatin1String("done");
        return done == kiosks;
    };
    if (!pump(provisioned, 300))
        throw std::runtime_error("provisioning did not finish");
    clock.set(parseIsoTime("2027-03-08T07:50:00+08:00")->utc);
    for (const auto& [ticket, id] : people)
        if (!m.sessions().checkIn(*m.person(), m.sessionId(), ticket).ok())
            throw std::runtime_error("check-in of " + ticket + " refused");
    clock.set(parseIsoTime("2027-03-08T08:00:00+08:00")->utc);
    std::printf("exam start: %d kiosks paired, provisioned, candidates checked in (%.1f s)\n",
                kiosks, std::chrono::duration<double>(Steady::now() - setUp).count());

    // The measured moment: the password typed at the console.
    const auto typed = Steady::now();
    if (!console.start()->start(QString::fromStdString(password)))
        throw std::runtime_error("the start with the authorization password was refused");
    const double startCall =
        std::chrono::duration<double, std::milli>(Steady::now() - typed).count();
    const long long typedUs =
        std::chrono::duration_cast<std::chrono::microseconds>(typed.time_since_epoch()).count();
    std::vector<double> shown(std::size_t(kiosks), -1);
    const bool all = pump(
        [&] {
            bool every = true;
            for (int seat = 1; seat <= kiosks; ++seat) {
                auto& ms = shown[std::size_t(seat - 1)];
                if (ms < 0) {
                    const long long at = shownAt(fleet.output(seat));
                    if (at >= 0)
                        ms = double(at - typedUs) / 1000.0;
                }
                every = every && ms >= 0;
            }
            return every;
        },
        300);
    if (!all)
        for (int seat = 1; seat <= kiosks; ++seat)
            if (shown[std::size_t(seat - 1)] < 0)
                throw std::runtime_error("seat " + std::to_string(seat) +
                                         " never showed question 1:\n" + fleet.output(seat));

    std::vector<double> derive;
    for (int i = 0; i < 3; ++i) {
        const auto t = Steady::now();
        auto key = crypto::deriveKey(password, info->kdf);
        derive.push_back(std::chrono::duration<double, std::milli>(Steady::now() - t).count());
    }
    const double last = *std::max_element(shown.begin(), shown.end());
    const double first = *std::min_element(shown.begin(), shown.end());
    const double argon = median(derive);
    std::printf(
        "exam start latency (%d headless kiosk processes, Argon2id %llu passes, %llu KiB)\n",
        kiosks, static_cast<unsigned long long>(info->kdf.opsLimit),
        static_cast<unsigned long long>(info->kdf.memLimit >> 10));
    std::printf("  password typed -> start() returned        %8.1f ms\n", startCall);
    std::printf("  password typed -> first kiosk question 1  %8.1f ms\n", first);
    std::printf("  password typed -> median kiosk            %8.1f ms\n", median(shown));
    std::printf("  password typed -> every kiosk question 1  %8.1f ms\n", last);
    std::printf("  Argon2id alone (deriveKey, median of 3)   %8.1f ms\n", argon);
    std::printf("  ratio                                     %8.2fx\n", last / argon);
    std::printf("RESULT exam_start|exam start: password -> %d kiosks show question 1|%.0f ms|"
                "Argon2id alone %.0f ms|%.2f\n",
                kiosks, last, argon, last / argon);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    try {
        const Options options = parse(argc, argv);
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // A private runtime folder for the processes (Qt and speech-dispatcher look for one);
        // the kiosks write nothing there since the unlock is in memory.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const auto runtime =
                fs::temp_directory_path() / ("examroom-bench-" + std::to_string(::getuid()));
            fs::create_directories(runtime);
            fs::permissions(runtime, fs::perms::owner_all, fs::perm_options::replace);
            qputenv("XDG_RUNTIME_DIR", QByteArray::fromStdString(runtime.string()));
        }
        QGuiApplication app(argc, argv);
        return run(options);
    } catch (const std::exception& e) {
        std::cerr << "exam_start: " << e.what() << '\n';
        return 1;
    }
}
