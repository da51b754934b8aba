#pragma once

#include <optional>
#include <string_view>

namespace examroom {

// Where the candidate is on the kiosk (the screens of DESIGN.md §7).
enum class FlowState {
    Idle,              // seat number, room, 等待开考
    Login,             // admission ticket number + ID number
    IdentityCheck,     // the identity card: 信息无误 / 信息有误，请举手
    WaitingForProctor, // confirmed; waits for the proctor to open the exam
    InExam,
    Paused,    // stopped by the proctor; the clock stands still
    Locked,    // locked by the proctor (e.g. the candidate moved to another seat)
    Submitted, // score and confirmation sheet
};

// What may happen to the flow.
enum class FlowEvent {
    SessionReady,      // provisioned: Idle → Login
    LoginAccepted,     // Login → IdentityCheck
    IdentityConfirmed, // IdentityCheck → WaitingForProctor
    IdentityRejected,  // IdentityCheck → Login (the candidate raised a hand; the proctor helps)
    ExamOpened,        // WaitingForProctor → InExam
    Paused,            // InExam → Paused
    Resumed,           // Paused → InExam
    Locked,            // any state but Submitted → Locked
    Unlocked,          // Locked → the state before the lock
    Submitted,         // InExam or Paused → Submitted
    Released,          // any → Idle (the proctor released the seat)
};

// The candidate's flow as a state machine; every transition not listed above is refused.
class CandidateFlow
{
public:
    FlowState state() const { return m_state; }

    // Applies `event`; returns false and changes nothing when the event is not allowed now.
    [[nodiscard]] bool apply(FlowEvent event);
    // True when `event` would be accepted in the current state.
    bool allows(FlowEvent event) const;

    // Puts the flow in `state` directly, for recovery after a restart.
    void restore(FlowState state) { m_state = state; }
    // The same for a locked seat: `beforeLock` is where Unlocked returns to.
    void restoreLocked(FlowState beforeLock)
    {
        m_state = FlowState::Locked;
        m_beforeLock = beforeLock;
    }

private:
    std::optional<FlowState> next(FlowEvent event) const;

    FlowState m_state = FlowState::Idle;
    FlowState m_beforeLock = FlowState::Idle;
};

// "InExam", for logs and the room link.
std::string_view name(FlowState state);
std::optional<FlowState> flowStateFromName(std::string_view name);

} // namespace examroom
