#pragma once

#include "site/Outcome.h"

#include <string>
#include <string_view>

namespace examroom::site {

class AccountManager;
class PersonSession;
class SiteStore;

// Incidents during the exam, each for a present candidate of a started session, each with a
// reason, each one transaction with its row in `incidents` and its audit entry; refused
// (NeedsReason, WrongState, NotFound…) with nothing changed.
class IncidentManager
{
public:
    explicit IncidentManager(SiteStore& store) : m_store(store) {}

    // 延时: adds 1..120 minutes to the candidate's time.
    Outcome extend(PersonSession& person, const std::string& sessionId, const std::string& ticketNo,
                   int minutes, const std::string& reason);
    Outcome pause(PersonSession& person, const std::string& sessionId, const std::string& ticketNo,
                  const std::string& reason);
    Outcome resume(PersonSession& person, const std::string& sessionId, const std::string& ticketNo,
                   const std::string& reason);
    // 换机续考: moves the candidate to one of the session's spare seats; the old seat is
    // locked (out of use for the rest of the day) and the spare is used up.
    Outcome moveSeat(PersonSession& person, const std::string& sessionId,
                     const std::string& ticketNo, int toSeat, const std::string& reason);
    // The proctor submits for the candidate (the kiosk is told by the room link).
    Outcome forceSubmit(PersonSession& person, const std::string& sessionId,
                        const std::string& ticketNo, const std::string& reason);
    // 违纪警告 (104号 §21).
    Outcome warn(PersonSession& person, const std::string& sessionId, const std::string& ticketNo,
                 const std::string& reason);
    // 取消考试资格: removal with the sitting's score cancelled. Needs a second staff member
    // (a different proctor or administrator) to give their password; their key cosigns the
    // removal statement, kept in the audit entry. A wrong second password counts against that
    // account like a login.
    Outcome remove(PersonSession& person, const std::string& sessionId, const std::string& ticketNo,
                   const std::string& reason, AccountManager& accounts,
                   const std::string& secondStaff, std::string_view secondPassword);

    // The exact text the second staff member's key signs for a removal (shown on screen to be
    // read back before it is final).
    static std::string removalStatement(const std::string& sessionId, const std::string& ticketNo,
                                        const std::string& reason, const std::string& proctor);

private:
    SiteStore& m_store;
};

} // namespace examroom::site
