#pragma once

#include "documents/SignedDocument.h"
#include "site/Outcome.h"

#include <optional>
#include <string>
#include <vector>

namespace examroom::site {

class PersonSession;
class SiteStore;

// 考场记录 and the close of a session.
class CloseManager
{
public:
    static constexpr std::string_view recordKind = "session-record";

    explicit CloseManager(SiteStore& store) : m_store(store) {}

    // The candidates that stop the close: neither submitted, absent nor removed.
    std::vector<std::string> blockingCandidates(const std::string& sessionId);

    // The record body (canonical JSON): session, plan, room, subject, staff, times, seats
    // with their candidate and status, absentees, removed, incidents, extensions, notes and
    // the audit head it closes on. Throws StoreError on a read failure.
    std::string recordBody(const std::string& sessionId, const std::string& notes,
                           const std::string& closedBy);

    // Closes the session: refused (WrongState) while any candidate blocks or when not started;
    // otherwise the proctor countersigns the record with their person key, and the record,
    // the closed state and the audit entry are stored in one transaction. Returns the signed
    // record for the agent's outbox. Nothing changes when refused.
    Result<SignedDocument> close(PersonSession& person, const std::string& sessionId,
                                 const std::string& notes);

    // The countersigned record of a closed session (nullopt before the close). Throws
    // StoreError on a read failure.
    std::optional<SignedDocument> record(const std::string& sessionId);

private:
    SiteStore& m_store;
};

} // namespace examroom::site
