// A printed form saved to a file the proctor named is on record (site::recordFormSaved).
#include "site/SavedForms.h"
#include "SiteTestSupport.h"

#include <nlohmann/json.hpp>

using namespace examroom;
using namespace examroom::site;
using examroom::test::SiteFixture;

namespace {

std::vector<AuditEntry> saved(SiteStore& store)
{
    std::vector<AuditEntry> out;
    for (const auto& e : store.audit().entries())
        if (e.action == "form-saved")
            out.push_back(e);
    return out;
}

} // namespace

TEST_CASE("a form saved where the proctor chose is recorded in the audit log with its path")
{
    SiteFixture f;
    auto li = f.person("li", Role::Proctor);
    REQUIRE(recordFormSaved(*f.store, li, "score-list", "P1/R1", "/media/usb/list.pdf").ok());
    const auto entries = saved(*f.store);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].actor == "li");
    CHECK(entries[0].subject == "score-list");
    const auto detail = nlohmann::json::parse(entries[0].detail);
    CHECK(detail["path"] == "/media/usb/list.pdf");
    CHECK(detail["session"] == "P1/R1");
    CHECK(f.store->audit().verify().ok);
}

TEST_CASE("a saved form is refused without a path or from a grader or a locked console")
{
    SiteFixture f;
    auto li = f.person("li", Role::Proctor);
    auto zhang = f.person("zhang", Role::Grader);
    CHECK(recordFormSaved(*f.store, li, "score-list", "P1/R1", "").refusal ==
          Refusal::InvalidInput);
    CHECK(recordFormSaved(*f.store, li, "", "P1/R1", "/x.pdf").refusal == Refusal::InvalidInput);
    CHECK(recordFormSaved(*f.store, zhang, "score-list", "P1/R1", "/x.pdf").refusal ==
          Refusal::NotPermitted);
    f.advance(f.store->options().inactivityLimit + std::chrono::seconds(1));
    CHECK(recordFormSaved(*f.store, li, "score-list", "P1/R1", "/x.pdf").refusal ==
          Refusal::SessionLocked);
    CHECK(saved(*f.store).empty());
}
