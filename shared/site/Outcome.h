#pragma once

#include <optional>
#include <string>
#include <utility>

namespace examroom::site {

// Why the console refused an action. Refusals are ordinary outcomes (a wrong password, a
// candidate who came too late), never exceptions.
enum class Refusal {
    None,
    NotPermitted,    // the person's role may not do this
    SessionLocked,   // the console locked itself after inactivity: log in again
    NotFound,        // no such account, candidate, seat or session
    WrongState,      // e.g. check-in after close, start twice
    TooLate,         // after the late-entry cut-off, without an override
    TooEarly,        // before the plan's exam window, without an administrator's override
    WrongPassword,   // counted, and logged
    RateLimited,     // too many wrong passwords: wait until `retryAt`
    SeatUnavailable, // seat taken, locked, failed its check, or not a spare
    NeedsReason,     // an override or incident without a reason
    InvalidInput,    // malformed input (empty name, negative minutes…)
};

// The outcome of an action: success, or a refusal with a message for the proctor.
struct [[nodiscard]] Outcome
{
    Refusal refusal = Refusal::None;
    std::string why;
    // For RateLimited: when another attempt is accepted (Unix seconds).
    long long retryAt = 0;

    bool ok() const { return refusal == Refusal::None; }
    explicit operator bool() const { return ok(); }

    static Outcome success() { return {}; }
    static Outcome refused(Refusal refusal, std::string why, long long retryAt = 0)
    {
        return {refusal, std::move(why), retryAt};
    }
};

// An outcome that carries a value on success.
template <typename T> struct [[nodiscard]] Result
{
    std::optional<T> value;
    Outcome outcome;

    bool ok() const { return value.has_value(); }
    explicit operator bool() const { return ok(); }

    static Result success(T v) { return {std::move(v), Outcome::success()}; }
    static Result refused(Outcome o) { return {std::nullopt, std::move(o)}; }
};

} // namespace examroom::site
