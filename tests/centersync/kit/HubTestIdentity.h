#pragma once

// Shared by the in-process hub and agent tests: a fresh identity and a clock that never moves.
#include "state/StateStore.h"
#include "util/Clock.h"

#include <chrono>

namespace examroom::centersync {

inline Identity newIdentity()
{
    return {crypto::SigningKeyPair::generate(), crypto::CurveKeyPair::generate()};
}

// 2027-01-15T08:00:00Z: every test that stores a time gets this one.
inline const FixedClock& fixedClock()
{
    static const FixedClock clock{std::chrono::sys_seconds(std::chrono::seconds(1800000000))};
    return clock;
}

} // namespace examroom::centersync
