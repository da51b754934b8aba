#include "domain/PracticalScoring.h"
#include "practical/Attempts.h"
#include "practical/PracticalSheet.h"
#include "PracticalFixture.h"

namespace examroom {
namespace {

using test::sampleRubric;

GraderMark markWith(const std::string& grader, const PracticalTask& task,
                    std::vector<int> deductions)
{
    GraderMark mark{grader, {}, {}};
    for (int d : deductions)
        mark.rows.push_back({d, ""});
    mark.rows.resize(task.rows.size());
    return mark;
}

SubjectResult scored(const PracticalSubject& subject, int taskIndex, int score)
{
    SubjectResult result;
    result.subjectCode = subject.code;
    result.taskIndex = taskIndex;
    result.halfPoints = score * 2;
    return result;
}

} // namespace

TEST_CASE("the sample rubric weighs K1 20 K2 40 K3 20 K4 20 and K2 needs two graders")
{
    const auto rubric = sampleRubric();
    REQUIRE(rubric.subjects.size() == 4);
    CHECK(rubric.subjects[0].weight == 20);
    CHECK(rubric.subjects[1].weight == 40);
    CHECK(rubric.subjects[2].weight == 20);
    CHECK(rubric.subjects[3].weight == 20);
    CHECK(rubric.subjects[1].gradersRequired == 2);
    CHECK(rubric.passPoints == 80);
}

TEST_CASE("the weighted total of the sample rubric is exact in 1/200ths")
{
    const auto rubric = sampleRubric();
    // K1 90, K2 the mean of 80 and 85 = 82.5, K3 70, K4 100:
    // 0.2×90 + 0.4×82.5 + 0.2×70 + 0.2×100 = 18 + 33 + 14 + 20 = 85.
    const auto& k2 = rubric.subjects[1];
    const auto k2Result =
        subjectResult(k2, 0, {markWith("a", k2.tasks[0], {20}), markWith("b", k2.tasks[0], {15})});
    CHECK(k2Result.halfPoints == 165);
    const auto result = practicalResult(rubric, {scored(rubric.subjects[0], 0, 90), k2Result,
                                                 scored(rubric.subjects[2], 0, 70),
                                                 scored(rubric.subjects[3], 0, 100)});
    CHECK(result.total200ths == 17000);
    CHECK(practical::pointsText200(result.total200ths) == "85");
    CHECK(result.passed);
}

TEST_CASE("79.8 fails and 80 passes")
{
    const auto rubric = sampleRubric();
    const auto& k2 = rubric.subjects[1];
    // K2 mean 79.5 (79 and 80), the rest 80: 16 + 31.8 + 16 + 16 = 79.8.
    const auto low = subjectResult(
        k2, 0, {markWith("a", k2.tasks[0], {20, 1}), markWith("b", k2.tasks[0], {20})});
    const auto result = practicalResult(rubric, {scored(rubric.subjects[0], 0, 80), low,
                                                 scored(rubric.subjects[2], 0, 80),
                                                 scored(rubric.subjects[3], 0, 80)});
    CHECK(practical::pointsText200(result.total200ths) == "79.8");
    CHECK_FALSE(result.passed);
    const auto exact = practicalResult(
        rubric, {scored(rubric.subjects[0], 0, 80), scored(k2, 0, 80),
                 scored(rubric.subjects[2], 0, 80), scored(rubric.subjects[3], 0, 80)});
    CHECK(exact.total200ths == 16000);
    CHECK(exact.passed);
}

TEST_CASE("a veto fails the practical exam whatever the points")
{
    const auto rubric = sampleRubric();
    const auto& k1 = rubric.subjects[0];
    auto mark = markWith("a", k1.tasks[0], {});
    mark.vetoes.push_back({0, "测量时未断电"});
    const auto vetoed = subjectResult(k1, 0, {mark});
    CHECK(vetoed.halfPoints == 200);
    CHECK(vetoed.vetoed);
    const auto result = practicalResult(rubric, {vetoed, scored(rubric.subjects[1], 0, 100),
                                                 scored(rubric.subjects[2], 0, 100),
                                                 scored(rubric.subjects[3], 0, 100)});
    CHECK(result.total200ths == 20000);
    CHECK(result.vetoed);
    CHECK_FALSE(result.passed);
}

TEST_CASE("two graders ten points apart are averaged and eleven apart are flagged")
{
    const auto rubric = sampleRubric();
    const auto& k2 = rubric.subjects[1];
    const auto ten = subjectResult(
        k2, 1, {markWith("a", k2.tasks[1], {0, 10}), markWith("b", k2.tasks[1], {0, 20})});
    CHECK_FALSE(ten.needsReview);
    CHECK(ten.points() == 85.0);
    const auto eleven = subjectResult(
        k2, 1, {markWith("a", k2.tasks[1], {0, 10}), markWith("b", k2.tasks[1], {0, 21})});
    CHECK(eleven.needsReview);
    CHECK(eleven.halfPoints == 169);
    // A stricter threshold flags what the default lets through.
    CHECK(subjectResult(
              k2, 1, {markWith("a", k2.tasks[1], {0, 10}), markWith("b", k2.tasks[1], {0, 20})}, 5)
              .needsReview);
}

TEST_CASE("a deduction never takes a row below zero and a row over its points is invalid")
{
    const auto rubric = sampleRubric();
    const auto& task = rubric.subjects[0].tasks[0]; // rows 30 50 20
    CHECK(taskScore(task, markWith("a", task, {30, 50, 20})) == 0);
    const auto errors = validateMark(task, markWith("a", task, {31}));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].find("more than the row's 30 points") != std::string::npos);
    CHECK_THROWS_AS((void)taskScore(task, markWith("a", task, {31})), PracticalError);
}

TEST_CASE("the make-up rule allows one make-up and then means retrain")
{
    using namespace practical;
    CHECK(attemptStanding({}) == AttemptStanding::None);
    CHECK(attemptStanding({{1, true}}) == AttemptStanding::Passed);
    CHECK(attemptStanding({{1, false}}) == AttemptStanding::NeedsMakeUp);
    CHECK(attemptStanding({{1, false}, {2, true}}) == AttemptStanding::Passed);
    CHECK(attemptStanding({{1, false}, {2, false}}) == AttemptStanding::Retrain);
    CHECK_FALSE(attemptRefusal(AttemptStanding::NeedsMakeUp, 2).has_value());
    CHECK(attemptRefusal(AttemptStanding::NeedsMakeUp, 1).has_value());
    CHECK(attemptRefusal(AttemptStanding::Retrain, 2)->find("retrain") != std::string::npos);
    CHECK(standingLabel(AttemptStanding::Retrain) == "重新参加培训");
}

TEST_CASE("practical totals print as exact decimals")
{
    using practical::pointsText200;
    CHECK(pointsText200(0) == "0");
    CHECK(pointsText200(17300) == "86.5");
    CHECK(pointsText200(15999) == "79.995");
    CHECK(pointsText200(20000) == "100");
    CHECK(pointsText200(3420) == "17.1");
}

} // namespace examroom
