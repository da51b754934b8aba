#include "ScreenRenderer.h"

#include "ExamController.h"
#include "KioskController.h"
#include "KioskImageProvider.h"
#include "KioskManager.h"
#include "LocalProvisioning.h"
#include "SpeechEngine.h"
#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>

namespace examroom {
namespace {

void settle(int ms = 150)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool renderLanguage(const QString& language, const std::filesystem::path& centreFiles,
                    const QDir& out, QStringList& files, QString* error)
{
    QTemporaryDir dataDir;
    SteadyMonotonicSource mono;
    FixedClock wall(parseIsoTime("2027-03-08T08:05:00+08:00")->utc);
    KioskManager manager(mono, wall);
    FakeSpeechEngine speech(language == QLatin1String("zh"));
    KioskController kiosk(manager, speech);
    KioskController::setInstance(&kiosk);
    if (!manager.openStore(dataDir.path().toStdString()))
        return *error = QString::fromStdString(manager.lastError()), false;

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.addImageProvider(QStringLiteral("kiosk"), new KioskImageProvider(manager));
    QStringList qmlErrors;
    QObject::connect(&engine, &QQmlApplicationEngine::warnings, &engine,
                     [&](const QList<QQmlError>& warnings) {
                         for (const auto& w : warnings)
                             qmlErrors.append(w.toString());
                     });
    engine.load(QUrl(QStringLiteral("qrc:/Examroom/Kiosk/Main.qml")));
    auto* window = engine.rootObjects().isEmpty()
                       ? nullptr
                       : qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    if (!window)
        return *error = QStringLiteral("Main.qml did not load: ") + qmlErrors.join('\n'), false;
    window->resize(1280, 800);
    kiosk.setLanguage(language);

    auto shot = [&](const QString& name) {
        settle();
        const QString path = out.filePath(QStringLiteral("kiosk-%1-%2.png").arg(name, language));
        if (window->grabWindow().save(path))
            files.append(path);
        else
            qmlErrors.append(QStringLiteral("cannot write ") + path);
    };

    // An unpaired kiosk: the pairing code and the fingerprint for the proctor.
    kiosk.setPairingCode(QStringLiteral("482913"));
    shot(QStringLiteral("01-idle"));
    kiosk.setPairingCode(QString());
    FixedClock importClock(parseIsoTime("2027-03-01T09:00:00+08:00")->utc);
    std::string why;
    auto session = sessionFromCentreFiles(centreFiles, "R1", 7, importClock, &why);
    if (!session)
        return *error = QString::fromStdString(why), false;
    const Candidate candidate = session->context.roster.at(1);
    manager.setContext(std::move(session->context), std::move(session->images));
    // The language is the candidate's own: a new session starts in Chinese.
    kiosk.setLanguage(language);
    kiosk.login(QStringLiteral("2026000000000"), QStringLiteral("110101199001010011"));
    shot(QStringLiteral("02-login-refused"));
    kiosk.login(QString::fromStdString(candidate.ticketNo),
                QString::fromStdString(candidate.id.number));
    shot(QStringLiteral("03-identity"));
    kiosk.confirmIdentity();
    shot(QStringLiteral("04-waiting"));
    PaperSeed seed{};
    seed.fill(7);
    if (!manager.openExam(seed))
        return *error = QString::fromStdString(manager.lastError()), false;
    ExamController& exam = *kiosk.exam();
    exam.toggleChoice(0);
    exam.goTo(1);
    exam.toggleChoice(1);
    exam.goTo(2);
    exam.toggleFlag();
    // Show a question with an image under its stem, if the paper has one.
    int imageItem = -1;
    int multipleItem = -1;
    for (int i = 0; i < manager.session()->itemCount(); ++i) {
        if (imageItem < 0 && !manager.session()->question(i).image.empty())
            imageItem = i;
        if (multipleItem < 0 &&
            manager.session()->paper().items[std::size_t(i)].type == QuestionType::Multiple)
            multipleItem = i;
    }
    exam.goTo(imageItem >= 0 ? imageItem : 3);
    exam.toggleChoice(0);
    shot(QStringLiteral("05-exam"));
    // Before the background voice check has ended: the note says so, read-aloud waits.
    speech.setChecking(true);
    shot(QStringLiteral("05-exam-voice-checking"));
    speech.setChecking(false);
    // The same screen at the two larger font sizes: the side panel must grow, not clip.
    kiosk.setFontScale(1);
    shot(QStringLiteral("05-exam-font-medium"));
    kiosk.setFontScale(2);
    shot(QStringLiteral("05-exam-font-large"));
    kiosk.setFontScale(0);
    if (multipleItem >= 0) {
        exam.goTo(multipleItem);
        exam.toggleChoice(0);
        exam.toggleChoice(2);
    }
    kiosk.setFontScale(2);
    kiosk.setHighContrast(true);
    shot(QStringLiteral("06-exam-large-contrast"));
    kiosk.setFontScale(0);
    kiosk.setHighContrast(false);
    manager.pause();
    shot(QStringLiteral("07-paused"));
    manager.resume();
    manager.lock();
    shot(QStringLiteral("08-locked"));
    manager.unlock();
    settle();
    // The screen the loader shows now (earlier exam screens may await deletion).
    auto* loader = window->findChild<QObject*>(QStringLiteral("screenLoader"));
    auto* examScreen = loader ? loader->property("item").value<QObject*>() : nullptr;
    if (!examScreen || !QMetaObject::invokeMethod(examScreen, "openSubmit"))
        qmlErrors.append(QStringLiteral("the exam screen has no openSubmit()"));
    shot(QStringLiteral("09-submit-confirm"));
    if (!exam.confirmSubmit())
        return *error = QString::fromStdString(manager.lastError()), false;
    shot(QStringLiteral("10-result"));
    KioskController::setInstance(nullptr);
    if (!qmlErrors.isEmpty())
        return *error = qmlErrors.join('\n'), false;
    return true;
}

} // namespace

QStringList renderScreens(const std::filesystem::path& centreFiles,
                          const std::filesystem::path& outDir, QString* error)
{
    QStringList files;
    QString why;
    QDir out(QString::fromStdString(outDir.string()));
    if (!out.mkpath(QStringLiteral("."))) {
        if (error)
            *error = QStringLiteral("cannot create ") + out.path();
        return files;
    }
    for (const QString& language : {QStringLiteral("zh"), QStringLiteral("en")}) {
        try {
            if (!renderLanguage(language, centreFiles, out, files, &why))
                break;
        } catch (const std::exception& e) {
            why = QString::fromUtf8(e.what());
            break;
        }
    }
    if (error)
        *error = why;
    return files;
}

} // namespace examroom
