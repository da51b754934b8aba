#include "ConsoleFixture.h"
#include "site/Outbox.h"
#include "WarningLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

using namespace examroom;
using examroom::test::ConsoleFixture;

TEST_CASE("first start makes the administrator and then asks for a login")
{
    ConsoleFixture f;
    CHECK(f.console.screen() == "main");
    CHECK(f.console.isAdministrator());
    f.console.logout();
    CHECK(f.console.screen() == "login");
    CHECK_FALSE(f.console.login("admin", "wrong-password"));
    CHECK(f.console.messageIsError());
    CHECK(f.console.login("admin", "admin-password"));
    CHECK(f.console.screen() == "main");
}

TEST_CASE("two different passwords at first start are refused")
{
    test::TempDir dir;
    FixedClock clock(ConsoleFixture::at("2027-03-08T07:30:00+08:00"));
    ConsoleManager manager(clock, ConsoleFixture::options());
    ConsoleController console(manager);
    manager.open(dir / "data");
    CHECK(console.screen() == "first-start");
    CHECK_FALSE(console.createAdministrator("admin", "admin-password", "admin-passwort"));
    CHECK(console.screen() == "first-start");
}

TEST_CASE("the console locks after inactivity and unlocks with the password")
{
    ConsoleFixture f;
    f.clock.set(f.clock.now() + std::chrono::minutes(6));
    f.console.checkLock();
    CHECK(f.console.screen() == "locked");
    CHECK_FALSE(f.console.unlock("nope-nope"));
    CHECK(f.console.screen() == "locked");
    CHECK(f.console.unlock("admin-password"));
    CHECK(f.console.screen() == "main");
}

TEST_CASE("a verified package is shown and its confirmation waits in the outbox")
{
    ConsoleFixture f;
    PlanController& plan = *f.console.plan();
    REQUIRE(plan.importPackage(f.package()));
    CHECK(plan.hasPlan());
    CHECK(plan.decision() == "pending");
    CHECK(plan.candidateCount() == 40);
    CHECK(plan.fields().size() >= 19);
    CHECK(plan.roster().size() == 40);
    REQUIRE(plan.confirm());
    CHECK(plan.decision() == "confirmed");
    auto waiting = site::Outbox(f.manager.store().database()).waiting();
    REQUIRE(waiting.size() == 1);
    CHECK(waiting[0].kind == "plan-confirmation");
    CHECK(waiting[0].signer == f.manager.person()->key().publicKey());
}

TEST_CASE("a package signed by another key is refused")
{
    ConsoleFixture f;
    f.manager.setCentreKey(crypto::SigningKeyPair::generate().publicKey());
    CHECK_FALSE(f.console.plan()->importPackage(f.package()));
    CHECK(f.console.plan()->messageIsError());
    CHECK_FALSE(f.console.plan()->hasPlan());
}

TEST_CASE("a refusal without a reason changes nothing")
{
    ConsoleFixture f;
    REQUIRE(f.console.plan()->importPackage(f.package()));
    CHECK_FALSE(f.console.plan()->refuse("  "));
    CHECK(f.console.plan()->decision() == "pending");
    CHECK(f.console.plan()->refuse(QStringLiteral("名册与报名不符")));
    CHECK(f.console.plan()->decision() == "refused");
}

TEST_CASE("seats are assigned and the seat chart and tickets are printed")
{
    ConsoleFixture f;
    f.setUpRoom();
    RoomController& room = *f.console.room();
    CHECK(room.assigned());
    CHECK(room.usableCount() == 44);
    REQUIRE(room.printSeatChart());
    REQUIRE(f.printer.jobs().size() == 1);
    const std::string chart = f.printer.jobText(0);
    CHECK(chart.find("考场座位表") != std::string::npos);
    CHECK(room.printedText().contains(QStringLiteral("request id is stand-in-1")));
    // When it was sent, on the console's clock: the line outlives later failures.
    CHECK(room.printedText().startsWith(
        QDateTime::fromSecsSinceEpoch(f.clock.now().time_since_epoch().count())
            .toString(QStringLiteral("HH:mm "))));
    REQUIRE(f.console.tickets()->printAll());
    REQUIRE(f.printer.jobs().size() == 2);
    CHECK(f.console.tickets()->pages() == 20); // two tickets to a page
    const std::string tickets = f.printer.jobText(1);
    CHECK(tickets.find("准考证") != std::string::npos);
    CHECK(tickets.find(f.manager.plan()->files.roster.front().name) != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(f.dir / "print"));
}

TEST_CASE("check-in finds by ticket and by ID number and late entry needs a reason")
{
    ConsoleFixture f;
    f.setUpRoom();
    CheckInController& checkIn = *f.console.checkIn();
    REQUIRE(checkIn.search(QStringLiteral("EXAMROOM:") + f.ticket(0) + "\n"));
    CHECK(checkIn.ticketNo() == f.ticket(0));
    REQUIRE(checkIn.checkIn());
    CHECK(checkIn.status() == "present");
    REQUIRE(checkIn.search(QString::fromStdString(f.candidate(1).id.number)));
    CHECK(checkIn.ticketNo() == f.ticket(1));
    CHECK_FALSE(checkIn.search(QStringLiteral("0000")));
    CHECK_FALSE(checkIn.found());

    f.later("2027-03-08T08:00:00+08:00");
    REQUIRE(f.console.start()->start(QString::fromStdString(f.password)));
    f.later("2027-03-08T08:20:00+08:00");
    REQUIRE(checkIn.search(f.ticket(2)));
    CHECK_FALSE(checkIn.checkIn());
    CHECK(checkIn.messageIsError());
    CHECK(checkIn.checkIn(QStringLiteral("交通管制，有证明")));
    REQUIRE(checkIn.search(f.ticket(3)));
    CHECK(checkIn.markAbsent());
    CHECK(checkIn.status() == "absent");
}

TEST_CASE("a wrong authorization password is counted and the right one starts the exam")
{
    ConsoleFixture f;
    f.setUpRoom();
    f.later("2027-03-08T08:00:00+08:00");
    StartController& start = *f.console.start();
    CHECK(start.canStart());
    CHECK_FALSE(start.start(QStringLiteral("2345-6789-ABCD")));
    CHECK(start.failedAttempts() == 1);
    CHECK_FALSE(start.started());
    CHECK(start.start(QString::fromStdString(f.password).toLower()));
    CHECK(start.started());
    CHECK(f.manager.dataKey() != nullptr);
}

TEST_CASE("an early start needs the administrator's reason")
{
    ConsoleFixture f;
    f.setUpRoom();
    StartController& start = *f.console.start();
    CHECK_FALSE(start.start(QString::fromStdString(f.password)));
    CHECK_FALSE(start.started());
    CHECK(start.start(QString::fromStdString(f.password), QStringLiteral("中心通知提前 30 分钟")));
    CHECK(start.started());
}

TEST_CASE("incidents change the seat map and removal needs a second staff password")
{
    ConsoleFixture f;
    f.setUpRoom();
    REQUIRE(f.manager.accounts()
                .createAccount(*f.manager.person(), "li", site::Role::Proctor, "li-password")
                .ok());
    CheckInController& checkIn = *f.console.checkIn();
    for (int i = 0; i < 3; ++i) {
        REQUIRE(checkIn.search(f.ticket(i)));
        REQUIRE(checkIn.checkIn());
    }
    f.later("2027-03-08T08:00:00+08:00");
    REQUIRE(f.console.start()->start(QString::fromStdString(f.password)));
    MonitorController& monitor = *f.console.monitor();
    CHECK(monitor.seatMap()->rowCount() == 44);
    CHECK_FALSE(monitor.extend(f.ticket(0), 10, ""));
    REQUIRE(monitor.extend(f.ticket(0), 10, QStringLiteral("断电")));
    const int seat =
        *f.manager.sessions().find(f.manager.sessionId(), f.ticket(0).toStdString())->seatNo;
    CHECK(monitor.seatMap()->row(seat)->extensionMinutes == 10);

    const int spare = monitor.spareSeats().first().toInt();
    REQUIRE(monitor.moveSeat(f.ticket(0), spare, QStringLiteral("终端死机")));
    CHECK(monitor.seatMap()->row(spare)->ticketNo == f.ticket(0));
    CHECK(monitor.seatMap()->row(seat)->locked);

    CHECK(monitor.removalStatement(f.ticket(1), QStringLiteral("夹带")).contains(f.ticket(1)));
    CHECK_FALSE(monitor.remove(f.ticket(1), QStringLiteral("夹带"), "li", "wrong-password"));
    CHECK(monitor.remove(f.ticket(1), QStringLiteral("夹带"), "li", "li-password"));
    CHECK(monitor.seatMap()
              ->row(*f.manager.sessions()
                         .find(f.manager.sessionId(), f.ticket(1).toStdString())
                         ->seatNo)
              ->status == "removed");
}

TEST_CASE("the close lists who blocks it and puts the signed record in the outbox")
{
    ConsoleFixture f;
    f.setUpRoom();
    CloseController& close = *f.console.close();
    CHECK_FALSE(close.close(""));
    f.later("2027-03-08T08:00:00+08:00");
    REQUIRE(f.console.start()->start(QString::fromStdString(f.password)));
    CHECK(close.blocking().size() == 40);
    f.later("2027-03-08T08:20:00+08:00");
    for (const auto& c : f.manager.plan()->files.roster) {
        REQUIRE(f.console.checkIn()->search(QString::fromStdString(c.ticketNo)));
        REQUIRE(f.console.checkIn()->markAbsent());
    }
    CHECK(close.blocking().isEmpty());
    const int before = close.outboxCount();
    REQUIRE(close.close(QStringLiteral("全部缺考")));
    CHECK(close.closed());
    CHECK(close.outboxCount() == before + 1);
}

TEST_CASE("a getter that cannot read logs where and shows the reason on the message line")
{
    ConsoleFixture f;
    f.setUpRoom();
    RoomController& room = *f.console.room();
    CHECK(room.pairedCount() == 44);
    CHECK_FALSE(room.messageIsError());
    test::WarningLog warnings;
    // The seats are gone from under the console: every read of them fails.
    f.manager.store().database().exec("DROP TABLE seats");
    CHECK(room.pairedCount() == 0);
    REQUIRE(warnings.all().size() == 1);
    const QString logged = warnings.all().front();
    CHECK(logged.contains(QStringLiteral("RoomController")));
    CHECK(logged.contains(QStringLiteral("pairedCount")));
    CHECK(logged.contains(QStringLiteral("no such table: seats")));
    // The message line changes on the next turn of the event loop, not inside the getter.
    CHECK_FALSE(room.messageIsError());
    QCoreApplication::processEvents();
    CHECK(room.messageIsError());
    CHECK(room.message().contains(QStringLiteral("no such table: seats")));
}
