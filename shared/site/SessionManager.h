#pragma once

#include "domain/Candidate.h"
#include "domain/ExamPlan.h"
#include "site/Outcome.h"
#include "site/SeatAssignment.h"
#include "site/SessionTypes.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace examroom::site {

class PersonSession;
class SiteStore;

// A session's set-up and check-in (编排考位号, 签到, 缺考). Every change is one transaction
// together with its audit entry.
class SessionManager
{
public:
    explicit SessionManager(SiteStore& store) : m_store(store) {}

    // Opens the knowledge-exam session of `plan` in `roomId` with `roster`, the proctor being
    // `person`; returns its id (planId + "/" + roomId). Refused when the room is not in the
    // plan, the roster is empty or has a ticket twice, or the session exists; nothing stored.
    Result<std::string> openSession(PersonSession& person, const ExamPlan& plan,
                                    const std::string& roomId,
                                    const std::vector<Candidate>& roster);

    // Gives every candidate a seat among the room's usable seats, keeping `spareCount` spare.
    // Random draws a fresh 32-byte seed and records it (the chart can be re-derived from it).
    // Only before the start; re-assigning replaces the previous chart (logged). Refused when
    // there are too few usable seats; nothing is changed then.
    Outcome assignSeats(PersonSession& person, const std::string& sessionId, AssignmentMode mode,
                        int spareCount);

    // Finds a candidate by ticket number, ID number (X in either case) or a scanned QR
    // payload (what a keyboard-wedge scanner types: the ticket number, maybe with a prefix
    // and a line end). Leaves nothing behind.
    std::optional<SessionCandidate> find(const std::string& sessionId, std::string_view query);

    // Marks a candidate present. Before the start, and until the late-entry cut-off after
    // it, plainly; after the cut-off refused (TooLate) unless `lateOverride` gives a reason,
    // which is logged. Refused for a submitted or removed candidate or a closed session.
    Outcome checkIn(PersonSession& person, const std::string& sessionId,
                    const std::string& ticketNo, const std::string& lateOverride = {});

    // Marks a candidate who has not checked in absent (缺考); only once the late-entry
    // cut-off has passed (WrongState before).
    Outcome markAbsent(PersonSession& person, const std::string& sessionId,
                       const std::string& ticketNo);

    std::optional<SessionInfo> session(const std::string& sessionId);
    std::vector<SessionCandidate> candidates(const std::string& sessionId);

private:
    SiteStore& m_store;
};

// "0000-0000-0000" style ID numbers and scanner payloads reduced to what is compared: trimmed,
// upper case, with an "EXAMROOM:" / "TICKET:" prefix dropped.
std::string normalizeQuery(std::string_view query);

} // namespace examroom::site
