#pragma once

#include "ExamController.h"
#include "KioskController.h"
#include "KioskManager.h"
#include "LocalProvisioning.h"
#include "PaletteModel.h"
#include "SpeechEngine.h"
#include "TestSupport.h"
#include "util/IsoTime.h"

#include <doctest/doctest.h>

namespace examroom::test {

// A kiosk over a temporary store, provisioned from the sample centre files, seat 7, with
// time moved by hand and a fake voice (or the voice given).
struct KioskFixture
{
    TempDir dir;
    ManualMonotonicSource mono;
    FixedClock wall{parseIsoTime("2027-03-08T08:05:00+08:00")->utc};
    KioskManager manager{mono, wall};
    FakeSpeechEngine speech;
    KioskController kiosk;

    explicit KioskFixture(SpeechEngine* voice = nullptr) : kiosk(manager, voice ? *voice : speech)
    {
        REQUIRE(manager.openStore(dir.path()));
        FixedClock importClock(parseIsoTime("2027-03-01T09:00:00+08:00")->utc);
        std::string error;
        auto session = sessionFromCentreFiles(sampleDataDir(), "R1", 7, importClock, &error);
        REQUIRE(session);
        REQUIRE(manager.setContext(std::move(session->context), std::move(session->images)));
    }
    const Candidate& candidate(int i = 0) const
    {
        return manager.context()->roster.at(std::size_t(i));
    }
    void loginAndOpen(int i = 0)
    {
        REQUIRE(kiosk.login(QString::fromStdString(candidate(i).ticketNo),
                            QString::fromStdString(candidate(i).id.number)));
        REQUIRE(kiosk.confirmIdentity());
        PaperSeed seed{};
        seed.fill(3);
        REQUIRE(manager.openExam(seed));
    }
};

} // namespace examroom::test
