#include "exam/SubmitRules.h"

#include <doctest/doctest.h>

using namespace examroom;
using namespace std::chrono_literals;

TEST_CASE("handing in is refused before the minimum time and says how long to wait")
{
    auto early = checkCandidateSubmit(10min, 30);
    CHECK_FALSE(early);
    CHECK(early.waitFor == 20min);
    CHECK(checkCandidateSubmit(30min, 30));
    CHECK(checkCandidateSubmit(0ms, 0));
}

TEST_CASE("the confirmation names the unanswered questions by number")
{
    PaperAnswers answers(5);
    answers[1] = ChoiceSet::single(0);
    answers[3] = ChoiceSet{}; // cleared counts as unanswered
    answers[4] = ChoiceSet::fromBits(0b101);
    CHECK(unansweredNumbers(answers) == std::vector<int>{1, 3, 4});
    CHECK(answeredCount(answers) == 2);
}
