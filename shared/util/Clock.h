#pragma once

#include <chrono>

namespace examroom {

// Wall-clock time, injectable so that every time-dependent rule (exam window, late entry,
// age on the exam date, the nightly window) can be tested at a chosen instant.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual std::chrono::sys_seconds now() const = 0;
};

class SystemClock final : public Clock
{
public:
    std::chrono::sys_seconds now() const override
    {
        return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(std::chrono::sys_seconds at) : m_at(at) {}
    std::chrono::sys_seconds now() const override { return m_at; }
    void set(std::chrono::sys_seconds at) { m_at = at; }

private:
    std::chrono::sys_seconds m_at;
};

} // namespace examroom
