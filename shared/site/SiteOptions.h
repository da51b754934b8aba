#pragma once

#include "crypto/KdfParams.h"
#include "site/Backoff.h"

#include <chrono>
#include <cstddef>

namespace examroom::site {

// The console's policy knobs, fixed when the store is opened.
struct SiteOptions
{
    // Argon2id cost for new and changed passwords (tests use MinForTests; a stored account
    // keeps the parameters it was made with).
    crypto::KdfStrength kdfStrength = crypto::KdfStrength::Interactive;
    Backoff loginBackoff;
    Backoff authorizationBackoff;
    // The console locks a person's session after this long without an action.
    std::chrono::seconds inactivityLimit{5 * 60};
    std::size_t minPasswordLength = 8;
};

} // namespace examroom::site
