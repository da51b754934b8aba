#include "ProctorApplication.h"

#include "ConsoleController.h"
#include "ConsoleManager.h"
#include "crypto/Hex.h"
#include "ScreenRenderer.h"
#include "util/Clock.h"

#include <iostream>
#include <QApplication>
#include <QCommandLineParser>
#include <QDirIterator>
#include <QFileInfo>
#include <QFont>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QSettings>
#include <QTextStream>

namespace examroom {
namespace {

constexpr auto mainQml = "qrc:/Examroom/Proctor/Main.qml";

// Loads and instantiates every QML file of the module; warnings count as failures.
bool selfTest(QQmlEngine& engine, QTextStream& out)
{
    int files = 0;
    int failures = 0;
    QObject::connect(&engine, &QQmlEngine::warnings, &engine,
                     [&](const QList<QQmlError>& warnings) {
                         for (const auto& warning : warnings) {
                             ++failures;
                             out << "self-test: " << warning.toString() << Qt::endl;
                         }
                     });
    // The console's module and the grader's screen it shows (Examroom.Grading).
    for (const auto& root :
         {QStringLiteral(":/Examroom/Proctor"), QStringLiteral(":/Examroom/Grading")}) {
        QDirIterator it(root, {QStringLiteral("*.qml")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            ++files;
            QQmlComponent component(&engine, QUrl(QStringLiteral("qrc") + path));
            std::unique_ptr<QObject> object(component.isError() ? nullptr : component.create());
            if (!object) {
                ++failures;
                for (const auto& error : component.errors())
                    out << "self-test: " << error.toString() << Qt::endl;
            }
        }
    }
    out << "self-test: " << files << " QML files, " << failures << " failed" << Qt::endl;
    return files > 0 && failures == 0;
}

std::optional<crypto::SigningPublicKey> parseCentreKey(const QString& hex)
{
    auto bytes = crypto::fromHex(hex.trimmed().toStdString());
    if (!bytes || bytes->size() != crypto::kSigningPublicKeyBytes)
        return std::nullopt;
    crypto::SigningPublicKey key{};
    std::copy(bytes->begin(), bytes->end(), key.begin());
    return key;
}

int run(int argc, char** argv)
{
    // Help and version need no screen either (an installer reads them over ssh).
    bool offscreen = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        offscreen = offscreen || arg == "--self-test" || arg == "--render-screens" ||
                    arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" ||
                    arg == "-v";
    }
    if (offscreen && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    // QApplication (not QGuiApplication) only for beep(): the seat map's alerts are audible.
    QApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("examroom-proctor"));
    QGuiApplication::setApplicationVersion(QStringLiteral(EXAMROOM_VERSION));
    QGuiApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC")));
    QTextStream out(stdout);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The exam room console: plan, seats, tickets, check-in, start, monitor, close."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption config(QStringLiteral("config"),
                              QStringLiteral("INI file: data_dir, centre_key, print_command, "
                                             "room_endpoint, pairing_endpoint"),
                              QStringLiteral("FILE"));
    QCommandLineOption dataDir(QStringLiteral("data-dir"),
                               QStringLiteral("folder of site.db and site.key"),
                               QStringLiteral("DIR"));
    QCommandLineOption centreKey(QStringLiteral("centre-key"),
                                 QStringLiteral("the exam centre's Ed25519 public key (hex)"),
                                 QStringLiteral("HEX"));
    QCommandLineOption printCommand(
        QStringLiteral("print-command"),
        QStringLiteral("the program the forms are piped to, reading the PDF on its standard "
                       "input, e.g. \"lp -d ROOM1\" (default lp when installed)"),
        QStringLiteral("COMMAND"));
    QCommandLineOption centreFiles(QStringLiteral("centre-files"),
                                   QStringLiteral("sample centre files for --render-screens"),
                                   QStringLiteral("DIR"));
    QCommandLineOption selfTestOption(QStringLiteral("self-test"),
                                      QStringLiteral("load every QML file; exit 1 on an error"));
    QCommandLineOption render(QStringLiteral("render-screens"),
                              QStringLiteral("render every screen (zh, en) to PNG in DIR"),
                              QStringLiteral("DIR"));
    QCommandLineOption roomEndpoint(
        QStringLiteral("room-endpoint"),
        QStringLiteral("where the kiosks reach the console (default tcp://127.0.0.1:5561)"),
        QStringLiteral("ENDPOINT"));
    QCommandLineOption pairingEndpoint(
        QStringLiteral("pairing-endpoint"),
        QStringLiteral("where unpaired kiosks ask to pair (default tcp://127.0.0.1:5562)"),
        QStringLiteral("ENDPOINT"));
    parser.addOptions({config, dataDir, centreKey, printCommand, centreFiles, selfTestOption,
                       render, roomEndpoint, pairingEndpoint});
    parser.process(app);

    QSettings settings(parser.value(config), QSettings::IniFormat);
    if (parser.isSet(config)) {
        const QString file = parser.value(config);
        if (!QFileInfo::exists(file) || settings.status() != QSettings::NoError) {
            out << "proctor: " << file << ": no such file or not an INI file" << Qt::endl;
            return 2;
        }
        // A misspelt or retired setting would otherwise be ignored without a word.
        const QStringList known{
            QStringLiteral("data_dir"),      QStringLiteral("centre_key"),
            QStringLiteral("print_command"), QStringLiteral("centre_files"),
            QStringLiteral("room_endpoint"), QStringLiteral("pairing_endpoint")};
        for (const QString& key : settings.allKeys()) {
            if (known.contains(key))
                continue;
            out << "proctor: " << file << ": unknown setting " << key;
            if (key == QLatin1String("print_dir"))
                out << " (the console no longer writes forms to a folder; set print_command, "
                       "e.g. lp -d ROOM1)";
            out << "; known: " << known.join(QStringLiteral(", ")) << Qt::endl;
            return 2;
        }
    }
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

    SystemClock clock;
    ConsoleManager manager(clock, site::SiteOptions{});
    ConsoleController console(manager);
    ConsoleController::setInstance(&console);

    if (parser.isSet(selfTestOption)) {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        return selfTest(engine, out) ? 0 : 1;
    }

    const QString dir = option(dataDir, "data_dir");
    if (dir.isEmpty()) {
        out << "proctor: --data-dir (or data_dir in --config) is required" << Qt::endl;
        return 2;
    }
    if (const QString hex = option(centreKey, "centre_key"); !hex.isEmpty()) {
        auto key = parseCentreKey(hex);
        if (!key) {
            out << "proctor: centre_key is not 64 hex digits" << Qt::endl;
            return 2;
        }
        manager.setCentreKey(key);
    }
    if (const QString print = option(printCommand, "print_command"); !print.isEmpty()) {
        const QStringList command = QProcess::splitCommand(print);
        if (command.isEmpty()) {
            out << "proctor: print_command does not parse" << Qt::endl;
            return 2;
        }
        manager.setPrintCommand(command);
    }
    manager.open(dir.toStdString());

    // The room link: the LAN endpoints come from the config; the defaults suit the demo.
    RoomLinkConfig link;
    if (const QString e = option(roomEndpoint, "room_endpoint"); !e.isEmpty())
        link.roomEndpoint = e.toStdString();
    if (const QString e = option(pairingEndpoint, "pairing_endpoint"); !e.isEmpty())
        link.pairingEndpoint = e.toStdString();
    QObject::connect(console.link(), &RoomService::alert, &app, [] { QApplication::beep(); });
    if (console.link()->start(link))
        out << "proctor: room link " << console.link()->roomEndpoint() << " pairing "
            << console.link()->pairingEndpoint() << " key " << console.link()->consoleKey()
            << Qt::endl;
    else
        out << "proctor: " << console.link()->lastError() << Qt::endl;
    // The agent link: the console's key is made on this first start; the settings screen shows
    // it (and the log line below) for the technician to enrol at the agent.
    console.agent()->load();
    out << "proctor: agent link key " << console.agent()->consoleKey() << " fingerprint "
        << console.agent()->consoleFingerprint()
        << (console.agent()->configured() ? " agent " + console.agent()->endpoint()
                                          : QStringLiteral(" (no agent set)"))
        << Qt::endl;

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QString::fromLatin1(mainQml)));
    if (engine.rootObjects().isEmpty())
        return 1;
    return QGuiApplication::exec();
}

} // namespace

int runProctor(int argc, char** argv)
{
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "proctor: " << e.what() << '\n';
        return 1;
    }
}

} // namespace examroom
