#include "site/Backoff.h"

#include <algorithm>
#include <cstdint>

namespace examroom::site {

std::chrono::seconds Backoff::waitAfter(int failures) const
{
    if (failures < freeAttempts)
        return std::chrono::seconds{0};
    // Doubling is capped before it can overflow: 2^20 * firstWait is far beyond any maxWait.
    int doublings = std::min(failures - freeAttempts, 20);
    auto wait = firstWait * (std::int64_t{1} << doublings);
    return std::min<std::chrono::seconds>(wait, maxWait);
}

} // namespace examroom::site
