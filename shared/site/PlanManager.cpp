#include "site/PlanManager.h"

#include "site/Outbox.h"
#include "site/PersonSession.h"
#include "site/SessionRows.h"
#include "site/SiteStore.h"
#include "store/Transaction.h"
#include "util/Clock.h"
#include "util/IsoTime.h"

#include <nlohmann/json.hpp>

namespace examroom::site {
namespace {

PlanDecision decisionFromName(const std::string& name)
{
    if (name == "confirmed")
        return PlanDecision::Confirmed;
    if (name == "refused")
        return PlanDecision::Refused;
    return PlanDecision::Pending;
}

PlanRecord readPlan(store::Statement& read)
{
    PlanRecord p;
    p.planId = read.columnText(0);
    p.version = static_cast<int>(read.columnInt64(1));
    p.source = read.columnText(2);
    p.package = read.columnText(3);
    p.filesDir = read.columnText(4);
    p.receivedAt = fromUnix(read.columnInt64(5));
    p.decision = decisionFromName(read.columnText(6));
    p.decidedBy = read.isNull(7) ? std::string() : read.columnText(7);
    p.reason = read.columnText(8);
    return p;
}

constexpr const char* kSelect = "SELECT plan_id, version, source, package, files_dir, received_at, "
                                "decision, decided_by, reason FROM plans";

} // namespace

std::string_view planDecisionName(PlanDecision decision)
{
    switch (decision) {
    case PlanDecision::Confirmed:
        return "confirmed";
    case PlanDecision::Refused:
        return "refused";
    case PlanDecision::Pending:
        break;
    }
    return "pending";
}

Outcome PlanManager::receive(PersonSession& person, const std::string& planId, int version,
                             const std::string& source, const std::string& package,
                             const std::string& filesDir)
{
    if (auto gate = m_store.admit(person); !gate)
        return gate;
    if (planId.empty() || version < 1 || (source != "package" && source != "files") ||
        (source == "package" && package.empty()) || (source == "files" && filesDir.empty()))
        return Outcome::refused(Refusal::InvalidInput,
                                "a plan needs an id, a version and its source");
    auto existing = plan(planId);
    if (existing && existing->version == version)
        return Outcome::success();
    if (existing && existing->version > version)
        return Outcome::refused(Refusal::WrongState, "a newer version of this plan (" +
                                                         std::to_string(existing->version) +
                                                         ") is already here");
    auto& db = m_store.database();
    store::Transaction tx(db);
    auto remove = db.prepare("DELETE FROM plans WHERE plan_id = ?");
    remove.bind(1, std::string_view(planId));
    remove.execute();
    auto insert = db.prepare("INSERT INTO plans (plan_id, version, source, package, files_dir, "
                             "received_at) VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, std::string_view(planId))
        .bind(2, version)
        .bind(3, std::string_view(source))
        .bind(4, std::string_view(package))
        .bind(5, std::string_view(filesDir))
        .bind(6, unixSeconds(m_store.clock().now()));
    insert.execute();
    m_store.audit().appendWithin(person.name(), person.key(), "plan-receive", planId, "",
                                 nlohmann::json{{"version", version},
                                                {"source", source},
                                                {"replaces", existing ? existing->version : 0}}
                                     .dump());
    tx.commit();
    return Outcome::success();
}

Result<SignedDocument> PlanManager::confirm(PersonSession& person, const std::string& planId,
                                            const std::string& siteId)
{
    return decide(person, planId, siteId, PlanDecision::Confirmed, {});
}

Result<SignedDocument> PlanManager::refuse(PersonSession& person, const std::string& planId,
                                           const std::string& siteId, const std::string& reason)
{
    if (reason.find_first_not_of(" \t\r\n") == std::string::npos)
        return Result<SignedDocument>::refused(
            Outcome::refused(Refusal::NeedsReason, "a refusal needs a reason"));
    return decide(person, planId, siteId, PlanDecision::Refused, reason);
}

Result<SignedDocument> PlanManager::decide(PersonSession& person, const std::string& planId,
                                           const std::string& siteId, PlanDecision decision,
                                           const std::string& reason)
{
    using R = Result<SignedDocument>;
    if (auto gate = m_store.admit(person); !gate)
        return R::refused(gate);
    auto current = plan(planId);
    if (!current)
        return R::refused(Outcome::refused(Refusal::NotFound, "no plan " + planId));
    if (current->decision != PlanDecision::Pending)
        return R::refused(Outcome::refused(Refusal::WrongState,
                                           "this plan was already " +
                                               std::string(planDecisionName(current->decision))));
    const auto now = m_store.clock().now();
    const std::string at = OffsetTime{now, std::chrono::minutes{0}}.toIso();
    const std::string name(planDecisionName(decision));
    nlohmann::json body{{"plan", planId},   {"version", current->version}, {"decision", name},
                        {"reason", reason}, {"by", person.name()},         {"at", at},
                        {"site", siteId}};
    // One answer per plan version: the id is what the centre's hub deduplicates on.
    SignedDocument document =
        signDocument(std::string(confirmationKind),
                     planId + "/v" + std::to_string(current->version), body.dump(), person.key());

    auto& db = m_store.database();
    store::Transaction tx(db);
    auto update = db.prepare("UPDATE plans SET decision = ?, decided_by = ?, decided_at = ?, "
                             "reason = ? WHERE plan_id = ?");
    update.bind(1, std::string_view(name))
        .bind(2, std::string_view(person.name()))
        .bind(3, unixSeconds(now))
        .bind(4, std::string_view(reason))
        .bind(5, std::string_view(planId));
    update.execute();
    Outbox(db).queue(document, now);
    m_store.audit().appendWithin(
        person.name(), person.key(),
        decision == PlanDecision::Confirmed ? "plan-confirm" : "plan-refuse", planId, reason,
        nlohmann::json{{"version", current->version}, {"document", document.contentHash()}}.dump());
    tx.commit();
    return R::success(std::move(document));
}

std::vector<PlanRecord> PlanManager::plans()
{
    std::vector<PlanRecord> out;
    auto read = m_store.database().prepare(std::string(kSelect) + " ORDER BY received_at, plan_id");
    while (read.step())
        out.push_back(readPlan(read));
    return out;
}

std::optional<PlanRecord> PlanManager::plan(const std::string& planId)
{
    auto read = m_store.database().prepare(std::string(kSelect) + " WHERE plan_id = ?");
    read.bind(1, std::string_view(planId));
    if (!read.step())
        return std::nullopt;
    return readPlan(read);
}

} // namespace examroom::site
