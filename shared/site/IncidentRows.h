#pragma once

#include "site/Outcome.h"
#include "site/SessionTypes.h"

#include <optional>
#include <string>

namespace examroom::site {

class PersonSession;
class SiteStore;

// The session and candidate an incident is about.
struct IncidentTarget
{
    SessionInfo session;
    SessionCandidate candidate;
};

// The common preconditions of an incident (IncidentManager, the paper fallback): the person
// admitted, a reason, a started session and a present candidate. Leaves nothing behind.
Result<IncidentTarget> incidentTarget(SiteStore& store, PersonSession& person,
                                      const std::string& sessionId, const std::string& ticketNo,
                                      const std::string& reason);

// Adds a row to `incidents` (the record lists them) within the caller's transaction. Throws
// StoreError; the caller's transaction decides what stays.
void recordIncident(SiteStore& store, const PersonSession& person, const std::string& sessionId,
                    const std::string& ticketNo, const std::string& kind, int minutes,
                    std::optional<int> fromSeat, std::optional<int> toSeat,
                    const std::string& reason, const std::string& cosigner = {});

} // namespace examroom::site
