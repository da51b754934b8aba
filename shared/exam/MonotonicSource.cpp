#include "exam/MonotonicSource.h"

#include <ctime>
#include <fstream>

namespace examroom {

std::chrono::milliseconds SteadyMonotonicSource::now() const
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return std::chrono::milliseconds(std::int64_t(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000);
}

std::string SteadyMonotonicSource::bootId() const
{
    std::ifstream in("/proc/sys/kernel/random/boot_id");
    std::string id;
    if (!std::getline(in, id) || id.empty())
        return "unknown";
    return id;
}

} // namespace examroom
