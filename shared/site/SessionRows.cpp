#include "site/SessionRows.h"

#include "store/Database.h"

namespace examroom::site {
namespace {

constexpr const char* kCandidateColumns =
    "SELECT ticket_no, name, id_type, id_no, seat_no, status, paused, checked_in_at, "
    "late_override, extension_minutes, warnings, paper_seed FROM session_candidates ";

std::optional<std::chrono::sys_seconds> optionalTime(store::Statement& s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return fromUnix(s.columnInt64(column));
}

SessionCandidate readCandidate(store::Statement& s)
{
    SessionCandidate c;
    c.ticketNo = s.columnText(0);
    c.name = s.columnText(1);
    c.idType = s.columnText(2);
    c.idNo = s.columnText(3);
    if (!s.isNull(4))
        c.seatNo = int(s.columnInt64(4));
    c.status = statusFromName(s.columnText(5)).value_or(CandidateStatus::Expected);
    c.paused = s.columnInt64(6) != 0;
    c.checkedInAt = optionalTime(s, 7);
    c.lateOverride = s.columnText(8);
    c.extensionMinutes = int(s.columnInt64(9));
    c.warnings = int(s.columnInt64(10));
    c.paperSeed = s.columnBlob(11);
    return c;
}

} // namespace

std::optional<SessionInfo> loadSession(store::Database& db, const std::string& sessionId)
{
    auto s = db.prepare(
        "SELECT session_id, plan_id, room_id, subject, window_start, window_end, "
        "late_entry_minutes, duration_minutes, state, proctor, opened_at, started_at, "
        "closed_at, assignment_mode, assignment_seed, spare_seats, auth_failed_attempts, "
        "auth_total_failures, notes FROM exam_sessions WHERE session_id = ?");
    s.bind(1, std::string_view(sessionId));
    if (!s.step())
        return std::nullopt;
    SessionInfo i;
    i.sessionId = s.columnText(0);
    i.planId = s.columnText(1);
    i.roomId = s.columnText(2);
    i.subject = s.columnText(3);
    i.windowStart = fromUnix(s.columnInt64(4));
    i.windowEnd = fromUnix(s.columnInt64(5));
    i.lateEntryMinutes = int(s.columnInt64(6));
    i.durationMinutes = int(s.columnInt64(7));
    i.state = stateFromName(s.columnText(8)).value_or(SessionState::Open);
    i.proctor = s.columnText(9);
    i.openedAt = fromUnix(s.columnInt64(10));
    i.startedAt = optionalTime(s, 11);
    i.closedAt = optionalTime(s, 12);
    i.assignmentMode = s.columnText(13);
    i.assignmentSeed = s.columnBlob(14);
    i.spareSeats = s.columnText(15);
    i.authFailedAttempts = int(s.columnInt64(16));
    i.authTotalFailures = int(s.columnInt64(17));
    i.notes = s.columnText(18);
    return i;
}

std::optional<SessionCandidate> loadCandidate(store::Database& db, const std::string& sessionId,
                                              const std::string& ticketNo)
{
    auto s = db.prepare(std::string(kCandidateColumns) + "WHERE session_id = ? AND ticket_no = ?");
    s.bind(1, std::string_view(sessionId)).bind(2, std::string_view(ticketNo));
    if (!s.step())
        return std::nullopt;
    return readCandidate(s);
}

std::vector<SessionCandidate> loadCandidates(store::Database& db, const std::string& sessionId)
{
    auto s = db.prepare(std::string(kCandidateColumns) + "WHERE session_id = ? ORDER BY ticket_no");
    s.bind(1, std::string_view(sessionId));
    std::vector<SessionCandidate> out;
    while (s.step())
        out.push_back(readCandidate(s));
    return out;
}

} // namespace examroom::site
