#pragma once

#include "exam/MonotonicSource.h"

#include <chrono>

namespace examroom {

// The exam's countdown. Time counts on a MonotonicSource only; the console's session clock
// sets how much has elapsed (at start, after a restart, on a resync), extensions add to the
// allowance, a pause stops the count. All values in milliseconds.
class ExamClock
{
public:
    using Ms = std::chrono::milliseconds;

    ExamClock(const MonotonicSource& source, Ms allowance);

    // Starts (or restarts after recovery) counting from `elapsed` already used. Idempotent
    // when already running.
    void start(Ms elapsed = Ms{0});
    // Stops the count, keeping what has elapsed. No effect when not running.
    void pause();
    // Counts again after pause(). No effect when running or never started.
    void resume();
    // Adds `extra` to the allowance (a proctor's extension; negative values are refused by
    // returning false and changing nothing).
    [[nodiscard]] bool extend(Ms extra);
    // Sets how much time has elapsed, e.g. from the console's session clock; keeps the
    // running / paused state.
    void setElapsed(Ms elapsed);

    Ms allowance() const { return m_allowance; }
    Ms elapsed() const;
    // Never negative.
    Ms remaining() const;
    bool isTimeUp() const { return remaining() <= Ms{0}; }
    bool isRunning() const { return m_running; }
    bool hasStarted() const { return m_started; }

private:
    const MonotonicSource& m_source;
    Ms m_allowance;
    Ms m_elapsedBase{0}; // elapsed when the current running segment began (or when paused)
    Ms m_segmentStart{0};
    bool m_running = false;
    bool m_started = false;
};

} // namespace examroom
