#pragma once

#include "util/Clock.h"
#include "util/IsoTime.h"

#include <cstdlib>

namespace examroom::fuzz {

// The instant the sample files are judged at (a week before the sample plan's exam).
inline const FixedClock& sampleClock()
{
    static const FixedClock clock = [] {
        auto at = parseIsoTime("2027-03-01T09:00:00+08:00");
        if (!at)
            std::abort();
        return FixedClock(at->utc);
    }();
    return clock;
}

} // namespace examroom::fuzz
