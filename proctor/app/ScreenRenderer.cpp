#include "ScreenRenderer.h"

#include "ConsoleController.h"
#include "ConsoleManager.h"
#include "documents/ScoreSheet.h"
#include "exam/KioskStore.h"
#include "package/AuthorizationPassword.h"
#include "package/PlanPackage.h"
#include "paper/PaperManager.h"
#include "room/RoomClient.h"
#include "RoomService.h"
#include "site/RoomLinkStore.h"
#include "util/IsoTime.h"

#include <algorithm>
#include <fstream>
#include <functional>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>

namespace examroom {
namespace {

void settle(int ms = 150)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

std::chrono::sys_seconds at(const char* iso)
{
    return parseIsoTime(iso)->utc;
}

// The 实操 screens: knowledge sheets as the kiosks would have sent them (two failed), the
// session opened, one pass from elsewhere marked, graders made and assigned, tasks drawn; a
// grader at the grading screen; two graders far apart on the review page.
template <typename Shot, typename Step>
void renderPractical(ConsoleManager& manager, ConsoleController& console, QQuickWindow* window,
                     Shot& shot, Step& step)
{
    const auto& roster = manager.plan()->files.roster;
    const auto kiosk = crypto::SigningKeyPair::generate();
    for (std::size_t i = 0; i + 4 < roster.size(); ++i) {
        const Candidate& c = roster[i];
        ScoreSheet sheet;
        sheet.sheetId = manager.plan()->files.plan.planId + "/" + c.ticketNo + "/1";
        sheet.planId = manager.plan()->files.plan.planId;
        sheet.ticketNo = c.ticketNo;
        sheet.name = c.name;
        sheet.idNo = c.id.number;
        sheet.passed = i % 9 != 4;
        sheet.scoreHalfPoints = sheet.passed ? 176 : 130;
        sheet.answers.push_back({"Q1", "A", sheet.scoreHalfPoints, true});
        site::RoomLinkStore(manager.store().database())
            .storeSheet({sheet.sheetId, manager.sessionId(), c.ticketNo, int(i) + 1, "KIOSK",
                         sheet.sign(kiosk)},
                        manager.clock().now());
    }
    console.setStep(QStringLiteral("practical"));
    auto* loader = window->findChild<QObject*>(QStringLiteral("stepLoader"));
    auto page = [&](int index) {
        if (auto* screen = loader ? loader->property("item").value<QObject*>() : nullptr)
            screen->setProperty("page", index);
    };
    PracticalController& practical = *console.practical();
    shot(QStringLiteral("13a-practical-not-open"));
    step(practical.openSession(10), "practical session");
    for (const char* name : {"g1", "g2", "chief"})
        step(practical.createGrader(QString::fromLatin1(name), QStringLiteral("grader-password"),
                                    QStringLiteral("grader-password")),
             "grader account");
    step(practical.assignGrader(QStringLiteral("g1"), false), "assign g1");
    step(practical.assignGrader(QStringLiteral("g2"), false), "assign g2");
    step(practical.assignGrader(QStringLiteral("chief"), true), "assign chief");
    shot(QStringLiteral("13-practical-session"));
    step(practical.markEligible(qs(roster[roster.size() - 2].ticketNo),
                                QStringLiteral("2026年第5期理论考试合格（成绩单号 0512）")),
         "mark eligible");
    // The first candidate drew lots; the rest are drawn by the system.
    for (const auto& [subject, task] :
         {std::pair{"K1", "K12"}, {"K2", "K21"}, {"K3", "K31"}, {"K4", "K42"}})
        step(practical.recordLot(qs(roster[0].ticketNo), QString::fromLatin1(subject),
                                 QString::fromLatin1(task)),
             "lot");
    step(practical.drawAll(), "draw all");
    step(practical.printSheets(), "practical sheets");
    page(1);
    shot(QStringLiteral("14-practical-candidates"));

    const QString first = qs(roster[0].ticketNo);
    auto loginAs = [&](const char* name, const char* password) {
        console.logout();
        step(console.login(QString::fromLatin1(name), QString::fromLatin1(password)), "login");
    };
    loginAs("g2", "grader-password");
    GradingController& g = *console.grading();
    step(g.selectCandidate(first) && g.selectSubject(QStringLiteral("K2")), "g2 selects K2");
    g.setDeduction(0, 15);
    g.setDeduction(1, 20);
    step(g.submit(), "g2 marks K2");
    loginAs("g1", "grader-password");
    step(g.selectCandidate(first), "g1 selects");
    step(g.submit(), "g1 marks K1");
    g.setDeduction(1, 5);
    g.setNote(1, QStringLiteral("自锁触点接线不牢"));
    shot(QStringLiteral("16-grading"));
    step(g.submit(), "g1 marks K2");
    loginAs("admin", "admin-password");
    console.setStep(QStringLiteral("practical"));
    page(2);
    shot(QStringLiteral("15-practical-review"));
    page(3);
    shot(QStringLiteral("17-practical-close"));
}

bool renderLanguage(const QString& language, const std::filesystem::path& centreFiles,
                    const QDir& out, QStringList& files, QString* error)
{
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    FixedClock clock(at("2027-03-08T07:30:00+08:00"));

    // The sample files sealed into a package by a throw-away centre key.
    auto imported = importCentreFiles(centreFiles, clock);
    if (!imported.files)
        return *error = QStringLiteral("the sample centre files do not import"), false;
    auto centreKey = crypto::SigningKeyPair::generate();
    auto built = package::buildPlanPackage(
        package::collectPackageInput(*imported.files, imported.files->plan.site.siteId, 1,
                                     "2027-03-01T09:00:00+08:00"),
        centreKey, crypto::KdfStrength::MinForTests);
    const auto packagePath = root / "plan-package.json";
    std::ofstream(packagePath) << built.document.toJson();

    site::SiteOptions options;
    options.kdfStrength = crypto::KdfStrength::MinForTests;
    ConsoleManager manager(clock, options);
    manager.setCentreKey(centreKey.publicKey());
    manager.open(root / "data");
    // A "printer" for the walk-through (never the site's real one): it takes the PDF on its
    // standard input, accepts it only if it is one, and answers as lp does.
    const QStringList roomPrinter{
        QStringLiteral("/bin/sh"), QStringLiteral("-c"),
        QStringLiteral("test \"$(head -c 5)\" = %PDF- && cat >/dev/null && "
                       "echo 'request id is ROOM-PRINTER-7 (0 file(s))'")};
    manager.setPrintCommand(roomPrinter);
    ConsoleController console(manager);
    ConsoleController::setInstance(&console);
    // The room link on free ports of 127.0.0.1, with one kiosk of this process on it (the
    // others are stand-ins paired by fingerprint), so the Room screen shows a real pairing
    // request and a real provisioning.
    RoomLinkConfig linkConfig;
    linkConfig.roomEndpoint = "tcp://127.0.0.1:0";
    linkConfig.pairingEndpoint = "tcp://127.0.0.1:0";
    RoomService& link = *console.link();
    if (!link.start(linkConfig))
        return *error = link.lastError(), false;
    std::unique_ptr<KioskStore> kioskStore;
    std::unique_ptr<room::RoomClient> kiosk;
    // Anything that goes wrong fails the walk-through: QML warnings, failed steps, faults.
    QStringList qmlErrors;
    QTimer kioskPump;
    QObject::connect(&kioskPump, &QTimer::timeout, [&] {
        try {
            if (kiosk)
                kiosk->processEvents();
        } catch (const std::exception& e) {
            qmlErrors.append(
                StepController::logReadFault("ScreenRenderer", "the kiosk's room link", e));
        }
    });
    kioskPump.start(50);
    auto waitFor = [](const std::function<bool()>& done) {
        QDeadlineTimer deadline(20000);
        while (!done() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        return done();
    };

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QObject::connect(&engine, &QQmlApplicationEngine::warnings, &engine,
                     [&](const QList<QQmlError>& warnings) {
                         for (const auto& w : warnings)
                             qmlErrors.append(w.toString());
                     });
    engine.load(QUrl(QStringLiteral("qrc:/Examroom/Proctor/Main.qml")));
    auto* window = engine.rootObjects().isEmpty()
                       ? nullptr
                       : qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    if (!window)
        return *error = QStringLiteral("Main.qml did not load: ") + qmlErrors.join('\n'), false;
    window->resize(1366, 768);
    console.setLanguage(language);

    auto shot = [&](const QString& name) {
        settle();
        const QString path = out.filePath(QStringLiteral("proctor-%1-%2.png").arg(name, language));
        if (window->grabWindow().save(path))
            files.append(path);
        else
            qmlErrors.append(QStringLiteral("cannot write ") + path);
    };
    auto step = [&](bool ok, const char* what) {
        if (!ok)
            qmlErrors.append(QStringLiteral("step failed: ") + QLatin1String(what));
    };
    auto later = [&](const char* iso) {
        clock.set(at(iso));
        (void)console.unlock(QStringLiteral("admin-password"));
    };

    shot(QStringLiteral("01-first-start"));
    step(console.createAdministrator(QStringLiteral("admin"), QStringLiteral("admin-password"),
                                     QStringLiteral("admin-password")),
         "first administrator");
    console.agent()->load(); // the console's agent-link key, as at a first start
    step(console.plan()->importPackage(QString::fromStdString(packagePath.string())), "import");
    shot(QStringLiteral("02-plan"));
    step(console.plan()->confirm(), "confirm");

    RoomController& room = *console.room();
    step(room.addPlannedSeats(), "seats");
    // Four seats more than the plan's, so that a failed check still leaves room for spares.
    const int seats = room.plannedSeats() + 4;
    step(manager.room().addSeats(*manager.person(), manager.roomId(), seats).ok(), "more seats");
    kioskStore = KioskStore::open(root / "kiosk");
    {
        room::RoomClientOptions options;
        options.roomEndpoint = link.roomEndpoint().toStdString();
        options.pairingEndpoint = link.pairingEndpoint().toStdString();
        options.consoleKey = link.server()->publicKey();
        options.appVersion = "0.1.0";
        kiosk = std::make_unique<room::RoomClient>(
            kioskStore->database(), kioskStore->curveKey(), kioskStore->signingKey(), options,
            [](const room::ClientEvent&, std::string&) { return true; },
            [&kiosk] {
                room::KioskStatus s;
                s.state = kiosk && kiosk->provisionedBundle() ? "Idle" : "Unprovisioned";
                if (kiosk && kiosk->provisionedBundle())
                    s.provisionedSession = kiosk->provisionedBundle()->sessionId;
                s.appVersion = "0.1.0";
                s.screenWidth = 1920;
                s.screenHeight = 1080;
                s.ttsAvailable = true;
                s.freeDiskBytes = 8LL << 30;
                return s;
            });
        (void)kiosk->startPairing();
    }
    step(waitFor([&] { return !link.pairings().isEmpty(); }), "pairing request");
    console.setStep(QStringLiteral("room"));
    shot(QStringLiteral("03a-room-pairing"));
    const QString code =
        link.pairings().isEmpty()
            ? QString()
            : link.pairings().first().toMap().value(QStringLiteral("code")).toString();
    step(link.acceptPairing(code, 1), "accept pairing");
    step(waitFor([&] {
             auto s = manager.room().seat(manager.roomId(), 1);
             return s && s->checkPassed.has_value();
         }),
         "equipment check over the link");
    for (int seat = 2; seat <= seats; ++seat) {
        step(room.pairKiosk(seat, QStringLiteral("K-%1-7F3A").arg(seat, 2, 10, QLatin1Char('0'))),
             "pair");
        site::KioskReport report{1920, 1080, 8000, 0, "0.1.0", true};
        if (seat == 5)
            report.screenWidth = 1024; // one seat fails its check, to show how that looks
        (void)room.recordReport(seat, report);
    }
    step(room.assign(true, 2), "assign");
    step(room.printSeatChart(), "seat chart");
    step(link.provisionAll(), "provision");
    step(waitFor([&] {
             const auto all = link.progress();
             return !all.isEmpty() &&
                    all.first().toMap().value(QStringLiteral("state")).toString() == "done";
         }),
         "provisioned over the link");
    console.setStep(QStringLiteral("room"));
    shot(QStringLiteral("03-room"));

    step(console.tickets()->printAll(), "tickets");
    console.setStep(QStringLiteral("tickets"));
    shot(QStringLiteral("04-tickets"));
    // No printer: printing is refused and the screen offers 另存为 PDF to a typed path.
    manager.setPrintCommand({});
    step(!console.tickets()->printAll(), "tickets refused without a printer");
    shot(QStringLiteral("04b-tickets-no-printer"));
    manager.setPrintCommand(roomPrinter);

    const auto& roster = manager.plan()->files.roster;
    CheckInController& checkIn = *console.checkIn();
    for (std::size_t i = 0; i + 4 < roster.size(); ++i) {
        step(checkIn.search(QString::fromStdString(roster[i].ticketNo)), "search");
        step(checkIn.checkIn(), "check in");
    }
    step(checkIn.search(QString::fromStdString(roster[roster.size() - 2].id.number)), "search id");
    console.setStep(QStringLiteral("checkin"));
    shot(QStringLiteral("05-checkin"));
    // A candidate with a photo: decoded from the plan's guarded memory by ConsoleImageProvider
    // (no file behind it); the Image must have loaded it.
    const auto withPhoto = std::find_if(roster.begin(), roster.end(),
                                        [](const Candidate& c) { return !c.photo.empty(); });
    if (withPhoto != roster.end()) {
        step(checkIn.search(QString::fromStdString(withPhoto->ticketNo)), "search with photo");
        shot(QStringLiteral("05b-checkin-photo"));
        bool shown = false;
        for (auto* item : window->findChildren<QQuickItem*>())
            if (item->property("source").toString().startsWith(
                    QStringLiteral("image://console/photo/")))
                shown = shown || (item->property("status").toInt() == 1 && // Image.Ready
                                  item->implicitWidth() > 0);
        step(shown, "the check-in photo is shown from memory");
    }

    later("2027-03-08T08:00:00+08:00");
    console.setStep(QStringLiteral("start"));
    (void)console.start()->start(QStringLiteral("2345-6789-ABCD"));
    shot(QStringLiteral("06-start-refused"));
    step(console.start()->start(QString::fromStdString(package::groupPassword(built.password))),
         "start");
    shot(QStringLiteral("07-started"));

    // What the room link will report, as it would arrive.
    later("2027-03-08T08:20:00+08:00");
    MonitorController& monitor = *console.monitor();
    for (int seat = 1; seat <= monitor.seatMap()->rowCount(); ++seat) {
        const SeatRow* row = monitor.seatMap()->row(seat);
        if (!row || row->ticketNo.isEmpty() || row->status != QLatin1String("present"))
            continue;
        SeatLive live{
            QStringLiteral("answering"), (seat * 7) % 100, 100,       (100 - seat) * 60000LL,
            (seat % 9) * 1000LL,         seat == 3,        seat == 11};
        monitor.seatMap()->updateLive(seat, live);
    }
    step(monitor.extend(QString::fromStdString(roster[1].ticketNo), 10,
                        QStringLiteral("终端故障耽误 10 分钟")),
         "extend");
    console.setStep(QStringLiteral("monitor"));
    shot(QStringLiteral("08-monitor"));

    auto* loader = window->findChild<QObject*>(QStringLiteral("stepLoader"));
    auto* monitorScreen = loader ? loader->property("item").value<QObject*>() : nullptr;
    const SeatRow* first = monitor.seatMap()->row(1);
    if (!monitorScreen || !first ||
        !QMetaObject::invokeMethod(monitorScreen, "openIncidents", Q_ARG(QVariant, first->seatNo),
                                   Q_ARG(QVariant, first->ticketNo), Q_ARG(QVariant, first->name),
                                   Q_ARG(QVariant, false)))
        qmlErrors.append(QStringLiteral("the monitor screen has no openIncidents()"));
    if (auto* popup = window->findChild<QObject*>(QStringLiteral("incidentPopup")))
        popup->setProperty("readBack", monitor.removalStatement(first ? first->ticketNo : QString(),
                                                                QStringLiteral("夹带资料")));
    shot(QStringLiteral("09-incident"));
    if (auto* popup = window->findChild<QObject*>(QStringLiteral("incidentPopup")))
        QMetaObject::invokeMethod(popup, "close");

    // 纸质试卷: the third candidate's seat fails; the paper is printed, entered twice (one
    // difference), settled and scored.
    {
        PaperController& paperStep = *console.paper();
        const QString ticket = QString::fromStdString(roster[2].ticketNo);
        console.setStep(QStringLiteral("paper"));
        paperStep.select(ticket);
        shot(QStringLiteral("09a-paper-switch"));
        step(paperStep.switchToPaper(QStringLiteral("考位 3 黑屏无法恢复")), "paper switch");
        // No printer first (the screen offers the save to a chosen path), then a "printer"
        // that takes the PDF on its standard input and accepts it only if it is one.
        manager.setPrintCommand({});
        shot(QStringLiteral("09a2-paper-print"));
        step(!paperStep.printPaper(), "paper print refused without a printer");
        manager.setPrintCommand(roomPrinter);
        step(paperStep.printPaper(), "paper print");
        const auto items = paperStep.items();
        QStringList first;
        for (int i = 0; i < items.size(); ++i)
            first.append(i % 4 == 0 ? QStringLiteral("A") : QStringLiteral("B"));
        for (int i = 0; i < items.size(); ++i)
            if (items[i].toMap().value(QStringLiteral("kept")).toBool())
                first[i].clear();
            else if (items[i].toMap().value(QStringLiteral("type")).toString() ==
                     PaperController::tr("多选"))
                first[i] = QStringLiteral("AC");
        shot(QStringLiteral("09b-paper-entry"));
        // A mistyped item: a character the item does not print, told in the screen's language.
        paperStep.beginEntry();
        step(!paperStep.commitEntry(QStringLiteral("对")) && !paperStep.entryError().isEmpty(),
             "paper entry refuses a character that is not a letter of the item");
        shot(QStringLiteral("09b2-paper-entry-invalid"));
        paperStep.beginEntry();
        step(paperStep.submitEntry(first), "paper first entry");
        // The second entry by another proctor, logged in with their own key.
        step(manager.accounts()
                 .createAccount(*manager.person(), "wang", site::Role::Proctor, "wang-password")
                 .ok(),
             "second staff");
        auto wang = manager.accounts().login("wang", "wang-password");
        step(wang.ok(), "second staff login");
        std::vector<std::string> second;
        for (const auto& a : first)
            second.push_back(a.toStdString());
        second[1] = second[1] == "A" ? "B" : "A";
        step(paper::PaperManager(manager.store())
                 .enter(*wang.value, manager.sessionId(), ticket.toStdString(),
                        *paperStep.examContext(), second)
                 .ok(),
             "paper second entry");
        manager.notifySessionChanged();
        shot(QStringLiteral("09c-paper-differences"));
        step(paperStep.resolve(1, first[1], QStringLiteral("核对答题卡原件")), "paper resolve");
        step(paperStep.score(), "paper score");
        shot(QStringLiteral("09d-paper-scored"));
    }

    console.setStep(QStringLiteral("close"));
    shot(QStringLiteral("10-close"));
    // The sheets of the stand-in seats as if they had arrived, the rest absent: the close, its
    // countersignature and its printed forms.
    for (const auto& c : manager.sessions().candidates(manager.sessionId())) {
        if (c.status == site::CandidateStatus::Present)
            step(
                manager.starts().recordSubmitted(manager.sessionId(), c.ticketNo, "candidate").ok(),
                "submitted");
        else if (c.status == site::CandidateStatus::Expected)
            step(manager.sessions()
                     .markAbsent(*manager.person(), manager.sessionId(), c.ticketNo)
                     .ok(),
                 "absent");
    }
    manager.notifySessionChanged();
    step(console.close()->close(QStringLiteral("考场秩序良好，4 号考位一名考生迟到未入场。")),
         "close");
    shot(QStringLiteral("10b-closed"));
    // No printer at the close: the forms saved into a folder the proctor typed (on record).
    manager.setPrintCommand({});
    const auto saved = root / "saved-forms";
    std::filesystem::create_directories(saved);
    step(console.close()->saveCloseForms(qs(saved.string())), "close forms saved");
    shot(QStringLiteral("10c-closed-saved"));
    manager.setPrintCommand(roomPrinter);

    renderPractical(manager, console, window, shot, step);

    // 设置 before an agent is set: the console's key for the technician, the status line.
    console.setStep(QStringLiteral("settings"));
    shot(QStringLiteral("18-settings"));

    clock.set(clock.now() + std::chrono::minutes(6));
    console.checkLock();
    shot(QStringLiteral("11-locked"));
    console.logout();
    shot(QStringLiteral("12-login"));

    kioskPump.stop();
    kiosk.reset();
    link.stop();
    ConsoleController::setInstance(nullptr);
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
