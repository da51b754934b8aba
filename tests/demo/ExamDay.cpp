// examroom-demo: a whole exam day on this machine, with the real programs on 127.0.0.1 and
// real SQLCipher files in a fresh state folder. The centre's hub (center-sync) publishes the
// sample plan, the site's agent pulls it, the console (the proctor app's core: ConsoleManager,
// its controllers and the room link, no window unless --gui) confirms it, pairs N headless
// kiosk processes, prints the seat chart and tickets, checks candidates in (one late with an
// override, one absent), starts with the authorization password the hub releases; candidates
// answer (some pass, some fail); one kiosk is SIGKILLed and its candidate resumes on the spare;
// one extension, one warning; candidates submit or run out of time; the room is closed; graders
// mark the practical of those who passed; the outbox goes to the agent, the agent syncs and
// the hub verifies and lists the results. Every invariant is checked; exit 0 only if all held.
//   examroom-demo [--kiosks N] [--state DIR] [--exam-minutes M] [--gui]
#include "CentreSide.h"
#include "ConsoleController.h"
#include "ConsoleManager.h"
#include "crypto/Hex.h"
#include "DemoProcess.h"
#include "documents/ScoreSheet.h"
#include "ExamDayRoles.h"
#include "ExamDaySteps.h"
#include "Invariants.h"
#include "net/Z85.h"
#include "practical/PracticalManager.h"
#include "RoomPairing.h"
#include "RoomService.h"
#include "site/AgentLink.h"
#include "site/AuditLog.h"
#include "site/Outbox.h"
#include "site/RoomLinkStore.h"
#include "StandInPrinter.h"
#include "state/StateStore.h"
#include "TestSupport.h"
#include "util/Clock.h"
#include "util/IsoTime.h"

#include <iostream>
#include <map>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>
#include <set>
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
    int kiosks = 12; // paired kiosks, the last one the spare seat
    fs::path state;
    int examMinutes = 2;
    bool gui = false;
};

Options parse(int argc, char** argv)
{
    Options o;
    o.state = fs::current_path() / "demo-state" / "exam-day";
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                throw std::invalid_argument(arg + " needs a value");
            return argv[++i];
        };
        if (arg == "--kiosks")
            o.kiosks = std::stoi(value());
        else if (arg == "--state")
            o.state = fs::absolute(value());
        else if (arg == "--exam-minutes")
            o.examMinutes = std::stoi(value());
        else if (arg == "--gui")
            o.gui = true;
        else if (arg == "--help" || arg == "-h") {
            std::cout << "examroom-demo [--kiosks N (>= 8, default 12)] [--state DIR] "
                         "[--exam-minutes M (default 2)] [--gui]\n";
            std::exit(0);
        } else
            throw std::invalid_argument("unknown option " + arg);
    }
    if (o.kiosks < 8)
        throw std::invalid_argument("--kiosks must be at least 8 (7 candidates and the spare)");
    if (o.examMinutes < 1 || o.examMinutes > 30)
        throw std::invalid_argument("--exam-minutes must be 1..30");
    return o;
}

std::chrono::sys_seconds at(const char* iso)
{
    return parseIsoTime(iso)->utc;
}

void step(const std::string& title)
{
    std::cout << "\n--- " << title << " ---" << std::endl;
}

} // namespace

int main(int argc, char** argv)
{
    Options options;
    try {
        options = parse(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "examroom-demo: " << e.what() << "\n";
        return 2;
    }
    const bool haveDisplay =
        !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (options.gui && !haveDisplay) {
        std::cout << "examroom-demo: --gui but no display; running headless\n";
        options.gui = false;
    }
    if (!options.gui)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const auto runtime =
            fs::temp_directory_path() / ("examroom-demo-" + std::to_string(::getuid()));
        fs::create_directories(runtime);
        fs::permissions(runtime, fs::perms::owner_all, fs::perm_options::replace);
        qputenv("XDG_RUNTIME_DIR", QByteArray::fromStdString(runtime.string()));
    }
    QGuiApplication app(argc, argv);
    const auto began = Steady::now();
    Invariants inv;
    // What the console printed, in order: each form went to the stand-in printer's standard
    // input (no PDF is written by the console), which keeps its jobs under state/printer/jobs.
    std::vector<std::string> printed;

    try {
        const fs::path state = options.state;
        fs::remove_all(state);
        fs::create_directories(state);
        const int kiosks = options.kiosks;
        const int candidates = kiosks - 1;
        const int spareSeat = kiosks;

        // --- 1. The centre's files: the repository's sample, with the demo's short clock.
        step("1. The exam centre's files (tests/data) with a short exam clock for the demo");
        const fs::path centreFiles = state / "centre-files";
        const int lateMinutes = 1;
        prepareCentreFiles(EXAMROOM_SOURCE_DIR "/tests/data", centreFiles, candidates,
                           options.examMinutes, lateMinutes);
        std::cout << "plan copied to " << centreFiles.string() << ": " << candidates
                  << " candidates of the sample roster, exam " << options.examMinutes
                  << " min, late entry " << lateMinutes << " min" << std::endl;

        // --- 2. Hub publishes, agent pulls.
        step("2. The hub publishes the plan; the site agent pulls it over CURVE");
        CentreSide centre(CENTER_SYNC_BINARY, state / "centre", "GD-SZ-003");
        centre.initKeys();
        const std::string planId = centre.publish(centreFiles, "2027-03-01T09:00:00+08:00");
        centre.startHub();
        std::cout << "hub published " << planId << ", listening on " << centre.hubEndpoint()
                  << std::endl;
        // The agent's service runs with the console link; the console's link key is listed in
        // the agent's config (as a site would install it).
        auto consoleLinkKey = crypto::CurveKeyPair::generate();
        centre.startAgent(net::z85Encode(consoleLinkKey.publicKey()));
        auto pulled = centre.syncNow();
        inv.check(pulled.exitCode == 0, "the agent syncs on request (sync-now) and pulls the plan");
        site::AgentLink agentLink(std::move(consoleLinkKey), centre.linkEndpoint(),
                                  centre.agentCurveKey());
        std::string linkError, packageText;
        if (auto plans = agentLink.plans(&linkError))
            for (const auto& plan : *plans)
                if (plan.planId == planId)
                    packageText = plan.package;
        inv.check(!packageText.empty(),
                  "the console gets the package from the agent over the console link " + linkError);
        if (packageText.empty())
            throw std::runtime_error("no package from the agent: " + linkError + "\n" +
                                     pulled.output);
        const fs::path consoleDir = state / "console";
        fs::create_directories(consoleDir);
        const fs::path packagePath = consoleDir / "plan-package.json";
        writeText(packagePath, packageText);
        std::cout << "agent pulled the package; the console fetched it over the console link ("
                  << packageText.size() << " bytes)" << std::endl;

        // --- 3. The console confirms the plan and sets up the room.
        step("3. The console confirms the plan, pairs " + std::to_string(kiosks) +
             " kiosks and prints the seat chart and tickets");
        auto centreKeys = centersync::parsePublicKeyText(centre.centreKeys());
        if (!centreKeys)
            throw std::runtime_error("the centre's keys line does not parse");
        FixedClock clock(at("2027-03-08T07:30:00+08:00"));
        site::SiteOptions siteOptions; // real Argon2id strengths: this is the product's path
        ConsoleManager m(clock, siteOptions);
        ConsoleController console(m);
        m.setCentreKey(centreKeys->sign);
        const test::StandInPrinter printer(state / "printer");
        m.setPrintCommand({QString::fromStdString(printer.program().string())});
        m.open(consoleDir / "data");
        const QString adminPassword = QStringLiteral("demo-admin-2027");
        if (!console.createAdministrator(QStringLiteral("admin"), adminPassword, adminPassword))
            throw std::runtime_error("cannot create the console's administrator");
        // Time passes on the console; it locks itself when idle and the proctor unlocks it.
        auto proctorHand = [&] {
            console.checkLock();
            (void)console.unlock(adminPassword);
        };

        std::unique_ptr<QQmlApplicationEngine> engine;
        if (options.gui) {
            ConsoleController::setInstance(&console);
            engine = std::make_unique<QQmlApplicationEngine>();
            engine->addImportPath(QStringLiteral("qrc:/"));
            engine->load(QUrl(QStringLiteral("qrc:/Examroom/Proctor/Main.qml")));
        }

        inv.check(console.plan()->importPackage(QString::fromStdString(packagePath.string())),
                  "the console imports the package the agent pulled (centre signature checked)");
        inv.check(console.plan()->confirm(), "the proctor confirms the plan (核对确认)");
        if (!m.plan())
            throw std::runtime_error("no plan at the console");
        if (!m.room().addSeats(*m.person(), m.roomId(), kiosks).ok())
            throw std::runtime_error("cannot add the room's seats");

        RoomService& link = *console.link();
        RoomLinkConfig config;
        config.roomEndpoint = "tcp://127.0.0.1:0";
        config.pairingEndpoint = "tcp://127.0.0.1:0";
        config.resendAfter = std::chrono::milliseconds(1000);
        if (!link.start(config))
            throw std::runtime_error("the room link does not start: " +
                                     link.lastError().toStdString());
        auto pump = [&](const std::function<bool()>& done, int seconds) {
            return waitUntil(done, std::chrono::seconds(seconds), [] {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
                ::usleep(10 * 1000);
            });
        };

        // Tickets in order: the roster is seated in ticket order, the spare is the last seat.
        std::vector<std::pair<std::string, std::string>> people; // ticket, ID number
        for (const auto& c : m.plan()->files.roster)
            people.emplace_back(c.ticketNo, c.id.number);
        std::sort(people.begin(), people.end());
        const DayRoles roles = dayRoles(candidates, spareSeat);

        console.setStep(QStringLiteral("room")); // what --gui shows while the room is set up
        KioskFleet fleet(KIOSK_BINARY, state / "kiosks", link.roomEndpoint().toStdString(),
                         link.pairingEndpoint().toStdString(), link.consoleKey().toStdString());
        for (int seat = 1; seat <= kiosks; ++seat)
            fleet.start(seat, firstScript(roles, seat, people));

        pairFleet(fleet, link, kiosks, pump);
        std::cout << kiosks << " kiosks paired (code shown on each, accepted at its seat)"
                  << std::endl;
        standInEquipmentChecks(m, console, kiosks, pump);
        inv.check(console.room()->assign(false, 1), "seats assigned in ticket order, one spare");
        std::map<std::string, int> seatOf;
        std::map<int, std::string> ticketAt;
        for (const auto& c : m.sessions().candidates(m.sessionId()))
            if (c.seatNo) {
                seatOf[c.ticketNo] = *c.seatNo;
                ticketAt[*c.seatNo] = c.ticketNo;
            }
        inv.check(int(seatOf.size()) == candidates && !ticketAt.count(spareSeat),
                  "every candidate has a seat and the last seat is the spare");
        for (int seat = 1; seat <= candidates; ++seat)
            inv.check(ticketAt[seat] == people[std::size_t(seat - 1)].first,
                      "seat " + std::to_string(seat) + " holds the ticket the script logs in with");
        inv.check(console.room()->printSeatChart(), "the seat chart is printed");
        printed.push_back("seat chart");
        inv.check(console.tickets()->printAll(), "admission tickets (表4) printed");
        printed.push_back("admission tickets (表4)");

        if (!link.provisionAll())
            throw std::runtime_error("provisioning refused: " + link.lastError().toStdString());
        auto provisioned = [&] {
            int done = 0;
            for (const QVariant& v : link.progress())
                done +=
                    v.toMap().value(QStringLiteral("state")).toString() == QLatin1String("done");
            return done;
        };
        inv.check(pump([&] { return provisioned() == kiosks; }, 180),
                  "the session (sealed bank, roster rows) reaches every kiosk");
        std::cout << provisioned() << " kiosks provisioned" << std::endl;

        // --- 4. Check-in, then the start with the password the centre releases.
        step("4. Check-in (one absent, one late) and the start with the authorization password");
        clock.set(at("2027-03-08T07:50:00+08:00"));
        proctorHand();
        for (int seat = 1; seat <= candidates; ++seat)
            if (seat != roles.late && seat != roles.absent)
                inv.check(m.sessions().checkIn(*m.person(), m.sessionId(), ticketAt[seat]).ok(),
                          "check-in of seat " + std::to_string(seat));
        const std::string password = centre.releasePassword(planId);
        const auto startAt = at("2027-03-08T08:00:00+08:00");
        clock.set(startAt);
        proctorHand();
        inv.check(console.start()->start(QString::fromStdString(password)),
                  "the start with the authorization password unwraps the bank key");
        const auto examOpened = Steady::now();
        std::cout << "started at 08:00 with the password released by the hub; " << candidates - 2
                  << " candidates present" << std::endl;
        // From here the console's clock runs with real time.
        auto pumpExam = [&](const std::function<bool()>& done, int seconds) {
            return waitUntil(done, std::chrono::seconds(seconds), [&] {
                clock.set(startAt + std::chrono::duration_cast<std::chrono::seconds>(Steady::now() -
                                                                                     examOpened));
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
                ::usleep(10 * 1000);
            });
        };

        // --- 5. The exam: extension, warning, a kiosk killed and its candidate moved.
        step("5. The exam: answers, an extension, a warning, a kiosk killed and moved");
        console.setStep(QStringLiteral("monitor"));
        SeatMapModel& map = *console.monitor()->seatMap();
        auto answering = [&](int seat) {
            const SeatRow* row = map.row(seat);
            return row && row->live.state == QLatin1String("answering");
        };
        inv.check(pumpExam(
                      [&] {
                          return answering(roles.killed) && answering(roles.extended) &&
                                 answering(roles.warned);
                      },
                      120),
                  "the candidates open their papers (seeds from the console)");
        proctorHand();
        inv.check(console.monitor()->extend(QString::fromStdString(ticketAt[roles.extended]), 1,
                                            QStringLiteral("终端故障重启")),
                  "one extension (1 min) reaches its kiosk");
        inv.check(console.monitor()->warn(QString::fromStdString(ticketAt[roles.warned]),
                                          QStringLiteral("交头接耳")),
                  "one misconduct warning (违纪警告) recorded");
        site::RoomLinkStore links(m.store().database());
        auto mirrored = [&](const std::string& ticket) {
            for (const auto& mirror : links.mirrors())
                if (mirror.attempt.find("/" + ticket + "/") != std::string::npos)
                    return int(mirror.entries.size());
            return 0;
        };
        inv.check(pumpExam([&] { return mirrored(ticketAt[roles.killed]) >= 3; }, 60),
                  "the killed kiosk's answers are in the console's mirror before the kill");
        fleet.kill(roles.killed);
        std::cout << "seat " << roles.killed << "'s kiosk SIGKILLed mid-exam" << std::endl;
        inv.check(pumpExam([&] { return map.row(roles.killed)->live.offline; }, 30),
                  "the console sees the killed seat go offline");
        pumpExam([&] { return fleet.exited(spareSeat); }, 60);
        proctorHand();
        inv.check(console.monitor()->moveSeat(QString::fromStdString(ticketAt[roles.killed]),
                                              spareSeat, QStringLiteral("终端死机")),
                  "换机续考: the candidate is moved to the spare seat");
        fleet.start(spareSeat, resumeScript(roles, people));
        std::cout << "candidate of seat " << roles.killed << " resumes at spare seat " << spareSeat
                  << std::endl;

        // --- 6. The late candidate after the cut-off (override), the absent one.
        step("6. After the late-entry cut-off: one late candidate let in, one absent");
        pumpExam([&] { return clock.now() > startAt + std::chrono::minutes(lateMinutes); },
                 lateMinutes * 60 + 30);
        proctorHand();
        inv.check(m.sessions().checkIn(*m.person(), m.sessionId(), ticketAt[roles.late]).refusal ==
                      site::Refusal::TooLate,
                  "a check-in after the cut-off is refused without an override");
        inv.check(m.sessions()
                      .checkIn(*m.person(), m.sessionId(), ticketAt[roles.late],
                               "交通事故证明，监考长批准")
                      .ok(),
                  "the late candidate is let in with an override and its reason");
        inv.check(m.sessions().markAbsent(*m.person(), m.sessionId(), ticketAt[roles.absent]).ok(),
                  "the absent candidate is marked 缺考");
        pumpExam([&] { return fleet.exited(roles.late); }, 60);
        fleet.start(roles.late, lateScript(roles, people));

        // --- 7. Submit and time-up.
        step("7. Submit (交卷) and time-up auto-submit");
        for (int seat = 1; seat <= kiosks; ++seat) {
            if (seat == roles.killed)
                continue;
            const int limit = options.examMinutes * 60 + 240;
            if (!pumpExam([&] { return fleet.exited(seat); }, limit))
                fleet.kill(seat);
            inv.check(fleet.exitCode(seat) == 0,
                      "kiosk " + std::to_string(seat) + " ran its candidate's script to the end");
        }
        std::cout
            << "every kiosk finished after "
            << std::chrono::duration_cast<std::chrono::seconds>(Steady::now() - examOpened).count()
            << " s of exam" << std::endl;
        const std::size_t expectedSheets = std::size_t(candidates - 1); // all but the absent
        inv.check(
            pumpExam([&] { return links.sheets(m.sessionId()).size() == expectedSheets; }, 30),
            "every present candidate's signed sheet reached the console");
        const auto outcome =
            checkKnowledge(inv, links, m.sessionId(), roles, ticketAt, fleet, options.examMinutes);

        // --- 8. Close.
        step("8. Close: blocking items none, forms printed");
        clock.set(startAt + std::chrono::minutes(30));
        proctorHand();
        console.setStep(QStringLiteral("close"));
        inv.check(console.close()->blocking().isEmpty(), "nothing blocks the close");
        inv.check(console.close()->close(QStringLiteral("考场秩序良好；一名考生迟到经批准入场")),
                  "the session is closed and countersigned");
        for (const char* form : {"confirmation sheets (表6)", "score list", "room record"})
            printed.push_back(form);

        // --- 9. Practical.
        step("9. Graders mark the practical of those who passed");
        clock.set(at("2027-03-10T08:30:00+08:00"));
        proctorHand();
        const auto practical = runPractical(inv, console, m, adminPassword, printed);

        // --- 10. Up to the centre.
        step("10. The outbox to the agent; the agent syncs; the hub verifies and lists");
        const auto upload = uploadOutbox(inv, m, links, centre, agentLink, clock.now(), planId);

        // --- Invariants over everything kept.
        site::AuditLog audit(m.store().database(), clock);
        const auto chain = audit.verify();
        inv.check(chain.ok, "the console's audit chain verifies (" + chain.why + ")");
        const auto jobs = printer.jobs();
        inv.check(jobs.size() == printed.size(), "the printer received " +
                                                     std::to_string(printed.size()) + " jobs (" +
                                                     std::to_string(jobs.size()) + ")");
        for (const auto& job : jobs)
            inv.check(test::readFile(job).rfind("%PDF-", 0) == 0 && fs::file_size(job) > 1000,
                      "a whole PDF reached the printer: " + job.filename().string());
        std::size_t consoleFiles = 0;
        for (const auto& e : fs::recursive_directory_iterator(consoleDir))
            consoleFiles += e.is_regular_file() && e.path().extension() == ".pdf" ? 1 : 0;
        inv.check(consoleFiles == 0, "the console wrote no PDF to its folder");

        // --- Summary.
        step("Summary");
        printSummary(std::cout, candidates, outcome, practical, upload);
        std::cout << "\nPrinted (the console piped each form to the printer, a stand-in lp that "
                     "keeps its jobs):\n";
        for (std::size_t i = 0; i < jobs.size(); ++i)
            std::cout << "  " << jobs[i].string() << "  "
                      << (i < printed.size() ? printed[i] : std::string("?")) << "\n";
        std::cout << "\nState (SQLCipher, keys beside): " << state.string() << "\n";
    } catch (const std::exception& e) {
        std::cout << "\nexamroom-demo: stopped: " << e.what() << std::endl;
        inv.check(false, std::string("the demo ran to its end (") + e.what() + ")");
    }
    const auto seconds =
        std::chrono::duration_cast<std::chrono::seconds>(Steady::now() - began).count();
    if (inv.broken() == 0) {
        std::cout << "\nAll " << inv.count() << " invariants held; the exam day took " << seconds
                  << " s." << std::endl;
        return 0;
    }
    std::cout << "\n" << inv.broken() << " of " << inv.count() << " invariants broken:\n";
    inv.printBroken();
    return 1;
}
