#include "exam/CandidateFlow.h"

#include <array>

namespace examroom {

std::optional<FlowState> CandidateFlow::next(FlowEvent event) const
{
    using S = FlowState;
    switch (event) {
    case FlowEvent::SessionReady:
        return m_state == S::Idle ? std::optional(S::Login) : std::nullopt;
    case FlowEvent::LoginAccepted:
        return m_state == S::Login ? std::optional(S::IdentityCheck) : std::nullopt;
    case FlowEvent::IdentityConfirmed:
        return m_state == S::IdentityCheck ? std::optional(S::WaitingForProctor) : std::nullopt;
    case FlowEvent::IdentityRejected:
        return m_state == S::IdentityCheck ? std::optional(S::Login) : std::nullopt;
    case FlowEvent::ExamOpened:
        return m_state == S::WaitingForProctor ? std::optional(S::InExam) : std::nullopt;
    case FlowEvent::Paused:
        return m_state == S::InExam ? std::optional(S::Paused) : std::nullopt;
    case FlowEvent::Resumed:
        return m_state == S::Paused ? std::optional(S::InExam) : std::nullopt;
    case FlowEvent::Locked:
        return m_state == S::Submitted || m_state == S::Locked ? std::nullopt
                                                               : std::optional(S::Locked);
    case FlowEvent::Unlocked:
        return m_state == S::Locked ? std::optional(m_beforeLock) : std::nullopt;
    case FlowEvent::Submitted:
        return m_state == S::InExam || m_state == S::Paused ? std::optional(S::Submitted)
                                                            : std::nullopt;
    case FlowEvent::Released:
        return S::Idle;
    }
    return std::nullopt;
}

bool CandidateFlow::allows(FlowEvent event) const
{
    return next(event).has_value();
}

bool CandidateFlow::apply(FlowEvent event)
{
    auto to = next(event);
    if (!to)
        return false;
    if (event == FlowEvent::Locked)
        m_beforeLock = m_state;
    m_state = *to;
    return true;
}

namespace {
constexpr std::array<std::string_view, 8> stateNames = {
    "Idle",   "Login",  "IdentityCheck", "WaitingForProctor",
    "InExam", "Paused", "Locked",        "Submitted"};
}

std::string_view name(FlowState state)
{
    return stateNames[static_cast<std::size_t>(state)];
}

std::optional<FlowState> flowStateFromName(std::string_view text)
{
    for (std::size_t i = 0; i < stateNames.size(); ++i)
        if (stateNames[i] == text)
            return static_cast<FlowState>(i);
    return std::nullopt;
}

} // namespace examroom
