#include "exam/ExamClock.h"

#include <algorithm>

namespace examroom {

ExamClock::ExamClock(const MonotonicSource& source, Ms allowance)
    : m_source(source), m_allowance(allowance)
{
}

void ExamClock::start(Ms elapsed)
{
    if (m_running)
        return;
    m_started = true;
    m_running = true;
    m_elapsedBase = std::max(elapsed, Ms{0});
    m_segmentStart = m_source.now();
}

void ExamClock::pause()
{
    if (!m_running)
        return;
    m_elapsedBase = elapsed();
    m_running = false;
}

void ExamClock::resume()
{
    if (m_running || !m_started)
        return;
    m_running = true;
    m_segmentStart = m_source.now();
}

bool ExamClock::extend(Ms extra)
{
    if (extra < Ms{0})
        return false;
    m_allowance += extra;
    return true;
}

void ExamClock::setElapsed(Ms elapsed)
{
    m_elapsedBase = std::max(elapsed, Ms{0});
    m_segmentStart = m_source.now();
}

ExamClock::Ms ExamClock::elapsed() const
{
    if (!m_running)
        return m_elapsedBase;
    // A monotonic source never goes back; clamp anyway so a faulty one cannot add time.
    return m_elapsedBase + std::max(m_source.now() - m_segmentStart, Ms{0});
}

ExamClock::Ms ExamClock::remaining() const
{
    return std::max(m_allowance - elapsed(), Ms{0});
}

} // namespace examroom
