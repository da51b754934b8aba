// One Qt Quick Test runner for the console's screens (tst_<Screen>.qml), offscreen. The
// screens run over a real console core (temporary site.db, the sample plan sealed in a
// package, the room link on 127.0.0.1) that `ProctorTest` in QML sets up step by step.
#include "ConsoleController.h"
#include "ConsoleManager.h"
#include "documents/ScoreSheet.h"
#include "exam/KioskStore.h"
#include "import/CentreFiles.h"
#include "net/KeyText.h"
#include "package/AuthorizationPassword.h"
#include "package/PlanPackage.h"
#include "PaperController.h"
#include "room/RoomClient.h"
#include "RoomService.h"
#include "site/RoomLinkStore.h"
#include "TestSupport.h"
#include "util/Clock.h"
#include "util/IsoTime.h"

#include <fstream>
#include <memory>
#include <QQmlEngine>
#include <QQuickItem>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Examroom_ProctorPlugin)
Q_IMPORT_QML_PLUGIN(Examroom_GradingPlugin)

namespace examroom {

class ProctorTestDriver : public QObject
{
    Q_OBJECT
public:
    ProctorTestDriver()
    {
        m_options.kdfStrength = crypto::KdfStrength::MinForTests;
        m_options.inactivityLimit = std::chrono::hours(24);
        m_manager = std::make_unique<ConsoleManager>(m_clock, m_options);
        m_console = std::make_unique<ConsoleController>(*m_manager);
        ConsoleController::setInstance(m_console.get());
        const std::string dir = m_dir.path().toStdString();
        auto imported = importCentreFiles(EXAMROOM_TEST_DATA_DIR, m_clock);
        if (!imported.files)
            qFatal("the sample centre files do not import");
        auto built =
            package::buildPlanPackage(package::collectPackageInput(*imported.files, "GD-SZ-003", 1,
                                                                   "2027-03-01T09:00:00+08:00"),
                                      m_centre, crypto::KdfStrength::MinForTests);
        m_password = QString::fromStdString(package::groupPassword(built.password));
        m_package = QString::fromStdString(dir + "/plan-package.json");
        std::ofstream(m_package.toStdString()) << built.document.toJson();
        m_manager->setCentreKey(m_centre.publicKey());
        m_manager->open(dir + "/data");
        if (!m_console->createAdministrator(QStringLiteral("admin"), QStringLiteral("admin-pass"),
                                            QStringLiteral("admin-pass")))
            qFatal("no administrator");
        RoomLinkConfig link;
        link.roomEndpoint = "tcp://127.0.0.1:0";
        link.pairingEndpoint = "tcp://127.0.0.1:0";
        if (!m_console->link()->start(link))
            qFatal("the room link does not start");
        // The forms go to a "printer" reading its standard input (no lp here, and no real
        // printer in a test): it accepts a PDF and nothing else.
        m_manager->setPrintCommand(
            {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
             QStringLiteral("test \"$(head -c 5)\" = %PDF- && cat >/dev/null")});
        connect(&m_pump, &QTimer::timeout, this, [this] {
            if (m_kiosk)
                m_kiosk->processEvents();
        });
        m_pump.start(50);
    }

    Q_INVOKABLE QString password() const { return m_password; }
    // Plan imported and confirmed, 42 seats (all passing their check) and seats assigned in
    // ticket order with two spares.
    Q_INVOKABLE bool setUpRoom()
    {
        if (m_manager->session())
            return true;
        auto* room = m_console->room();
        if (!m_console->plan()->importPackage(m_package) || !m_console->plan()->confirm() ||
            !m_manager->room().addSeats(*m_manager->person(), "R1", 42).ok())
            return false;
        for (int seat = 1; seat <= 42; ++seat)
            if (!room->pairKiosk(seat, QStringLiteral("KIOSK-%1").arg(seat)) ||
                !room->recordReport(seat, {1920, 1080, 8000, 0, "0.1.0", true}))
                return false;
        return room->assign(false, 2);
    }
    // Only the plan (the Room screen before any pairing).
    Q_INVOKABLE bool importPlan()
    {
        return m_manager->plan() ||
               (m_console->plan()->importPackage(m_package) && m_console->plan()->confirm());
    }
    Q_INVOKABLE bool addSeats(int count)
    {
        return m_manager->room().addSeats(*m_manager->person(), "R1", count).ok() &&
               (m_manager->notifyRoomChanged(), true);
    }
    // Candidates of the first `count` seats present; the clock at the window's start.
    Q_INVOKABLE bool checkInFirst(int count)
    {
        m_clock.set(parseIsoTime("2027-03-08T08:01:00+08:00")->utc);
        int done = 0;
        for (const auto& c : m_manager->sessions().candidates(m_manager->sessionId()))
            if (done < count && c.status == site::CandidateStatus::Expected) {
                if (!m_manager->sessions()
                         .checkIn(*m_manager->person(), m_manager->sessionId(), c.ticketNo)
                         .ok())
                    return false;
                ++done;
            }
        m_manager->notifySessionChanged();
        return true;
    }
    // Another staff account (for the second paper entry, which needs a second person).
    Q_INVOKABLE bool addStaff(const QString& name, const QString& password)
    {
        return m_manager->accounts()
            .createAccount(*m_manager->person(), name.toStdString(), site::Role::Proctor,
                           password.toStdString())
            .ok();
    }
    // A kiosk (in this process) asks the console to pair; true once the console shows it.
    Q_INVOKABLE bool requestPairing()
    {
        m_kioskStore = KioskStore::open(m_dir.path().toStdString() + "/kiosk");
        room::RoomClientOptions options;
        auto* link = m_console->link();
        options.roomEndpoint = link->roomEndpoint().toStdString();
        options.pairingEndpoint = link->pairingEndpoint().toStdString();
        options.consoleKey = link->server()->publicKey();
        m_kiosk = std::make_unique<room::RoomClient>(
            m_kioskStore->database(), m_kioskStore->curveKey(), m_kioskStore->signingKey(), options,
            [](const room::ClientEvent&, std::string&) { return true; },
            [] {
                room::KioskStatus s;
                s.state = "Unprovisioned";
                s.appVersion = "0.1.0";
                return s;
            });
        m_kioskCode = QString::fromStdString(m_kiosk->startPairing());
        return true;
    }
    // Knowledge score sheets signed by a kiosk key and kept by the room link, as if they had
    // arrived: the first `passed` candidates of the roster passed, the next `failed` failed.
    Q_INVOKABLE bool keepKnowledgeSheets(int passed, int failed)
    {
        if (!importPlan())
            return false;
        const auto kiosk = crypto::SigningKeyPair::generate();
        const auto& plan = m_manager->plan()->files;
        for (int i = 0; i < passed + failed && i < int(plan.roster.size()); ++i) {
            const Candidate& c = plan.roster[std::size_t(i)];
            ScoreSheet sheet;
            sheet.sheetId = plan.plan.planId + "/" + c.ticketNo + "/1";
            sheet.planId = plan.plan.planId;
            sheet.ticketNo = c.ticketNo;
            sheet.name = c.name;
            sheet.idNo = c.id.number;
            sheet.passed = i < passed;
            sheet.scoreHalfPoints = sheet.passed ? 170 : 110;
            sheet.answers.push_back({"Q1", "A", sheet.scoreHalfPoints, true});
            site::RoomLinkStore(m_manager->store().database())
                .storeSheet({sheet.sheetId, m_manager->sessionId(), c.ticketNo, i + 1, "KIOSK",
                             sheet.sign(kiosk)},
                            m_clock.now());
        }
        return true;
    }
    Q_INVOKABLE QString ticket(int index) const
    {
        return QString::fromStdString(
            m_manager->plan()->files.roster.at(std::size_t(index)).ticketNo);
    }
    // Another person at the console (graders log in with their own account).
    Q_INVOKABLE bool loginAs(const QString& name, const QString& password)
    {
        m_console->logout();
        return m_console->login(name, password);
    }
    // The agent link's settings read from site.db (the console's key made).
    Q_INVOKABLE bool loadAgent()
    {
        m_console->agent()->load();
        return !m_console->agent()->consoleKey().isEmpty();
    }
    // A site agent's `keys:` line, as `examroom-agent keys show` prints it.
    Q_INVOKABLE QString agentKeysLine() const
    {
        return QString::fromStdString(
            net::publicKeyText({crypto::SigningKeyPair::generate().publicKey(),
                                crypto::CurveKeyPair::generate().publicKey()}));
    }
    // A TCP address on 127.0.0.1 where nothing listens (an agent that is down).
    Q_INVOKABLE QString silentEndpoint() const
    {
        return QString::fromStdString(test::freeLoopbackEndpoint());
    }
    Q_INVOKABLE QString kioskCode() const { return m_kioskCode; }
    Q_INVOKABLE bool kioskPaired() const { return m_kiosk && m_kiosk->isPaired(); }
    // The live part of a seat, as the room link would report it.
    Q_INVOKABLE void setLive(int seatNo, const QString& state, bool handRaised, bool offline)
    {
        SeatLive live;
        live.state = state;
        live.answered = 12;
        live.total = 100;
        live.remainingMs = 95 * 60 * 1000;
        live.lastSaveAgeMs = 4000;
        live.handRaised = handRaised;
        live.offline = offline;
        m_console->monitor()->seatMap()->updateLive(seatNo, live);
    }

    // The first item under `root` whose Accessible.name is `name` (depth first).
    Q_INVOKABLE QQuickItem* findByName(QQuickItem* root, const QString& name) const
    {
        if (!root)
            return nullptr;
        for (QObject* child : root->children())
            if (qstrcmp(child->metaObject()->className(), "QQuickAccessibleAttached") == 0 &&
                child->property("name").toString() == name)
                return root;
        for (QQuickItem* child : root->childItems())
            if (QQuickItem* found = findByName(child, name))
                return found;
        return nullptr;
    }

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{parseIsoTime("2027-03-08T07:30:00+08:00")->utc};
    site::SiteOptions m_options;
    crypto::SigningKeyPair m_centre = crypto::SigningKeyPair::generate();
    std::unique_ptr<ConsoleManager> m_manager;
    std::unique_ptr<ConsoleController> m_console;
    QString m_password;
    QString m_package;
    std::unique_ptr<KioskStore> m_kioskStore;
    std::unique_ptr<room::RoomClient> m_kiosk;
    QString m_kioskCode;
    QTimer m_pump;
};

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine* engine)
    {
        // Made here: the application and its event loop exist only from now on.
        if (!m_driver) {
            m_driver = std::make_unique<ProctorTestDriver>();
            qmlRegisterSingletonInstance("ProctorTest", 1, 0, "ProctorTest", m_driver.get());
        }
        engine->addImportPath(QStringLiteral("qrc:/"));
    }

private:
    std::unique_ptr<ProctorTestDriver> m_driver;
};

} // namespace examroom

QUICK_TEST_MAIN_WITH_SETUP(proctor_qml, examroom::Setup)

#include "QuickTestMain.moc"
