#include "PracticalFixture.h"
#include "store/Statement.h"

namespace examroom {
namespace {

using site::Refusal;

int storedMarks(site::SiteStore& store)
{
    auto count = store.database().prepare("SELECT count(*) FROM practical_marks");
    REQUIRE(count.step());
    return int(count.columnInt64(0));
}

struct Drawn : test::PracticalFixture
{
    Drawn() { REQUIRE(manager.drawTasks(proctor, sessionId, "001").ok()); }
    const PracticalTask& k1() { return drawnTask("001", 0); }
    const PracticalTask& k2() { return drawnTask("001", 1); }
};

} // namespace

TEST_CASE_FIXTURE(Drawn, "a deduction above a row's points is refused and nothing is stored")
{
    auto entry = test::cleanMark(k1());
    entry.rows[0].deducted = k1().rows[0].points + 1;
    const auto outcome = manager.submitMark(g1, sessionId, "001", "K1", entry);
    CHECK(outcome.refusal == Refusal::InvalidInput);
    CHECK(outcome.why.find("more than the row's") != std::string::npos);
    CHECK(storedMarks(*store) == 0);
}

TEST_CASE_FIXTURE(Drawn, "a veto without a reason is refused and nothing is stored")
{
    auto entry = test::cleanMark(k2());
    entry.vetoes.push_back({0, "  "});
    const auto outcome = manager.submitMark(g1, sessionId, "001", "K2", entry);
    CHECK(outcome.refusal == Refusal::InvalidInput);
    CHECK(outcome.why.find("has no reason") != std::string::npos);
    CHECK(storedMarks(*store) == 0);
}

TEST_CASE_FIXTURE(Drawn, "a grader cannot mark the same subject twice")
{
    REQUIRE(manager.submitMark(g1, sessionId, "001", "K2", test::cleanMark(k2())).ok());
    const auto again = manager.submitMark(g1, sessionId, "001", "K2", test::cleanMark(k2()));
    CHECK(again.refusal == Refusal::WrongState);
    CHECK(again.why.find("already marked") != std::string::npos);
    CHECK(storedMarks(*store) == 1);
}

TEST_CASE_FIXTURE(Drawn, "a grader not assigned to the session is refused")
{
    const auto outcome =
        manager.submitMark(outsider, sessionId, "001", "K1", test::cleanMark(k1()));
    CHECK(outcome.refusal == Refusal::NotPermitted);
    CHECK(outcome.why.find("not assigned") != std::string::npos);
    CHECK(manager.submitMark(proctor, sessionId, "001", "K1", test::cleanMark(k1())).refusal ==
          Refusal::NotPermitted);
    CHECK(storedMarks(*store) == 0);
}

TEST_CASE_FIXTURE(Drawn, "a third mark of a two-grader subject is refused")
{
    REQUIRE(manager.submitMark(g1, sessionId, "001", "K2", test::cleanMark(k2())).ok());
    REQUIRE(manager.submitMark(g2, sessionId, "001", "K2", test::cleanMark(k2())).ok());
    CHECK(manager.submitMark(chief, sessionId, "001", "K2", test::cleanMark(k2())).refusal ==
          Refusal::WrongState);
}

TEST_CASE_FIXTURE(Drawn, "marking needs a drawn task")
{
    CHECK(manager.submitMark(g1, sessionId, "003", "K1", test::cleanMark(k1())).refusal ==
          Refusal::WrongState);
}

TEST_CASE_FIXTURE(Drawn, "a grader reads back only their own mark and the status hides scores")
{
    auto mine = test::cleanMark(k2());
    mine.rows[0].deducted = 5;
    mine.rows[0].note = "接线不规范";
    REQUIRE(manager.submitMark(g1, sessionId, "001", "K2", mine).ok());
    auto theirs = test::cleanMark(k2());
    theirs.rows[1].deducted = 10;
    REQUIRE(manager.submitMark(g2, sessionId, "001", "K2", theirs).ok());

    auto read = manager.myMark(g1, sessionId, "001", "K2");
    REQUIRE(read.has_value());
    CHECK(read->rows[0].deducted == 5);
    CHECK(read->rows[0].note == "接线不规范");
    CHECK(read->rows[1].deducted == 0);
    CHECK_FALSE(manager.myMark(chief, sessionId, "001", "K2").has_value());
    // A grader may not look at both scores; the chief grader may, once flagged only.
    CHECK(manager.reviewScores(g1, sessionId, "001", "K2").outcome.refusal ==
          Refusal::NotPermitted);
    CHECK(manager.reviewScores(chief, sessionId, "001", "K2").outcome.refusal ==
          Refusal::WrongState);
    const auto status = manager.status(g2, sessionId, "001");
    CHECK(status[1].state == practical::SubjectState::Done);
    CHECK(status[1].markedByMe);
    CHECK(status[0].state == practical::SubjectState::Waiting);
    CHECK_FALSE(status[0].markedByMe);
    // The audit log carries no score either.
    for (const auto& entry : store->audit().entries())
        if (entry.action == "practical-mark")
            CHECK(entry.detail.find("score") == std::string::npos);
}

TEST_CASE_FIXTURE(Drawn, "two marks more than ten apart are flagged and the chief grader decides")
{
    auto lenient = test::cleanMark(k2());
    auto strict = test::cleanMark(k2());
    strict.rows[0].deducted = 11;
    REQUIRE(manager.submitMark(g1, sessionId, "001", "K2", lenient).ok());
    REQUIRE(manager.submitMark(g2, sessionId, "001", "K2", strict).ok());
    CHECK(manager.status(g1, sessionId, "001")[1].state == practical::SubjectState::NeedsReview);
    auto scores = manager.reviewScores(chief, sessionId, "001", "K2");
    REQUIRE(scores.ok());
    CHECK(*scores.value == std::vector<int>{100, 89});

    CHECK(manager.decide(g1, sessionId, "001", "K2", 190, "x").refusal == Refusal::NotPermitted);
    CHECK(manager.decide(chief, sessionId, "001", "K2", 190, "").refusal == Refusal::NeedsReason);
    REQUIRE(manager.decide(chief, sessionId, "001", "K2", 190, "复核录像，接线规范").ok());
    CHECK(manager.status(g1, sessionId, "001")[1].state == practical::SubjectState::Done);
    bool logged = false;
    for (const auto& entry : store->audit().entries())
        logged =
            logged || (entry.action == "practical-decide" && entry.reason == "复核录像，接线规范");
    CHECK(logged);
}

TEST_CASE_FIXTURE(Drawn, "a re-mark opens a new round for both graders")
{
    auto strict = test::cleanMark(k2());
    strict.rows[0].deducted = 20;
    REQUIRE(manager.submitMark(g1, sessionId, "001", "K2", test::cleanMark(k2())).ok());
    REQUIRE(manager.submitMark(g2, sessionId, "001", "K2", strict).ok());
    CHECK(manager.requestRemark(chief, sessionId, "001", "K2", "").refusal == Refusal::NeedsReason);
    REQUIRE(manager.requestRemark(chief, sessionId, "001", "K2", "分差超过10分，重新评分").ok());
    auto status = manager.status(g1, sessionId, "001");
    CHECK(status[1].round == 2);
    CHECK(status[1].marksIn == 0);
    CHECK_FALSE(manager.myMark(g1, sessionId, "001", "K2").has_value());
    auto fair = test::cleanMark(k2());
    fair.rows[0].deducted = 5;
    REQUIRE(manager.submitMark(g1, sessionId, "001", "K2", fair).ok());
    REQUIRE(manager.submitMark(g2, sessionId, "001", "K2", fair).ok());
    CHECK(manager.status(g1, sessionId, "001")[1].state == practical::SubjectState::Done);
    CHECK(storedMarks(*store) == 4); // the first round stays on record
}

TEST_CASE_FIXTURE(Drawn, "a machine score needs its source and replaces grading for the subject")
{
    CHECK(manager.enterMachineScore(proctor, sessionId, "001", "K3", 170, "").refusal ==
          Refusal::NeedsReason);
    CHECK(manager.enterMachineScore(proctor, sessionId, "001", "K3", 201, "仿真站 3").refusal ==
          Refusal::InvalidInput);
    CHECK(manager.enterMachineScore(outsider, sessionId, "001", "K3", 170, "仿真站 3").refusal ==
          Refusal::NotPermitted);
    REQUIRE(manager.enterMachineScore(proctor, sessionId, "001", "K3", 170, "仿真站 3").ok());
    CHECK(manager.submitMark(g1, sessionId, "001", "K3", test::cleanMark(drawnTask("001", 2)))
              .refusal == Refusal::WrongState);
    CHECK(manager.status(g1, sessionId, "001")[2].state == practical::SubjectState::Done);
}

} // namespace examroom
