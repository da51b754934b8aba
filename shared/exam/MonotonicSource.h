#pragma once

#include <chrono>
#include <string>

namespace examroom {

// A clock that never jumps: the exam's time is measured on it, so changing the wall clock
// changes nothing. Injectable so that tests can move time by hand.
class MonotonicSource
{
public:
    virtual ~MonotonicSource() = default;
    // Milliseconds since an arbitrary origin that is fixed for one boot of the machine.
    virtual std::chrono::milliseconds now() const = 0;
    // Names the boot `now()` is measured in; two readings compare only within one boot.
    virtual std::string bootId() const = 0;
};

// CLOCK_MONOTONIC (system-wide, so it keeps counting while the kiosk process is down) and the
// kernel's boot id.
class SteadyMonotonicSource final : public MonotonicSource
{
public:
    std::chrono::milliseconds now() const override;
    // The kernel's random boot id; "unknown" when /proc cannot be read.
    std::string bootId() const override;
};

// Time moved by hand, for tests.
class ManualMonotonicSource final : public MonotonicSource
{
public:
    std::chrono::milliseconds now() const override { return m_now; }
    std::string bootId() const override { return m_bootId; }
    void advance(std::chrono::milliseconds by) { m_now += by; }
    void set(std::chrono::milliseconds at) { m_now = at; }
    // Simulates a reboot: a new boot id and a clock starting again from `at`.
    void reboot(std::string bootId, std::chrono::milliseconds at = {})
    {
        m_bootId = std::move(bootId);
        m_now = at;
    }

private:
    std::chrono::milliseconds m_now{1'000'000};
    std::string m_bootId = "boot-1";
};

} // namespace examroom
