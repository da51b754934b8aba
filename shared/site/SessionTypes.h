#pragma once

#include "crypto/Bytes.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace examroom::site {

enum class SessionState { Open, Started, Closed };
// expected → present → submitted | removed; expected → absent (缺考) → present (late override)
enum class CandidateStatus { Expected, Present, Absent, Submitted, Removed };

std::string_view stateName(SessionState state);
std::string_view statusName(CandidateStatus status);
// The Chinese label for the seat map and the record.
std::string_view statusLabel(CandidateStatus status);
std::optional<SessionState> stateFromName(std::string_view name);
std::optional<CandidateStatus> statusFromName(std::string_view name);

// One sitting of the knowledge exam in one room, as site.db holds it.
struct SessionInfo
{
    std::string sessionId; // planId + "/" + roomId
    std::string planId;
    std::string roomId;
    std::string subject;
    std::chrono::sys_seconds windowStart{};
    std::chrono::sys_seconds windowEnd{};
    int lateEntryMinutes = 15;
    int durationMinutes = 120;
    SessionState state = SessionState::Open;
    std::string proctor;
    std::chrono::sys_seconds openedAt{};
    std::optional<std::chrono::sys_seconds> startedAt;
    std::optional<std::chrono::sys_seconds> closedAt;
    std::string assignmentMode; // "", "random", "ticket-order"
    crypto::ByteVector assignmentSeed;
    std::string spareSeats; // comma-separated seat numbers
    int authFailedAttempts = 0;
    int authTotalFailures = 0;
    std::string notes;

    // The late-entry cut-off: lateEntryMinutes after the exam was opened with the
    // authorization password; nullopt before that (check-in is open until the start).
    std::optional<std::chrono::sys_seconds> lateEntryCutoff() const
    {
        if (!startedAt)
            return std::nullopt;
        return *startedAt + std::chrono::minutes{lateEntryMinutes};
    }
};

// One candidate of a session.
struct SessionCandidate
{
    std::string ticketNo;
    std::string name;
    std::string idType;
    std::string idNo;
    std::optional<int> seatNo;
    CandidateStatus status = CandidateStatus::Expected;
    bool paused = false;
    std::optional<std::chrono::sys_seconds> checkedInAt;
    std::string lateOverride; // the reason a late candidate was let in
    int extensionMinutes = 0;
    int warnings = 0;
    crypto::ByteVector paperSeed; // empty until issued
};

} // namespace examroom::site
