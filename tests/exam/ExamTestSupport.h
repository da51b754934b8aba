#pragma once

#include "domain/Paper.h"
#include "exam/ExamContext.h"
#include "import/CentreFiles.h"
#include "TestSupport.h"
#include "util/Clock.h"
#include "util/IsoTime.h"

#include <doctest/doctest.h>
#include <stdexcept>

namespace examroom::test {

// A week before the sample plan's exam, so that the time rules of the import pass.
inline FixedClock importClock()
{
    return FixedClock(parseIsoTime("2027-03-01T09:00:00+08:00")->utc);
}

// The sample centre files as the context of seat 7 in room R1.
inline ExamContext sampleContext()
{
    auto clock = importClock();
    auto imported = importCentreFiles(sampleDataDir(), clock);
    if (!imported.files)
        throw std::runtime_error("the sample centre files do not import");
    ExamContext context;
    context.plan = imported.files->plan;
    context.roster = imported.files->roster;
    context.bank = imported.files->bank;
    context.roomId = "R1";
    context.seatNo = 7;
    return context;
}

inline PaperSeed seedOf(std::uint8_t value)
{
    PaperSeed seed{};
    seed.fill(value);
    return seed;
}

} // namespace examroom::test
