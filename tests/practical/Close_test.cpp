#include "practical/MarkDocument.h"
#include "practical/PracticalSheet.h"
#include "PracticalFixture.h"

namespace examroom {
namespace {

using site::Refusal;

} // namespace

TEST_CASE_FIXTURE(test::PracticalFixture, "the result weighs the subjects once all are scored")
{
    REQUIRE(manager.drawTasks(proctor, sessionId, "001").ok());
    CHECK(manager.result(sessionId, "001").outcome.refusal == Refusal::WrongState);
    markAll("001", 10); // every subject 90
    auto result = manager.result(sessionId, "001");
    REQUIRE(result.ok());
    CHECK(result.value->total200ths == 18000);
    CHECK(result.value->passed);
}

TEST_CASE_FIXTURE(test::PracticalFixture,
                  "close puts one multi-signed sheet per marked candidate in the outbox")
{
    REQUIRE(manager.drawTasks(proctor, sessionId, "001").ok());
    REQUIRE(manager.drawTasks(proctor, sessionId, "003").ok());
    markAll("001", 5);
    markAll("003", 20); // 80: passes
    const int before = outboxCount();
    auto closed = manager.close(proctor, sessionId);
    REQUIRE(closed.ok());
    REQUIRE(closed.value->size() == 2);
    CHECK(outboxCount() == before + 2);

    const auto& document = closed.value->front();
    CHECK(document.kind == "practical-score-sheet");
    CHECK(document.signer == proctor.key().publicKey());
    std::string why;
    auto sheet = practical::verifyPracticalSheet(document, &why);
    REQUIRE_MESSAGE(sheet.has_value(), why);
    CHECK(sheet->scoreText() == "95");
    CHECK(sheet->passed);
    CHECK(sheet->siteId == "SITE-01");
    CHECK(sheet->sheetId == "P1/001/practical/1");
    CHECK(sheet->graders.size() == 2);
    REQUIRE(sheet->subjects[1].marks.size() == 2);
    // Every grader's own signature is inside.
    auto k2a = SignedDocument::fromJson(sheet->subjects[1].marks[0]);
    auto k2b = SignedDocument::fromJson(sheet->subjects[1].marks[1]);
    REQUIRE(k2a);
    REQUIRE(k2b);
    CHECK(k2a->signer == g1.key().publicKey());
    CHECK(k2b->signer == g2.key().publicKey());
    auto second = practical::verifyPracticalSheet(closed.value->back());
    REQUIRE(second);
    CHECK(second->attempt == 2);
    CHECK(second->sheetId == "P1/003/practical/2");
    // Closed: no more marks.
    CHECK(manager.drawTasks(proctor, sessionId, "002").refusal == Refusal::WrongState);
}

TEST_CASE_FIXTURE(test::PracticalFixture, "a changed score or a foreign mark fails verification")
{
    REQUIRE(manager.drawTasks(proctor, sessionId, "001").ok());
    markAll("001");
    auto closed = manager.close(proctor, sessionId);
    REQUIRE(closed.ok());
    auto sheet = practical::verifyPracticalSheet(closed.value->front());
    REQUIRE(sheet);

    // The proctor re-signing a raised score: the graders' marks no longer add up.
    auto raised = *sheet;
    raised.subjects[1].halfPoints = 200;
    raised.subjects[1].marks[0] = raised.subjects[0].marks[0];
    std::string why;
    CHECK_FALSE(practical::verifyPracticalSheet(raised.countersign(proctor.key()), &why));
    CHECK_FALSE(why.empty());

    // A mark signed by someone other than the listed grader.
    auto forged = *sheet;
    auto envelope = SignedDocument::fromJson(forged.subjects[0].marks[0]);
    auto mark = practical::openMark(*envelope);
    REQUIRE(mark);
    forged.subjects[0].marks[0] = mark->sign(outsider.key()).toJson();
    CHECK_FALSE(practical::verifyPracticalSheet(forged.countersign(proctor.key()), &why));
    CHECK(why.find("not signed by the key") != std::string::npos);

    // A flipped byte in the envelope.
    auto tampered = closed.value->front();
    tampered.body[tampered.body.size() / 2] ^= 1;
    CHECK_FALSE(practical::verifyPracticalSheet(tampered));
}

TEST_CASE_FIXTURE(test::PracticalFixture,
                  "a veto fails the candidate and a failed make-up means retrain")
{
    REQUIRE(manager.drawTasks(proctor, sessionId, "001").ok());
    markAll("001");
    REQUIRE(manager.close(proctor, sessionId).ok());
    CHECK(manager.standing("ID001", practical::ExamPart::Practical) ==
          practical::AttemptStanding::Passed);

    auto failing = manager.openSession(proctor, "P2", "SITE-01", rubric,
                                       {test::candidate("101", "丁", "ID101")});
    REQUIRE(failing.ok());
    const std::string s2 = *failing.value;
    REQUIRE(manager.markEligible(proctor, s2, "101", "knowledge passed at another site").ok());
    REQUIRE(manager.assignGrader(proctor, s2, "g1").ok());
    REQUIRE(manager.assignGrader(proctor, s2, "g2").ok());
    for (const auto& subject : rubric.subjects) {
        // K1 K12 has a veto item; the rest by points.
        REQUIRE(manager
                    .recordLot(proctor, s2, "101", subject.code,
                               subject.code == "K1" ? "K12" : subject.tasks[0].code)
                    .ok());
    }
    for (const auto& subject : rubric.subjects) {
        const auto& task = subject.code == "K1" ? subject.tasks[1] : subject.tasks[0];
        auto entry = test::cleanMark(task);
        if (subject.code == "K1")
            entry.vetoes.push_back({0, "未检查绝缘手套即使用"});
        REQUIRE(manager.submitMark(g1, s2, "101", subject.code, entry).ok());
        if (subject.gradersRequired == 2)
            REQUIRE(manager.submitMark(g2, s2, "101", subject.code, entry).ok());
    }
    auto closed = manager.close(proctor, s2);
    REQUIRE(closed.ok());
    auto sheet = practical::verifyPracticalSheet(closed.value->front());
    REQUIRE(sheet);
    CHECK(sheet->total200ths == 20000);
    CHECK(sheet->vetoed);
    CHECK_FALSE(sheet->passed);
    CHECK(manager.standing("ID101", practical::ExamPart::Practical) ==
          practical::AttemptStanding::NeedsMakeUp);
    const auto list = manager.makeUpList();
    REQUIRE(list.size() == 1);
    CHECK(list[0].idNo == "ID101");
    CHECK(list[0].exam == practical::ExamPart::Practical);

    // The make-up fails too: retrain, and a third attempt is not accepted.
    auto makeUp = manager.openSession(proctor, "P3", "SITE-01", rubric,
                                      {test::candidate("201", "丁", "ID101", true)});
    REQUIRE(makeUp.ok());
    const std::string s3 = *makeUp.value;
    REQUIRE(manager.markEligible(proctor, s3, "201", "knowledge passed at another site").ok());
    REQUIRE(manager.assignGrader(proctor, s3, "g1").ok());
    REQUIRE(manager.assignGrader(proctor, s3, "g2").ok());
    for (const auto& subject : rubric.subjects) {
        REQUIRE(manager.recordLot(proctor, s3, "201", subject.code, subject.tasks[0].code).ok());
        auto entry = test::cleanMark(subject.tasks[0]);
        entry.rows[0].deducted = subject.tasks[0].rows[0].points; // 20–60 off each: below 80
        REQUIRE(manager.submitMark(g1, s3, "201", subject.code, entry).ok());
        if (subject.gradersRequired == 2)
            REQUIRE(manager.submitMark(g2, s3, "201", subject.code, entry).ok());
    }
    REQUIRE(manager.close(proctor, s3).ok());
    CHECK(manager.standing("ID101", practical::ExamPart::Practical) ==
          practical::AttemptStanding::Retrain);
    CHECK(manager.makeUpList().at(0).standing == practical::AttemptStanding::Retrain);

    auto third = manager.openSession(proctor, "P4", "SITE-01", rubric,
                                     {test::candidate("301", "丁", "ID101", true)});
    REQUIRE(third.ok());
    const auto c = manager.candidates(*third.value).at(0);
    CHECK_FALSE(c.eligible);
    CHECK(c.reason.find("retrain") != std::string::npos);
    CHECK(c.reasonCode == practical::EligibilityReason::PracticalRetrain);
    CHECK(manager.markEligible(proctor, *third.value, "301", "the centre says so").refusal ==
          Refusal::WrongState);
}

TEST_CASE_FIXTURE(test::PracticalFixture, "close is refused while a candidate is part-way")
{
    REQUIRE(manager.drawTasks(proctor, sessionId, "001").ok());
    REQUIRE(
        manager.submitMark(g1, sessionId, "001", "K1", test::cleanMark(drawnTask("001", 0))).ok());
    const int before = outboxCount();
    auto closed = manager.close(proctor, sessionId);
    CHECK(closed.outcome.refusal == Refusal::WrongState);
    CHECK(closed.outcome.why.find("001") != std::string::npos);
    CHECK(outboxCount() == before);
}

} // namespace examroom
