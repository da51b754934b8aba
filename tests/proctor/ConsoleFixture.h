#pragma once

#include "ConsoleController.h"
#include "ConsoleManager.h"
#include "package/AuthorizationPassword.h"
#include "package/PlanPackage.h"
#include "StandInPrinter.h"
#include "TestSupport.h"
#include "util/IsoTime.h"

#include <doctest/doctest.h>
#include <fstream>

namespace examroom::test {

// A console over a temporary site.db (fast Argon2id), a clock the test moves, the sample
// centre files sealed into a package by a test centre key, the administrator "admin" logged
// in, and the stand-in lp as its printer (each job it reads kept under DIR/printer/jobs, the
// test's own files).
struct ConsoleFixture
{
    static std::chrono::sys_seconds at(const char* iso) { return parseIsoTime(iso)->utc; }

    TempDir dir;
    FixedClock clock{at("2027-03-08T07:30:00+08:00")};
    crypto::SigningKeyPair centreKey = crypto::SigningKeyPair::generate();
    std::string password; // the authorization password, grouped
    std::filesystem::path packagePath = dir / "plan-package.json";
    StandInPrinter printer{dir / "printer"};
    ConsoleManager manager{clock, options()};
    ConsoleController console{manager};

    static site::SiteOptions options()
    {
        site::SiteOptions o;
        o.kdfStrength = crypto::KdfStrength::MinForTests;
        return o;
    }

    ConsoleFixture()
    {
        auto imported = importCentreFiles(sampleDataDir(), clock);
        REQUIRE(imported.files);
        auto built =
            package::buildPlanPackage(package::collectPackageInput(*imported.files, "GD-SZ-003", 1,
                                                                   "2027-03-01T09:00:00+08:00"),
                                      centreKey, crypto::KdfStrength::MinForTests);
        password = package::groupPassword(built.password);
        std::ofstream(packagePath) << built.document.toJson();
        manager.setCentreKey(centreKey.publicKey());
        manager.setPrintCommand({QString::fromStdString(printer.program().string())});
        manager.open(dir / "data");
        REQUIRE(console.createAdministrator("admin", "admin-password", "admin-password"));
    }

    QString package() const { return QString::fromStdString(packagePath.string()); }

    // Time passes; the console locked itself meanwhile, so the administrator unlocks it.
    void later(const char* iso)
    {
        clock.set(at(iso));
        console.checkLock();
        (void)console.unlock("admin-password");
    }

    // Plan imported and confirmed, 44 seats paired and passing, seats assigned at random with
    // two spares.
    void setUpRoom()
    {
        REQUIRE(console.plan()->importPackage(package()));
        REQUIRE(console.plan()->confirm());
        RoomController& room = *console.room();
        REQUIRE(manager.room().addSeats(*manager.person(), "R1", 44).ok());
        for (int seat = 1; seat <= 44; ++seat) {
            REQUIRE(room.pairKiosk(seat, QStringLiteral("KIOSK-%1").arg(seat)));
            REQUIRE(room.recordReport(seat, {1920, 1080, 8000, 0, "0.1.0", true}));
        }
        REQUIRE(room.assign(true, 2));
    }

    // The room set up, the first candidate checked in a minute into the exam, and the exam
    // started with the authorization password.
    void startWithFirstCandidate()
    {
        setUpRoom();
        later("2027-03-08T08:01:00+08:00");
        REQUIRE(manager.sessions()
                    .checkIn(*manager.person(), manager.sessionId(), ticket(0).toStdString())
                    .ok());
        REQUIRE(console.start()->start(QString::fromStdString(password)));
    }

    const Candidate& candidate(int i) const
    {
        return manager.plan()->files.roster.at(std::size_t(i));
    }
    QString ticket(int i) const { return QString::fromStdString(candidate(i).ticketNo); }
};

} // namespace examroom::test
