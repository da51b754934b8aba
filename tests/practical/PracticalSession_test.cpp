#include "crypto/Hex.h"
#include "practical/Attempts.h"
#include "PracticalFixture.h"

#include <algorithm>
#include <set>

namespace examroom {
namespace {

using site::Refusal;

const practical::PracticalCandidate& find(const std::vector<practical::PracticalCandidate>& all,
                                          const std::string& ticket)
{
    auto it =
        std::find_if(all.begin(), all.end(), [&](const auto& c) { return c.ticketNo == ticket; });
    REQUIRE(it != all.end());
    return *it;
}

bool logged(site::SiteStore& store, const std::string& action, const std::string& reason = {})
{
    for (const auto& entry : store.audit().entries())
        if (entry.action == action && (reason.empty() || entry.reason == reason))
            return true;
    return false;
}

} // namespace

TEST_CASE_FIXTURE(test::PracticalFixture,
                  "only candidates with a knowledge pass here are eligible and the others say why")
{
    const auto all = manager.candidates(sessionId);
    REQUIRE(all.size() == 3);
    CHECK(find(all, "001").eligible);
    CHECK(find(all, "003").eligible);
    CHECK(find(all, "003").attempt == 2);
    CHECK_FALSE(find(all, "002").eligible);
    CHECK(find(all, "002").reason.find("no knowledge pass") != std::string::npos);
    CHECK(find(all, "001").reasonCode == practical::EligibilityReason::KnowledgePassedHere);
    CHECK(find(all, "003").reasonCode == practical::EligibilityReason::KnowledgePassedHere);
    CHECK(find(all, "002").reasonCode == practical::EligibilityReason::NoKnowledgePass);
    // Not eligible: no draw.
    CHECK(manager.drawTasks(proctor, sessionId, "002").refusal == Refusal::WrongState);
}

TEST_CASE_FIXTURE(test::PracticalFixture,
                  "the proctor marks a candidate eligible only with a reason and it is logged")
{
    CHECK(manager.markEligible(proctor, sessionId, "002", " ").refusal == Refusal::NeedsReason);
    CHECK_FALSE(find(manager.candidates(sessionId), "002").eligible);
    CHECK(manager.markEligible(g1, sessionId, "002", "passed 2026-11").refusal ==
          Refusal::NotPermitted);
    REQUIRE(manager.markEligible(proctor, sessionId, "002", "理论考试 2026-11 已合格").ok());
    const auto c = find(manager.candidates(sessionId), "002");
    CHECK(c.eligible);
    CHECK(c.reason.find("理论考试 2026-11 已合格") != std::string::npos);
    CHECK(c.reasonCode == practical::EligibilityReason::MarkedByProctor);
    CHECK(c.reasonNote == "理论考试 2026-11 已合格");
    CHECK(logged(*store, "practical-mark-eligible", "理论考试 2026-11 已合格"));
}

TEST_CASE_FIXTURE(test::PracticalFixture,
                  "a knowledge pass arriving later makes the candidate eligible")
{
    REQUIRE(manager.recordKnowledgeSheet(proctor, knowledgeSheet("K002", "ID002", true)).ok());
    const auto c = find(manager.candidates(sessionId), "002");
    CHECK(c.eligible);
    CHECK(c.reasonCode == practical::EligibilityReason::KnowledgePassedHere);
}

TEST_CASE_FIXTURE(test::PracticalFixture,
                  "a failed knowledge exam and a failed make-up give their own reason codes")
{
    REQUIRE(manager.recordKnowledgeSheet(proctor, knowledgeSheet("K4", "ID004", false)).ok());
    REQUIRE(manager.recordKnowledgeSheet(proctor, knowledgeSheet("K5", "ID005", false)).ok());
    REQUIRE(manager.recordKnowledgeSheet(proctor, knowledgeSheet("K5b", "ID005", false, 2)).ok());
    auto opened = manager.openSession(
        proctor, "P-CODES", "SITE-01", rubric,
        {test::candidate("004", "戊", "ID004"), test::candidate("005", "己", "ID005", true)});
    REQUIRE(opened.ok());
    const auto all = manager.candidates(*opened.value);
    CHECK(find(all, "004").reasonCode == practical::EligibilityReason::KnowledgeNeedsMakeUp);
    CHECK(find(all, "005").reasonCode == practical::EligibilityReason::KnowledgeRetrain);
}

TEST_CASE("every eligibility reason code reads back from its stored name")
{
    using R = practical::EligibilityReason;
    std::set<std::string_view> names;
    for (R code :
         {R::KnowledgePassedHere, R::MarkedByProctor, R::PracticalPassed, R::PracticalMakeUpOnly,
          R::PracticalRetrain, R::KnowledgeNeedsMakeUp, R::KnowledgeRetrain, R::NoKnowledgePass}) {
        const auto name = practical::eligibilityReasonName(code);
        CHECK(names.insert(name).second);
        CHECK(practical::eligibilityReasonFromName(name) == code);
    }
    CHECK_FALSE(practical::eligibilityReasonFromName("marked by admin"));
    CHECK_FALSE(practical::eligibilityReasonFromName(""));
}

TEST_CASE_FIXTURE(test::PracticalFixture, "a knowledge sheet with a broken signature is refused")
{
    auto sheet = knowledgeSheet("K002", "ID002", true);
    sheet.body[10] ^= 1;
    CHECK(manager.recordKnowledgeSheet(proctor, sheet).refusal == Refusal::InvalidInput);
    CHECK(manager.standing("ID002", practical::ExamPart::Knowledge) ==
          practical::AttemptStanding::None);
}

TEST_CASE_FIXTURE(test::PracticalFixture,
                  "the system draw records one task per subject with its seed and is reproducible")
{
    REQUIRE(manager.drawTasks(proctor, sessionId, "001").ok());
    const auto draws = manager.draws(sessionId, "001");
    REQUIRE(draws.size() == 4);
    REQUIRE(draws[0].seed.has_value());
    const auto again = practicalTaskDraw(rubric, *draws[0].seed);
    for (std::size_t i = 0; i < draws.size(); ++i) {
        CHECK(draws[i].method == practical::DrawMethod::System);
        CHECK(draws[i].taskIndex == again[i]);
        CHECK(draws[i].recordedBy == "proctor");
    }
    CHECK(manager.drawTasks(proctor, sessionId, "001").refusal == Refusal::WrongState);
    CHECK(logged(*store, "practical-draw"));
}

TEST_CASE_FIXTURE(test::PracticalFixture, "the lot a candidate drew is recorded per subject")
{
    CHECK(manager.recordLot(proctor, sessionId, "001", "K1", "K99").refusal ==
          Refusal::InvalidInput);
    REQUIRE(manager.recordLot(proctor, sessionId, "001", "K1", "K13").ok());
    const auto draws = manager.draws(sessionId, "001");
    REQUIRE(draws.size() == 1);
    CHECK(draws[0].method == practical::DrawMethod::Lot);
    CHECK(draws[0].taskIndex == 2);
    CHECK_FALSE(draws[0].seed.has_value());
    CHECK(manager.recordLot(proctor, sessionId, "001", "K1", "K11").refusal == Refusal::WrongState);
}

TEST_CASE_FIXTURE(test::PracticalFixture, "only grader accounts are assigned to a session")
{
    CHECK(manager.assignGrader(proctor, sessionId, "proctor").refusal == Refusal::InvalidInput);
    CHECK(manager.assignGrader(proctor, sessionId, "nobody").refusal == Refusal::NotFound);
    CHECK(manager.assignGrader(g1, sessionId, "outsider").refusal == Refusal::NotPermitted);
    const auto graders = manager.graders(sessionId);
    CHECK(graders == std::vector<std::string>{"chief", "g1", "g2"});
    // The chief grader is named as such; g1 made chief replaces its plain assignment.
    auto assigned = manager.assignments(sessionId);
    REQUIRE(assigned.size() == 3);
    CHECK((assigned[0].name == "chief" && assigned[0].chief));
    CHECK((assigned[1].name == "g1" && !assigned[1].chief));
    REQUIRE(manager.assignGrader(proctor, sessionId, "g1", true).ok());
    assigned = manager.assignments(sessionId);
    REQUIRE(assigned.size() == 3);
    CHECK(assigned[1].chief);
    CHECK(manager.assignments("P9/practical").empty());
}

TEST_CASE_FIXTURE(test::PracticalFixture, "a session is open until its close")
{
    CHECK(manager.isOpen(sessionId));
    CHECK_FALSE(manager.isOpen("P9/practical"));
    REQUIRE(manager.close(proctor, sessionId).ok());
    CHECK_FALSE(manager.isOpen(sessionId));
}

TEST_CASE_FIXTURE(test::PracticalFixture, "a second practical session of the same plan is refused")
{
    auto again =
        manager.openSession(proctor, "P1", "SITE-01", rubric, {test::candidate("9", "x", "ID9")});
    CHECK(again.outcome.refusal == Refusal::WrongState);
    auto broken = rubric;
    broken.subjects[0].weight = 25;
    CHECK(manager.openSession(proctor, "P2", "SITE-01", broken, {test::candidate("9", "x", "ID9")})
              .outcome.refusal == Refusal::InvalidInput);
}

} // namespace examroom
