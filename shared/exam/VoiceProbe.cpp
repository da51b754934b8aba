#include "exam/VoiceProbe.h"

namespace examroom {
namespace {

// "5", "0.3", "12.5": the time-out as the note says it.
std::string secondsText(std::chrono::milliseconds ms)
{
    const auto tenths = (ms.count() + 50) / 100;
    return std::to_string(tenths / 10) + (tenths % 10 ? "." + std::to_string(tenths % 10) : "");
}

} // namespace

void VoiceProbe::decide(Verdict verdict, std::string reason)
{
    if (decided())
        return;
    m_verdict = verdict;
    m_reason = std::move(reason);
}

void VoiceProbe::noEngine()
{
    decide(Verdict::Unavailable, "no speech engine is installed");
}

void VoiceProbe::engineCreated(EngineState state, int voices, const std::string& error)
{
    if (state == EngineState::Error)
        decide(Verdict::Unavailable,
               "the speech engine did not start" + (error.empty() ? "" : ": " + error));
    else if (voices <= 0)
        decide(Verdict::Unavailable, "the speech engine lists no voice");
}

void VoiceProbe::spoke()
{
    m_spoke = true;
}

void VoiceProbe::stateChanged(EngineState state, const std::string& error)
{
    if (!m_spoke)
        return;
    switch (state) {
    case EngineState::Speaking:
        m_speaking = true;
        break;
    case EngineState::Ready:
        // Ready without having spoken is the engine refusing the text quietly.
        if (m_speaking)
            decide(Verdict::Available);
        else
            decide(Verdict::Unavailable, "the voice returned without speaking");
        break;
    case EngineState::Error:
        failed(error);
        break;
    case EngineState::Paused:
        break;
    }
}

void VoiceProbe::failed(const std::string& error)
{
    decide(Verdict::Unavailable, "the voice failed" + (error.empty() ? "" : ": " + error));
}

void VoiceProbe::timedOut()
{
    const std::string seconds = secondsText(m_timeout);
    if (m_speaking)
        decide(Verdict::Unavailable,
               "the voice did not finish a short text within " + seconds + " s (no sound device?)");
    else
        decide(Verdict::Unavailable, "the voice did not start speaking within " + seconds + " s");
}

} // namespace examroom
