#pragma once

#include "documents/SignedDocument.h"
#include "site/Outcome.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace examroom::site {

class PersonSession;
class SiteStore;

enum class PlanDecision { Pending, Confirmed, Refused };

// A plan as the console holds it.
struct PlanRecord
{
    std::string planId;
    int version = 0;
    std::string source;   // "package" or "files"
    std::string package;  // the signed package (SignedDocument JSON), source "package"
    std::string filesDir; // the centre's files folder, source "files"
    std::chrono::sys_seconds receivedAt{};
    PlanDecision decision = PlanDecision::Pending;
    std::string decidedBy;
    std::string reason;
};

// 接收考试计划 → 核对确认: the plans the console received, and the proctor's signed answer to
// each, queued in the outbox for the centre. Every change is one transaction with its audit
// entry.
class PlanManager
{
public:
    static constexpr std::string_view confirmationKind = "plan-confirmation";

    explicit PlanManager(SiteStore& store) : m_store(store) {}

    // Records a received plan. The same plan and version again changes nothing; a newer
    // version replaces the stored one and its decision (logged); an older one is refused
    // (WrongState). `source` is "package" (with `package`) or "files" (with `filesDir`).
    Outcome receive(PersonSession& person, const std::string& planId, int version,
                    const std::string& source, const std::string& package,
                    const std::string& filesDir);

    // 确认: signs {"plan", "version", "decision": "confirmed", "by", "at", "site"} with the
    // person's key as a "plan-confirmation" document, stores the decision and queues the
    // document in the outbox. Refused for an unknown plan (NotFound) or one already decided
    // (WrongState); nothing changes then.
    Result<SignedDocument> confirm(PersonSession& person, const std::string& planId,
                                   const std::string& siteId);

    // Refuses the plan with a reason (NeedsReason without one): the same document with
    // "decision": "refused" and the reason.
    Result<SignedDocument> refuse(PersonSession& person, const std::string& planId,
                                  const std::string& siteId, const std::string& reason);

    std::vector<PlanRecord> plans();
    std::optional<PlanRecord> plan(const std::string& planId);

private:
    Result<SignedDocument> decide(PersonSession& person, const std::string& planId,
                                  const std::string& siteId, PlanDecision decision,
                                  const std::string& reason);

    SiteStore& m_store;
};

std::string_view planDecisionName(PlanDecision decision);

} // namespace examroom::site
