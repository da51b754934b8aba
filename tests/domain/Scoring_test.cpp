#include "domain/Scoring.h"

#include <doctest/doctest.h>
#include <stdexcept>

using namespace examroom;

namespace {

ChoiceSet choices(std::string_view letters)
{
    ChoiceSet set;
    for (char letter : letters)
        set.insert(letter - 'A');
    return set;
}

PaperItem item(QuestionType type, std::string_view key, int pointsEach,
               MultiScoring scoring = MultiScoring::AllOrNothing)
{
    PaperItem result;
    result.type = type;
    result.key = choices(key);
    result.pointsEach = pointsEach;
    result.multiScoring = scoring;
    return result;
}

} // namespace

TEST_CASE("a true/false or single-choice item scores only on the exact key")
{
    const auto trueFalse = item(QuestionType::TrueFalse, "B", 2);
    CHECK(scoreItem(trueFalse, choices("B")).awardedHalfPoints == 4);
    CHECK(scoreItem(trueFalse, choices("B")).correct);
    CHECK(scoreItem(trueFalse, choices("A")).awardedHalfPoints == 0);
    CHECK_FALSE(scoreItem(trueFalse, choices("A")).correct);

    const auto single = item(QuestionType::Single, "C", 4);
    CHECK(scoreItem(single, choices("C")).awardedHalfPoints == 8);
    CHECK(scoreItem(single, choices("D")).awardedHalfPoints == 0);
    CHECK(scoreItem(single, choices("CD")).awardedHalfPoints == 0);
}

TEST_CASE("an unanswered item scores nothing")
{
    const auto single = item(QuestionType::Single, "C", 4);
    CHECK(scoreItem(single, std::nullopt).awardedHalfPoints == 0);
    CHECK_FALSE(scoreItem(single, std::nullopt).correct);
    CHECK(scoreItem(single, ChoiceSet{}).awardedHalfPoints == 0);
}

TEST_CASE("an all-or-nothing multiple-choice item needs exactly the key")
{
    const auto multiple = item(QuestionType::Multiple, "ABD", 6);
    CHECK(scoreItem(multiple, choices("ABD")).awardedHalfPoints == 12);
    CHECK(scoreItem(multiple, choices("ABD")).correct);
    CHECK(scoreItem(multiple, choices("AB")).awardedHalfPoints == 0);
    CHECK(scoreItem(multiple, choices("ABCD")).awardedHalfPoints == 0);
    CHECK(scoreItem(multiple, choices("C")).awardedHalfPoints == 0);
}

TEST_CASE("a partial multiple-choice item gives half for a subset with no wrong option")
{
    const auto multiple = item(QuestionType::Multiple, "ABD", 6, MultiScoring::Partial);
    CHECK(scoreItem(multiple, choices("ABD")).awardedHalfPoints == 12);
    CHECK(scoreItem(multiple, choices("ABD")).correct);
    CHECK(scoreItem(multiple, choices("AB")).awardedHalfPoints == 6);
    CHECK_FALSE(scoreItem(multiple, choices("AB")).correct);
    CHECK(scoreItem(multiple, choices("D")).awardedHalfPoints == 6);
    CHECK(scoreItem(multiple, choices("ABC")).awardedHalfPoints == 0);
    CHECK(scoreItem(multiple, choices("ABCD")).awardedHalfPoints == 0);
    CHECK(scoreItem(multiple, choices("C")).awardedHalfPoints == 0);
    CHECK(scoreItem(multiple, ChoiceSet{}).awardedHalfPoints == 0);
    CHECK(scoreItem(multiple, std::nullopt).awardedHalfPoints == 0);
}

TEST_CASE("partial credit on an odd number of points is exact in half-points")
{
    const auto three = item(QuestionType::Multiple, "AC", 3, MultiScoring::Partial);
    CHECK(scoreItem(three, choices("A")).awardedHalfPoints == 3); // 1.5 points
    const auto one = item(QuestionType::Multiple, "AC", 1, MultiScoring::Partial);
    CHECK(scoreItem(one, choices("C")).awardedHalfPoints == 1); // 0.5 points

    Paper paper;
    paper.items = {three, one};
    const auto score = scorePaper(paper, {choices("A"), choices("C")}, 2);
    CHECK(score.halfPoints == 4);
    CHECK(score.points() == doctest::Approx(2.0));
    CHECK(score.passed);
    const auto lower = scorePaper(paper, {choices("A"), std::nullopt}, 2);
    CHECK(lower.points() == doctest::Approx(1.5));
    CHECK_FALSE(lower.passed);
}

TEST_CASE("a paper's score adds its items and counts answered and correct ones")
{
    Paper paper;
    paper.items = {item(QuestionType::TrueFalse, "A", 2), item(QuestionType::Single, "B", 4),
                   item(QuestionType::Multiple, "ACE", 6, MultiScoring::Partial),
                   item(QuestionType::Multiple, "BD", 6)};
    const PaperAnswers answers{choices("A"), choices("C"), choices("AE"), std::nullopt};
    const auto score = scorePaper(paper, answers, 10);
    REQUIRE(score.items.size() == 4);
    CHECK(score.items[0].awardedHalfPoints == 4);
    CHECK(score.items[1].awardedHalfPoints == 0);
    CHECK(score.items[2].awardedHalfPoints == 6);
    CHECK(score.items[3].awardedHalfPoints == 0);
    CHECK(score.halfPoints == 10);
    CHECK(score.points() == doctest::Approx(5.0));
    CHECK(score.answered == 3);
    CHECK(score.correctCount == 1);
    CHECK_FALSE(score.passed);
}

TEST_CASE("a paper passes exactly at the pass points and not half a point below")
{
    Paper paper;
    for (int i = 0; i < 10; ++i)
        paper.items.push_back(item(QuestionType::Single, "A", 10));
    PaperAnswers answers(10, choices("A"));
    answers[8] = choices("B");
    answers[9] = std::nullopt;
    const auto atPass = scorePaper(paper, answers, 80);
    CHECK(atPass.halfPoints == 160);
    CHECK(atPass.passed);
    CHECK(atPass.answered == 9);
    CHECK(atPass.correctCount == 8);

    // 79.5: one partial 多选 worth 1 point gives half instead of full.
    Paper partial;
    partial.items = {item(QuestionType::Single, "A", 79),
                     item(QuestionType::Multiple, "AB", 1, MultiScoring::Partial)};
    CHECK(scorePaper(partial, {choices("A"), choices("AB")}, 80).passed);
    const auto below = scorePaper(partial, {choices("A"), choices("B")}, 80);
    CHECK(below.points() == doctest::Approx(79.5));
    CHECK_FALSE(below.passed);
}

TEST_CASE("an unanswered paper scores zero")
{
    Paper paper;
    paper.items = {item(QuestionType::TrueFalse, "A", 1), item(QuestionType::Single, "B", 1)};
    const auto score = scorePaper(paper, PaperAnswers(2), 1);
    CHECK(score.halfPoints == 0);
    CHECK(score.answered == 0);
    CHECK(score.correctCount == 0);
    CHECK_FALSE(score.passed);
}

TEST_CASE("answers that are not parallel to the paper are refused")
{
    Paper paper;
    paper.items = {item(QuestionType::TrueFalse, "A", 1), item(QuestionType::Single, "B", 1)};
    CHECK_THROWS_WITH_AS(scorePaper(paper, PaperAnswers(1), 1),
                         "answers for 1 items, the paper has 2", std::invalid_argument);
    CHECK_THROWS_AS(scorePaper(paper, PaperAnswers(3), 1), std::invalid_argument);
}
