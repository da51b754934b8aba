#include "KioskApplication.h"

#include "HeadlessRunner.h"
#include "KioskController.h"
#include "KioskImageProvider.h"
#include "KioskManager.h"
#include "LocalProvisioning.h"
#include "LockdownFilter.h"
#include "MaintenanceLock.h"
#include "net/Z85.h"
#include "QtSpeechEngine.h"
#include "RoomLink.h"
#include "ScreenRenderer.h"
#include "util/IsoTime.h"

#include <iostream>
#include <QCommandLineParser>
#include <QDirIterator>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QScreen>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

namespace examroom {
namespace {

constexpr auto mainQml = "qrc:/Examroom/Kiosk/Main.qml";

// Loads every QML file of the module; prints each error. True when all load.
bool selfTest(QQmlEngine& engine, QTextStream& out)
{
    int files = 0;
    int failures = 0;
    // Warnings (a binding to a missing property, an attached property on the wrong type…)
    // fail the self-test too: they are errors the candidate would meet at run time.
    QObject::connect(&engine, &QQmlEngine::warnings, &engine,
                     [&](const QList<QQmlError>& warnings) {
                         for (const auto& warning : warnings) {
                             ++failures;
                             out << "self-test: " << warning.toString() << Qt::endl;
                         }
                     });
    QDirIterator it(QStringLiteral(":/Examroom/Kiosk"), {QStringLiteral("*.qml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc") + path));
        if (component.isError()) {
            ++failures;
            for (const auto& error : component.errors())
                out << "self-test: " << error.toString() << Qt::endl;
            continue;
        }
        // Instantiating catches binding errors of the root object too.
        std::unique_ptr<QObject> object(component.create());
        if (!object) {
            ++failures;
            for (const auto& error : component.errors())
                out << "self-test: " << error.toString() << Qt::endl;
        }
    }
    out << "self-test: " << files << " QML files, " << failures << " failed" << Qt::endl;
    return files > 0 && failures == 0;
}

int run(int argc, char** argv)
{
    // Help and version need no screen either (an installer reads them over ssh).
    bool offscreen = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        offscreen = offscreen || arg == "--headless" || arg == "--self-test" ||
                    arg == "--render-screens" || arg == "--hash-maintenance-password" ||
                    arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" ||
                    arg == "-v";
    }
    if (offscreen && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("examroom-kiosk"));
    QGuiApplication::setApplicationVersion(QStringLiteral(EXAMROOM_VERSION));
    QGuiApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC")));
    QTextStream out(stdout);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The candidate's locked-down exam terminal (one per seat)."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption config(QStringLiteral("config"),
                              QStringLiteral("INI file: data_dir, centre_files, room, seat, "
                                             "import_now, maintenance_password"),
                              QStringLiteral("FILE"));
    QCommandLineOption dataDir(QStringLiteral("data-dir"),
                               QStringLiteral("folder of kiosk.db and kiosk.key"),
                               QStringLiteral("DIR"));
    QCommandLineOption centreFiles(QStringLiteral("centre-files"),
                                   QStringLiteral("provision from the centre's files (no console)"),
                                   QStringLiteral("DIR"));
    QCommandLineOption room(QStringLiteral("room"), QStringLiteral("room id"), QStringLiteral("ID"),
                            QStringLiteral("R1"));
    QCommandLineOption seat(QStringLiteral("seat"), QStringLiteral("seat number"),
                            QStringLiteral("N"), QStringLiteral("1"));
    QCommandLineOption importNow(QStringLiteral("import-now"),
                                 QStringLiteral("judge the import's time rules at this instant"),
                                 QStringLiteral("ISO"));
    QCommandLineOption headless(QStringLiteral("headless"),
                                QStringLiteral("no window: run --candidate-script"));
    QCommandLineOption script(QStringLiteral("candidate-script"),
                              QStringLiteral("commands for --headless (kiosk/README.md)"),
                              QStringLiteral("FILE"));
    QCommandLineOption selfTestOption(QStringLiteral("self-test"),
                                      QStringLiteral("load every QML file; exit 1 on an error"));
    QCommandLineOption render(QStringLiteral("render-screens"),
                              QStringLiteral("render every screen (zh, en) to PNG in DIR"),
                              QStringLiteral("DIR"));
    QCommandLineOption hashPassword(QStringLiteral("hash-maintenance-password"),
                                    QStringLiteral("read a password on stdin, print the config "
                                                   "value of maintenance_password"));
    QCommandLineOption localOpen(QStringLiteral("local-open"),
                                 QStringLiteral("without a console: open the exam with a random "
                                                "seed once the identity is confirmed"));
    QCommandLineOption console(QStringLiteral("console"),
                               QStringLiteral("the console's room endpoint (room link), e.g. "
                                              "tcp://10.0.0.1:5600"),
                               QStringLiteral("ENDPOINT"));
    QCommandLineOption consoleKey(QStringLiteral("console-key"),
                                  QStringLiteral("the console's CURVE public key (Z85), pinned "
                                                 "at pairing"),
                                  QStringLiteral("Z85"));
    QCommandLineOption pairingEndpoint(QStringLiteral("pairing"),
                                       QStringLiteral("the console's pairing endpoint (needed "
                                                      "until paired)"),
                                       QStringLiteral("ENDPOINT"));
    parser.addOptions({config, dataDir, centreFiles, room, seat, importNow, headless, script,
                       selfTestOption, render, hashPassword, localOpen, console, consoleKey,
                       pairingEndpoint});
    parser.process(app);

    if (parser.isSet(hashPassword)) {
        std::string password;
        std::getline(std::cin, password);
        out << "maintenance_password="
            << QString::fromStdString(MaintenanceLock::hashForConfig(password)) << Qt::endl;
        return 0;
    }

    QSettings settings(parser.value(config), QSettings::IniFormat);
    auto option = [&](const QCommandLineOption& o, const char* key) {
        return parser.isSet(o) ? parser.value(o)
                               : settings.value(QLatin1String(key), parser.value(o)).toString();
    };

    if (parser.isSet(render)) {
        QString error;
        const QStringList files = renderScreens(option(centreFiles, "centre_files").toStdString(),
                                                parser.value(render).toStdString(), &error);
        for (const auto& file : files)
            out << file << Qt::endl;
        if (!error.isEmpty())
            out << "render: " << error << Qt::endl;
        return error.isEmpty() ? 0 : 1;
    }

    SteadyMonotonicSource mono;
    SystemClock wall;
    KioskManager manager(mono, wall);
    FakeSpeechEngine silentSpeech(false);
    std::unique_ptr<QtSpeechEngine> speech;
    // The headless kiosk checks the voice too (the console's equipment check asks for it)
    // but reads nothing aloud: nobody sits at it. The check runs on its own thread and is
    // started after the start-up work below; its verdict is logged when it comes.
    if (!parser.isSet(selfTestOption)) {
        speech = std::make_unique<QtSpeechEngine>();
        QtSpeechEngine* voice = speech.get();
        voice->whenChanged(voice, [&out, voice] {
            if (voice->checking())
                return;
            out << "kiosk: read-aloud: "
                << (voice->available() ? voice->description()
                                       : QStringLiteral("none (") + voice->reason() + ")")
                << Qt::endl;
        });
    }
    KioskController kiosk(manager, speech && !parser.isSet(headless)
                                       ? static_cast<SpeechEngine&>(*speech)
                                       : silentSpeech);
    KioskController::setInstance(&kiosk);
    if (auto hash = settings.value(QStringLiteral("maintenance_password")).toString();
        !hash.isEmpty()) {
        if (auto lock = MaintenanceLock::fromConfig(hash.toStdString()))
            kiosk.setMaintenanceLock(std::make_unique<MaintenanceLock>(*lock));
        else
            out << "kiosk: maintenance_password in the config is malformed; ignored" << Qt::endl;
    }

    if (parser.isSet(selfTestOption)) {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.addImageProvider(QStringLiteral("kiosk"), new KioskImageProvider(manager));
        return selfTest(engine, out) ? 0 : 1;
    }

    const QString dir = option(dataDir, "data_dir");
    if (dir.isEmpty()) {
        out << "kiosk: --data-dir (or data_dir in --config) is required" << Qt::endl;
        return 2;
    }
    if (!manager.openStore(dir.toStdString())) {
        out << "kiosk: " << QString::fromStdString(manager.lastError()) << Qt::endl;
        return 1;
    }
    if (const QString files = option(centreFiles, "centre_files"); !files.isEmpty()) {
        std::unique_ptr<Clock> importClock = std::make_unique<SystemClock>();
        if (const QString at = option(importNow, "import_now"); !at.isEmpty()) {
            auto parsed = parseIsoTime(at.toStdString());
            if (!parsed) {
                out << "kiosk: --import-now is not an ISO-8601 time with offset" << Qt::endl;
                return 2;
            }
            importClock = std::make_unique<FixedClock>(parsed->utc);
        }
        std::string error;
        auto session =
            sessionFromCentreFiles(files.toStdString(), option(room, "room").toStdString(),
                                   option(seat, "seat").toInt(), *importClock, &error);
        if (!session) {
            out << "kiosk: " << QString::fromStdString(error) << Qt::endl;
            return 1;
        }
        if (!manager.setContext(std::move(session->context), std::move(session->images))) {
            out << "kiosk: " << QString::fromStdString(manager.lastError()) << Qt::endl;
            return 1;
        }
        if (manager.session())
            out << "kiosk: resumed " << QString::fromStdString(manager.session()->attemptId())
                << ", " << manager.session()->answeredCount() << " answered" << Qt::endl;
    }
    // The room link: provisioning, unlock, seeds and commands come from the console.
    std::unique_ptr<RoomLink> link;
    if (const QString endpoint = option(console, "console"); !endpoint.isEmpty()) {
        RoomLink::Options linkOptions;
        linkOptions.client.roomEndpoint = endpoint.toStdString();
        linkOptions.client.pairingEndpoint = option(pairingEndpoint, "pairing").toStdString();
        linkOptions.client.appVersion = EXAMROOM_VERSION;
        // The true values for the console's equipment check: the screen this process renders
        // to (headless: the offscreen platform's, which QT_QPA_PLATFORM=offscreen:configfile=…
        // sets) and whether a voice answers.
        if (const QScreen* screen = QGuiApplication::primaryScreen()) {
            linkOptions.screenWidth = screen->size().width();
            linkOptions.screenHeight = screen->size().height();
        }
        linkOptions.speech = speech.get();
        if (speech)
            speech->probe(); // returns at once: the heartbeat reports the voice once known
        out << "kiosk: screen " << linkOptions.screenWidth << "x" << linkOptions.screenHeight
            << ", read-aloud "
            << (!speech               ? QStringLiteral("none")
                : speech->checking()  ? QStringLiteral("checking")
                : speech->available() ? speech->description()
                                      : QStringLiteral("none (") + speech->reason() + ")")
            << ", version " << EXAMROOM_VERSION << Qt::endl;
        if (const QString key = option(consoleKey, "console_key"); !key.isEmpty()) {
            linkOptions.client.consoleKey = net::z85DecodeKey(key.toStdString());
            if (!linkOptions.client.consoleKey) {
                out << "kiosk: --console-key is not a Z85 key" << Qt::endl;
                return 2;
            }
        }
        link = std::make_unique<RoomLink>(manager, std::move(linkOptions));
        if (!link->isActive()) {
            out << "kiosk: room link: " << link->lastError() << Qt::endl;
            return 1;
        }
    }
    if (parser.isSet(localOpen)) {
        QObject::connect(
            &manager, &KioskManager::stateChanged, &manager,
            [&manager] {
                if (manager.state() == FlowState::WaitingForProctor) {
                    PaperSeed seed{};
                    auto random = crypto::SecretBytes::random(seed.size());
                    std::copy(random.data(), random.data() + seed.size(), seed.begin());
                    manager.openExam(seed);
                }
            },
            Qt::QueuedConnection);
    }

    if (parser.isSet(headless)) {
        QFile file(parser.value(script));
        if (!file.open(QIODevice::ReadOnly)) {
            out << "kiosk: cannot read the candidate script " << parser.value(script) << Qt::endl;
            return 2;
        }
        HeadlessRunner runner(manager, kiosk, out);
        runner.setRoomLink(link.get());
        return runner.run(QString::fromUtf8(file.readAll()));
    }

    // Unpaired: the Idle screen shows the code and the fingerprint for the proctor to compare
    // (the headless runner pairs on its `pair` command instead).
    if (link && !link->isPaired()) {
        kiosk.setPairingCode(link->startPairing());
        QObject::connect(link.get(), &RoomLink::paired, &kiosk,
                         [&kiosk] { kiosk.setPairingCode(QString()); });
    }

    LockdownFilter lockdown;
    app.installEventFilter(&lockdown);
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.addImageProvider(QStringLiteral("kiosk"), new KioskImageProvider(manager));
    engine.load(QUrl(QString::fromLatin1(mainQml)));
    if (engine.rootObjects().isEmpty())
        return 1;
    // The voice check off the start path: once the event loop has shown the first screen
    // (and at the latest when a question is shown, ExamController).
    if (speech)
        QTimer::singleShot(0, speech.get(), [voice = speech.get()] { voice->probe(); });
    return QGuiApplication::exec();
}

} // namespace

int runKiosk(int argc, char** argv)
{
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "kiosk: " << e.what() << '\n';
        return 1;
    }
}

} // namespace examroom
