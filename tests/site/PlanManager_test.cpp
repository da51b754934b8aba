#include "site/AuditLog.h"
#include "site/Outbox.h"
#include "site/PlanManager.h"
#include "SiteTestSupport.h"

#include <nlohmann/json.hpp>

using namespace examroom;
using namespace examroom::site;
using examroom::test::SiteFixture;

TEST_CASE("a confirmed plan is signed by the person and waits in the outbox")
{
    SiteFixture f;
    PlanManager plans(*f.store);
    REQUIRE(plans.receive(f.admin, "P-1", 1, "files", "", "/centre").ok());
    auto confirmed = plans.confirm(f.admin, "P-1", "SITE-9");
    REQUIRE(confirmed.ok());
    CHECK(confirmed.value->kind == PlanManager::confirmationKind);
    CHECK(verifySignature(*confirmed.value));
    CHECK(confirmed.value->signer == f.admin.key().publicKey());
    auto body = nlohmann::json::parse(confirmed.value->body);
    CHECK(body["decision"] == "confirmed");
    CHECK(body["site"] == "SITE-9");
    CHECK(plans.plan("P-1")->decision == PlanDecision::Confirmed);
    auto waiting = Outbox(f.store->database()).waiting();
    REQUIRE(waiting.size() == 1);
    CHECK(waiting[0].contentHash() == confirmed.value->contentHash());
    CHECK(f.store->audit().entries().back().action == "plan-confirm");
    CHECK(f.store->audit().verify().ok);
}

TEST_CASE("a plan is decided once and a refusal needs a reason")
{
    SiteFixture f;
    PlanManager plans(*f.store);
    REQUIRE(plans.receive(f.admin, "P-1", 1, "files", "", "/centre").ok());
    CHECK(plans.refuse(f.admin, "P-1", "S", "  ").outcome.refusal == Refusal::NeedsReason);
    CHECK(plans.plan("P-1")->decision == PlanDecision::Pending);
    auto refused = plans.refuse(f.admin, "P-1", "S", "roster lists 3 candidates twice");
    REQUIRE(refused.ok());
    CHECK(nlohmann::json::parse(refused.value->body)["reason"] ==
          "roster lists 3 candidates twice");
    CHECK(plans.confirm(f.admin, "P-1", "S").outcome.refusal == Refusal::WrongState);
    CHECK(plans.confirm(f.admin, "P-2", "S").outcome.refusal == Refusal::NotFound);
    CHECK(Outbox(f.store->database()).waiting().size() == 1);
}

TEST_CASE("a newer plan version replaces the decision and an older one is refused")
{
    SiteFixture f;
    PlanManager plans(*f.store);
    REQUIRE(plans.receive(f.admin, "P-1", 2, "package", "{}", "").ok());
    REQUIRE(plans.confirm(f.admin, "P-1", "S").ok());
    CHECK(plans.receive(f.admin, "P-1", 2, "package", "{}", "").ok()); // same: no change
    CHECK(plans.plan("P-1")->decision == PlanDecision::Confirmed);
    CHECK(plans.receive(f.admin, "P-1", 1, "package", "{}", "").refusal == Refusal::WrongState);
    REQUIRE(plans.receive(f.admin, "P-1", 3, "package", "{}", "").ok());
    CHECK(plans.plan("P-1")->decision == PlanDecision::Pending);
    CHECK(plans.plan("P-1")->version == 3);
    CHECK(plans.plans().size() == 1);
    CHECK(plans.receive(f.admin, "", 1, "files", "", "/x").refusal == Refusal::InvalidInput);
}

TEST_CASE("a grader may not confirm a plan")
{
    SiteFixture f;
    PlanManager plans(*f.store);
    REQUIRE(plans.receive(f.admin, "P-1", 1, "files", "", "/centre").ok());
    auto grader = f.person("wang", Role::Grader);
    CHECK(plans.confirm(grader, "P-1", "S").outcome.refusal == Refusal::NotPermitted);
}
