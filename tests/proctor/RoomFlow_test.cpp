// The console core (ConsoleManager + controllers + RoomService, no window) with real headless
// kiosk processes over 127.0.0.1: pair, provision, check-in, start with the authorization
// password, answer, one seat killed and its candidate moved to the spare seat, one extension,
// one removal (two staff), close, the outbox filled and the forms printed. Every wait polls
// the console's event loop with a deadline.
#include "ChildProcess.h"
#include "ConsoleFixture.h"
#include "documents/ScoreSheet.h"
#include "RoomService.h"
#include "site/Outbox.h"
#include "site/RoomLinkStore.h"
#include "WarningLog.h"

#include <chrono>
#include <map>
#include <QCoreApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <unistd.h>

using namespace examroom;
namespace fs = std::filesystem;
using Steady = std::chrono::steady_clock;

namespace {

// Runs the console's event loop until `done` or the deadline.
bool pumpUntil(const std::function<bool()>& done, std::chrono::seconds limit)
{
    return test::waitUntil(done, limit, [] {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        ::usleep(10 * 1000);
    });
}

std::string fingerprintIn(const std::string& log)
{
    const std::string mark = " fingerprint ";
    auto at = log.find(mark);
    if (at == std::string::npos)
        return {};
    auto end = log.find('\n', at);
    return log.substr(at + mark.size(), end - at - mark.size());
}

} // namespace

TEST_CASE("the console runs a room of headless kiosks from pairing to the outbox")
{
    const int kiosks = PROCTOR_E2E_KIOSKS; // candidates on real kiosks (at least 4)
    REQUIRE(kiosks >= 4);
    const auto began = Steady::now();
    // Every qWarning of the run: a controller that could not read for its screen says so here.
    test::WarningLog warnings;
    test::ConsoleFixture f;
    ConsoleManager& m = f.manager;
    RoomService& link = *f.console.link();
    RoomLinkConfig config;
    config.roomEndpoint = "tcp://127.0.0.1:0";
    config.pairingEndpoint = "tcp://127.0.0.1:0";
    config.resendAfter = std::chrono::milliseconds(1000);
    REQUIRE(link.start(config));

    // The console's window runs offscreen through the whole flow: every screen binds to the
    // live link; a few moments are saved under <build>/proctor-room-flow to be looked at.
    const auto keep = fs::path(EXAMROOM_BINARY_DIR) / "proctor-room-flow";
    fs::create_directories(keep);
    ConsoleController::setInstance(&f.console);
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QStringList qmlWarnings;
    QObject::connect(&engine, &QQmlApplicationEngine::warnings, &engine,
                     [&](const QList<QQmlError>& warnings) {
                         for (const auto& w : warnings)
                             qmlWarnings.append(w.toString());
                     });
    engine.load(QUrl(QStringLiteral("qrc:/Examroom/Proctor/Main.qml")));
    REQUIRE_FALSE(engine.rootObjects().isEmpty());
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    REQUIRE(window);
    window->resize(1366, 768);
    auto shot = [&](const char* step, const char* name) {
        f.console.setStep(QString::fromLatin1(step));
        pumpUntil([] { return false; }, std::chrono::seconds(0));
        for (int i = 0; i < 10; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        CHECK(window->grabWindow().save(QString::fromStdString((keep / name).string())));
    };

    REQUIRE(f.console.plan()->importPackage(f.package()));
    REQUIRE(f.console.plan()->confirm());
    // 40 candidates + 1 spare seat; in ticket order the first `kiosks` tickets sit at seats
    // 1..kiosks (real kiosks), the spare is seat 41 (a real kiosk too), the rest are stand-ins
    // whose candidates will be absent.
    REQUIRE(m.room().addSeats(*m.person(), "R1", 41).ok());
    const int spareSeat = 41;
    std::vector<std::string> tickets, ids;
    for (const auto& c : m.plan()->files.roster) {
        tickets.push_back(c.ticketNo);
        ids.push_back(c.id.number);
    }
    {
        std::vector<std::size_t> order(tickets.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(),
                  [&](auto a, auto b) { return tickets[a] < tickets[b]; });
        std::vector<std::string> t, i;
        for (auto k : order) {
            t.push_back(tickets[k]);
            i.push_back(ids[k]);
        }
        tickets = t;
        ids = i;
    }
    for (int seat = kiosks + 1; seat <= 40; ++seat) {
        REQUIRE(f.console.room()->pairKiosk(seat, QStringLiteral("STAND-IN-%1").arg(seat)));
        REQUIRE(f.console.room()->recordReport(seat, {1920, 1080, 8000, 0, "0.1.0", true}));
    }

    // The scripts: seat 1 is killed mid-exam, seat 2 gets an extension, seat 3 is removed.
    auto login = [&](int seat) {
        return "login " + tickets[std::size_t(seat - 1)] + " " + ids[std::size_t(seat - 1)] +
               "\nconfirm-identity\nwait-exam 120\n";
    };
    std::map<int, std::string> scripts;
    scripts[1] = "pair 120\nwait-unlock 120\n" + login(1) + "answer 1 A\nanswer 2 B\nflag 3\n" +
                 "wait-state Submitted 300\n";
    scripts[2] = "pair 120\nwait-unlock 120\n" + login(2) +
                 "answer-correct 20\npace 8000\nremaining\nsubmit\nresult\nwait-synced 60\n";
    scripts[3] = "pair 120\nwait-unlock 120\n" + login(3) + "answer 1 A\nwait-state Locked 120\n";
    for (int seat = 4; seat <= kiosks; ++seat)
        scripts[seat] = "pair 120\nwait-unlock 120\n" + login(seat) + "answer-correct " +
                        std::to_string(10 + seat) + "\nsubmit\nresult\nwait-synced 60\n";
    scripts[spareSeat] = "pair 120\nwait-unlock 120\n";

    auto kioskArgs = [&](int seat, const std::string& script) {
        const auto scriptPath = f.dir / ("script" + std::to_string(seat) + ".txt");
        test::writeFile(scriptPath, script);
        return std::vector<std::string>{
            KIOSK_BINARY,         "--headless",
            "--data-dir",         (f.dir / ("kiosk" + std::to_string(seat))).string(),
            "--console",          link.roomEndpoint().toStdString(),
            "--pairing",          link.pairingEndpoint().toStdString(),
            "--console-key",      link.consoleKey().toStdString(),
            "--candidate-script", scriptPath.string()};
    };
    std::map<int, std::unique_ptr<test::ChildProcess>> procs;
    for (const auto& [seat, script] : scripts)
        procs[seat] = std::make_unique<test::ChildProcess>(
            kioskArgs(seat, script), f.dir / ("kiosk" + std::to_string(seat) + ".log"));

    // Pairing: each kiosk's request (its fingerprint is in its log) accepted at its seat.
    std::map<int, std::string> fingerprints;
    for (auto& [seat, proc] : procs) {
        INFO("seat " << seat);
        REQUIRE(pumpUntil([&] { return !fingerprintIn(proc->output()).empty(); },
                          std::chrono::seconds(60)));
        fingerprints[seat] = fingerprintIn(proc->output());
        const QString fp = QString::fromStdString(fingerprints[seat]);
        QString code;
        REQUIRE(pumpUntil(
            [&] {
                for (const QVariant& v : link.pairings())
                    if (v.toMap().value(QStringLiteral("fingerprint")).toString() == fp)
                        code = v.toMap().value(QStringLiteral("code")).toString();
                return !code.isEmpty();
            },
            std::chrono::seconds(30)));
        REQUIRE(link.acceptPairing(code, seat));
    }
    // The equipment checks arrive with the kiosks' first heartbeats. A headless kiosk has no
    // screen and no voice, so its check fails; the proctor's passing check stands in for it.
    auto checked = [&](int seat) {
        auto s = m.room().seat("R1", seat);
        return s && s->checkPassed.has_value();
    };
    for (const auto& [seat, proc] : procs)
        REQUIRE(pumpUntil([&, seat = seat] { return checked(seat); }, std::chrono::seconds(60)));
    for (const auto& [seat, proc] : procs)
        REQUIRE(f.console.room()->recordReport(seat, {1920, 1080, 8000, 0, "0.1.0", true}));
    REQUIRE(int(m.room().usableSeats("R1").size()) == 41);
    REQUIRE(f.console.room()->assign(false, 1));
    REQUIRE(f.console.monitor()->spareSeats() == QVariantList{spareSeat});

    // Provisioning: the session to every real seat, a progress entry per seat.
    REQUIRE(link.provisionAll());
    auto provisioned = [&] {
        int done = 0;
        for (const QVariant& v : link.progress())
            done += v.toMap().value(QStringLiteral("state")).toString() == QLatin1String("done");
        return done;
    };
    REQUIRE(pumpUntil([&] { return provisioned() == kiosks + 1; }, std::chrono::seconds(120)));
    shot("room", "ui-1-room-provisioned.png");

    // Check-in of the candidates at real seats; then the start with the password.
    f.later("2027-03-08T08:01:00+08:00");
    for (int seat = 1; seat <= kiosks; ++seat)
        REQUIRE(
            m.sessions().checkIn(*m.person(), m.sessionId(), tickets[std::size_t(seat - 1)]).ok());
    REQUIRE(f.console.start()->start(QString::fromStdString(f.password)));

    // Everyone opens the exam (seeds issued by the console at each seat).
    SeatMapModel& map = *f.console.monitor()->seatMap();
    auto answering = [&](int seat) {
        const SeatRow* row = map.row(seat);
        return row && row->live.state == QLatin1String("answering");
    };
    REQUIRE(pumpUntil([&] { return answering(1) && answering(2) && answering(3); },
                      std::chrono::seconds(120)));

    // One extension (seat 2), one removal with a second staff member (seat 3).
    REQUIRE(f.console.monitor()->extend(QString::fromStdString(tickets[1]), 10,
                                        QStringLiteral("终端故障重启")));
    REQUIRE(m.accounts()
                .createAccount(*m.person(), "second", site::Role::Proctor, "second-password")
                .ok());
    REQUIRE(f.console.monitor()->remove(QString::fromStdString(tickets[2]),
                                        QStringLiteral("夹带资料"), QStringLiteral("second"),
                                        QStringLiteral("second-password")));

    // Seat 1 dies once its answers are in the console's mirror (and in site.db).
    site::RoomLinkStore links(m.store().database());
    auto mirrored = [&](const std::string& ticket) {
        for (const auto& mirror : links.mirrors())
            if (mirror.attempt.find("/" + ticket + "/") != std::string::npos)
                return int(mirror.entries.size());
        return 0;
    };
    REQUIRE(pumpUntil([&] { return mirrored(tickets[0]) >= 3; }, std::chrono::seconds(60)));
    procs[1]->kill();
    REQUIRE(pumpUntil([&] { return map.row(1)->live.offline; }, std::chrono::seconds(30)));
    shot("monitor", "ui-2-monitor-seat1-offline.png");
    REQUIRE(pumpUntil([&] { return procs[spareSeat]->exited(); }, std::chrono::seconds(30)));
    CHECK(procs[spareSeat]->exitCode() == 0);
    REQUIRE(f.console.monitor()->moveSeat(QString::fromStdString(tickets[0]), spareSeat,
                                          QStringLiteral("终端死机")));
    // The candidate logs in at the spare seat and finds their answers there.
    procs[spareSeat] = std::make_unique<test::ChildProcess>(
        kioskArgs(spareSeat, "wait-unlock 60\n" + login(1) +
                                 "answers\nanswer 4 A\nsubmit\nresult\nwait-synced 60\n"),
        f.dir / "kiosk-spare-resumed.log");

    // Every live kiosk ends; the sheets arrive.
    for (auto& [seat, proc] : procs) {
        if (seat == 1)
            continue;
        INFO("seat " << seat);
        REQUIRE(pumpUntil([&] { return proc->exited(); }, std::chrono::seconds(180)));
        INFO(proc->output());
        CHECK(proc->exitCode() == 0);
    }
    const std::size_t expectedSheets = std::size_t(kiosks - 1); // all but the removed one
    REQUIRE(pumpUntil([&] { return links.sheets(m.sessionId()).size() == expectedSheets; },
                      std::chrono::seconds(30)));
    // Each knowledge sheet was recorded for the practical exam as it arrived: the make-up
    // standing follows the sheet, with no step by hand.
    for (const auto& kept : links.sheets(m.sessionId())) {
        auto sheet = ScoreSheet::fromBody(kept.document.body);
        REQUIRE(sheet);
        CHECK(m.practical().standing(sheet->idNo, practical::ExamPart::Knowledge) ==
              (sheet->passed ? practical::AttemptStanding::Passed
                             : practical::AttemptStanding::NeedsMakeUp));
    }
    // The moved candidate's answers came back from the mirror on the spare seat.
    CHECK(procs[spareSeat]->output().find("kiosk: answers A,B,-*") != std::string::npos);
    // The extension reached seat 2: more than the 120 minutes left after it.
    {
        const std::string out = procs[2]->output();
        auto at = out.find("kiosk: remaining ");
        REQUIRE(at != std::string::npos);
        CHECK(std::stoll(out.substr(at + 17)) > 120LL * 60 * 1000);
    }

    // The rest are absent after the late-entry cut-off; then the close.
    f.later("2027-03-08T08:20:00+08:00");
    for (int seat = kiosks + 1; seat <= 40; ++seat)
        REQUIRE(m.sessions()
                    .markAbsent(*m.person(), m.sessionId(), tickets[std::size_t(seat - 1)])
                    .ok());
    REQUIRE(f.console.close()->blocking().isEmpty());
    REQUIRE(f.console.close()->close(QStringLiteral("考场秩序良好")));
    shot("close", "ui-3-closed.png");
    CHECK_MESSAGE(qmlWarnings.isEmpty(), qmlWarnings.join(QLatin1Char('\n')).toStdString());
    const QStringList unexpected = warnings.unexpected();
    CHECK_MESSAGE(unexpected.isEmpty(), unexpected.join(QLatin1Char('\n')).toStdString());
    // The close printed its three forms through the console's pipe to the printer (the
    // stand-in lp keeps each job): confirmation sheets, score list, room record, in that order.
    const auto jobs = f.printer.jobs();
    REQUIRE(jobs.size() == 3);
    CHECK(f.printer.jobText(0).find("成绩确认单") != std::string::npos);
    const std::string scores = f.printer.jobText(1);
    CHECK(scores.find("考场成绩单") != std::string::npos);
    CHECK(scores.find("缺考") != std::string::npos);
    CHECK(f.printer.jobText(2).find("考场记录") != std::string::npos);
    CHECK(f.console.close()->printedText().contains(QStringLiteral("stand-in-3")));
    CHECK_FALSE(fs::exists(f.dir / "print"));
    // Kept under <build>/proctor-room-flow and rendered to PNG, for a person to look at.
    const char* names[] = {"confirmation-sheets", "score-list", "room-record"};
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        CHECK(fs::file_size(jobs[i]) > 1000);
        const fs::path kept = keep / (std::string(names[i]) + ".pdf");
        fs::copy_file(jobs[i], kept, fs::copy_options::overwrite_existing);
        auto r = test::runProcess({"/usr/bin/pdftoppm", "-png", "-r", "60", "-l", "3",
                                   kept.string(), (keep / names[i]).string()});
        CHECK(r.exitCode == 0);
    }

    // The outbox: the plan confirmation, every signed sheet and the session record.
    auto waiting = site::Outbox(m.store().database()).waiting();
    std::map<std::string, int> kinds;
    for (const auto& doc : waiting)
        ++kinds[doc.kind];
    CHECK(kinds["knowledge-score-sheet"] == int(expectedSheets));
    CHECK(kinds["session-record"] == 1);
    MESSAGE("room flow with "
            << kiosks << " kiosks + 1 spare took "
            << std::chrono::duration_cast<std::chrono::seconds>(Steady::now() - began).count()
            << " s");
}
