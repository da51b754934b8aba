#pragma once

#include <chrono>

namespace examroom::site {

// How long to refuse further attempts after consecutive wrong passwords (login or the
// authorization password): the first `freeAttempts` cost nothing, then the wait doubles
// from `firstWait` up to `maxWait`. Guessing stays slow while a person who mistypes twice
// is not held up.
struct Backoff
{
    int freeAttempts = 3;
    std::chrono::seconds firstWait{30};
    std::chrono::seconds maxWait{15 * 60};

    // The wait imposed after the `failures`-th consecutive failure (0 while free).
    std::chrono::seconds waitAfter(int failures) const;
};

} // namespace examroom::site
