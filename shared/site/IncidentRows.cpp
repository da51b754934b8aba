#include "site/IncidentRows.h"

#include "site/PersonSession.h"
#include "site/SessionRows.h"
#include "site/SiteStore.h"
#include "util/Clock.h"

namespace examroom::site {

Result<IncidentTarget> incidentTarget(SiteStore& store, PersonSession& person,
                                      const std::string& sessionId, const std::string& ticketNo,
                                      const std::string& reason)
{
    using R = Result<IncidentTarget>;
    if (auto gate = store.admit(person); !gate)
        return R::refused(gate);
    if (reason.empty())
        return R::refused(Outcome::refused(Refusal::NeedsReason, "请填写原因"));
    auto session = loadSession(store.database(), sessionId);
    if (!session)
        return R::refused(Outcome::refused(Refusal::NotFound, "no session " + sessionId));
    if (session->state != SessionState::Started)
        return R::refused(Outcome::refused(Refusal::WrongState, "the exam is not running"));
    auto candidate = loadCandidate(store.database(), sessionId, ticketNo);
    if (!candidate)
        return R::refused(Outcome::refused(Refusal::NotFound, "no candidate " + ticketNo));
    if (candidate->status != CandidateStatus::Present)
        return R::refused(
            Outcome::refused(Refusal::WrongState, "candidate " + ticketNo + " is " +
                                                      std::string(statusLabel(candidate->status))));
    return R::success({std::move(*session), std::move(*candidate)});
}

void recordIncident(SiteStore& store, const PersonSession& person, const std::string& sessionId,
                    const std::string& ticketNo, const std::string& kind, int minutes,
                    std::optional<int> fromSeat, std::optional<int> toSeat,
                    const std::string& reason, const std::string& cosigner)
{
    auto insert = store.database().prepare(
        "INSERT INTO incidents (session_id, ticket_no, kind, minutes, from_seat, to_seat, reason, "
        "actor, cosigner, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, std::string_view(sessionId))
        .bind(2, std::string_view(ticketNo))
        .bind(3, std::string_view(kind))
        .bind(4, minutes)
        .bind(5, fromSeat)
        .bind(6, toSeat)
        .bind(7, std::string_view(reason))
        .bind(8, std::string_view(person.name()));
    if (cosigner.empty())
        insert.bindNull(9);
    else
        insert.bind(9, std::string_view(cosigner));
    insert.bind(10, unixSeconds(store.clock().now()));
    insert.execute();
}

} // namespace examroom::site
