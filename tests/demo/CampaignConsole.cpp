// examroom-campaign-console: the proctor app's console core (ConsoleManager, controllers,
// RoomService over site.db) with an automatic proctor's hand, for the fault campaign, which
// SIGKILLs it and starts it again over the same data folder.
//   examroom-campaign-console --data-dir DIR --package FILE --centre-key HEX
//                             --password-file FILE --kiosks N
// First run: imports and confirms the package, accepts the first N pairing requests at seats
// 1..N, records their equipment check, seats the roster (N candidates) in ticket order,
// provisions, checks them in and starts with the
// authorization password; prints "console: started". A later run (site.db exists) logs in,
// gives the password again (the bank key is never stored) and prints "console: resumed".
// Then it serves the room until SIGTERM, keeping DIR/outbox.jsonl (the outbox, one signed
// document a line, replaced atomically) up to date; on SIGTERM it writes DIR/mirror.txt
// (attempt, entries, head hash) and DIR/audit.txt (the audit chain's check) and exits 0.
// The console's clock is the exam day's: 08:00 at the first run's start plus real time.
// Test tool: the password is read from a file, which no site would do.
#include "ConsoleController.h"
#include "ConsoleManager.h"
#include "crypto/Hex.h"
#include "DemoProcess.h"
#include "RoomPairing.h"
#include "RoomService.h"
#include "site/AuditLog.h"
#include "site/Outbox.h"
#include "site/RoomLinkStore.h"
#include "util/Clock.h"
#include "util/IsoTime.h"

#include <csignal>
#include <iostream>
#include <QGuiApplication>
#include <QtQml/qqmlextensionplugin.h>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(Examroom_ProctorPlugin)
Q_IMPORT_QML_PLUGIN(Examroom_GradingPlugin)

using namespace examroom;
using namespace examroom::demo;
namespace fs = std::filesystem;

namespace {

volatile std::sig_atomic_t g_stop = 0;

// The exam day's time: real time shifted so that the first run began at 08:00 on the day.
class ExamDayClock final : public Clock
{
public:
    explicit ExamDayClock(std::chrono::seconds offset) : m_offset(offset) {}
    std::chrono::sys_seconds now() const override
    {
        return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()) +
               m_offset;
    }

private:
    std::chrono::seconds m_offset;
};

std::chrono::seconds clockOffset(const fs::path& file)
{
    if (fs::exists(file))
        return std::chrono::seconds(std::stoll(readText(file)));
    const auto day = parseIsoTime("2027-03-08T08:00:00+08:00")->utc;
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    const auto offset = day - now;
    writeText(file, std::to_string(offset.count()));
    return offset;
}

void writeAtomically(const fs::path& path, const std::string& text)
{
    const auto temp = fs::path(path.string() + ".tmp");
    writeText(temp, text);
    fs::rename(temp, path);
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    std::signal(SIGTERM, [](int) { g_stop = 1; });
    std::signal(SIGINT, [](int) { g_stop = 1; });
    try {
        fs::path dataDir, packagePath, passwordFile;
        std::string centreKeyHex;
        int kiosks = 0;
        for (int i = 1; i + 1 < argc; i += 2) {
            const std::string key = argv[i], value = argv[i + 1];
            if (key == "--data-dir")
                dataDir = value;
            else if (key == "--package")
                packagePath = value;
            else if (key == "--centre-key")
                centreKeyHex = value;
            else if (key == "--password-file")
                passwordFile = value;
            else if (key == "--kiosks")
                kiosks = std::stoi(value);
            else
                throw std::invalid_argument("unknown option " + key);
        }
        if (dataDir.empty() || packagePath.empty() || centreKeyHex.empty() ||
            passwordFile.empty() || kiosks < 1)
            throw std::invalid_argument("--data-dir, --package, --centre-key, --password-file "
                                        "and --kiosks are required");
        fs::create_directories(dataDir);
        auto centreKey = crypto::fromHex(centreKeyHex);
        if (!centreKey || centreKey->size() != 32)
            throw std::invalid_argument("--centre-key is not 32 bytes of hex");
        crypto::SigningPublicKey centre{};
        std::copy(centreKey->begin(), centreKey->end(), centre.begin());
        const QString password = QString::fromStdString(readText(passwordFile));
        const QString admin = QStringLiteral("admin"),
                      adminPassword = QStringLiteral("campaign-admin");

        ExamDayClock clock(clockOffset(dataDir / "clock-offset"));
        site::SiteOptions options;
        options.kdfStrength = crypto::KdfStrength::MinForTests;
        ConsoleManager m(clock, options);
        m.setCentreKey(centre);
        m.setPrintCommand({}); // no printer in the campaign: the console's lp would print
        m.open(dataDir / "site");
        ConsoleController console(m);
        const bool first = !m.accounts().hasAccounts();
        if (first ? !console.createAdministrator(admin, adminPassword, adminPassword)
                  : !console.login(admin, adminPassword))
            throw std::runtime_error("the administrator cannot log in");

        RoomService& link = *console.link();
        RoomLinkConfig config;
        const auto endpoints = dataDir / "endpoints.txt";
        if (fs::exists(endpoints)) {
            const auto text = readText(endpoints);
            config.roomEndpoint = lineAfter(text, "room=");
            config.pairingEndpoint = lineAfter(text, "pairing=");
        } else {
            config.roomEndpoint = "tcp://127.0.0.1:0";
            config.pairingEndpoint = "tcp://127.0.0.1:0";
        }
        config.resendAfter = std::chrono::milliseconds(1000);
        if (!link.start(config))
            throw std::runtime_error("the room link does not start: " +
                                     link.lastError().toStdString());
        writeAtomically(endpoints, "room=" + link.roomEndpoint().toStdString() +
                                       "\npairing=" + link.pairingEndpoint().toStdString() +
                                       "\nkey=" + link.consoleKey().toStdString() + "\n");
        std::cout << "console: listening" << std::endl;
        auto pump = [&](const std::function<bool()>& done, int seconds) {
            return waitUntil(done, std::chrono::seconds(seconds), [] {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
                ::usleep(10 * 1000);
                if (g_stop)
                    throw std::runtime_error("stopped during the set-up");
            });
        };

        if (first) {
            if (!console.plan()->importPackage(QString::fromStdString(packagePath.string())) ||
                !console.plan()->confirm())
                throw std::runtime_error("the package is refused");
            if (!m.room().addSeats(*m.person(), m.roomId(), kiosks).ok())
                throw std::runtime_error("cannot add seats");
            for (int seat = 1; seat <= kiosks; ++seat) {
                QString code;
                if (!pump(
                        [&] {
                            const auto list = link.pairings();
                            if (!list.isEmpty())
                                code =
                                    list.first().toMap().value(QStringLiteral("code")).toString();
                            return !code.isEmpty();
                        },
                        120) ||
                    !link.acceptPairing(code, seat))
                    throw std::runtime_error("pairing of seat " + std::to_string(seat) + " failed");
            }
            standInEquipmentChecks(m, console, kiosks, pump);
            // The campaign publishes a roster of exactly N candidates: one per seat.
            if (!console.room()->assign(false, 0))
                throw std::runtime_error("seat assignment refused");
            if (!link.provisionAll())
                throw std::runtime_error("provisioning refused");
            pump(
                [&] {
                    int done = 0;
                    for (const QVariant& v : link.progress())
                        done += v.toMap().value(QStringLiteral("state")).toString() ==
                                QLatin1String("done");
                    return done == kiosks;
                },
                180);
            for (const auto& c : m.sessions().candidates(m.sessionId()))
                if (c.seatNo)
                    (void)m.sessions().checkIn(*m.person(), m.sessionId(), c.ticketNo);
            if (!console.start()->start(password))
                throw std::runtime_error("the start is refused");
            std::cout << "console: started" << std::endl;
        } else {
            if (console.start()->started() && !console.start()->unlockAgain(password))
                throw std::runtime_error("the password does not give the bank key back");
            std::cout << "console: resumed" << std::endl;
        }

        const auto outboxPath = dataDir / "outbox.jsonl";
        std::size_t written = std::size_t(-1);
        while (!g_stop) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            ::usleep(10 * 1000);
            const auto waiting = site::Outbox(m.store().database()).waiting();
            if (waiting.size() != written) {
                std::string lines;
                for (const auto& doc : waiting)
                    lines += doc.toJson() + "\n";
                writeAtomically(outboxPath, lines);
                written = waiting.size();
            }
        }
        std::string mirror;
        for (const auto& stored : site::RoomLinkStore(m.store().database()).mirrors())
            if (!stored.entries.empty())
                mirror += stored.attempt + " " + std::to_string(stored.entries.size()) + " " +
                          crypto::toHex(stored.entries.back().hash) + "\n";
        writeAtomically(dataDir / "mirror.txt", mirror);
        const auto check = site::AuditLog(m.store().database(), clock).verify();
        writeAtomically(dataDir / "audit.txt", check.ok ? std::string("ok\n")
                                                        : "broken at " +
                                                              std::to_string(check.firstBadSeq) +
                                                              ": " + check.why + "\n");
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "examroom-campaign-console: " << e.what() << std::endl;
        return 1;
    }
}
