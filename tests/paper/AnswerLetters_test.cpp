// paper::readLetters: the letters typed for one printed item, and the reason (a code with its
// facts, no text) when they do not read, which the console's screen words.
#include "paper/AnswerLetters.h"
#include "PrintedItem.h"

#include <doctest/doctest.h>
#include <string>
#include <vector>

using namespace examroom;
using paper::LettersProblem;
using paper::readLetters;
using test::printedItem;
using Reason = LettersProblem::Reason;

TEST_CASE("paper letters read in any order and case with spaces and a blank is empty")
{
    const auto multiple = printedItem(QuestionType::Multiple, 5);
    auto read = readLetters(multiple, " e a C");
    REQUIRE(read);
    CHECK(read->letters() == "ACE");
    auto blank = readLetters(multiple, "  ");
    REQUIRE(blank);
    CHECK(blank->empty());
}

TEST_CASE("paper letters that do not read give the reason and its facts without words")
{
    struct Case
    {
        QuestionType type;
        int choices;
        std::string typed;
        Reason reason;
        std::string named; // LettersProblem::typed
        char lastLetter;
        std::string english; // describe()
    };
    const std::vector<Case> cases{
        {QuestionType::Single, 4, "AE", Reason::NotAnOption, "E", 'D',
         "“E” is not an option (A–D)"},
        // A Chinese character typed for 判断 is quoted whole, not as its first byte.
        {QuestionType::TrueFalse, 2, "对", Reason::NotAnOption, "对", 'B',
         "“对” is not an option (A–B)"},
        {QuestionType::Multiple, 4, "b a B", Reason::Repeated, "B", 'D', "B is given twice"},
        {QuestionType::TrueFalse, 2, "ba", Reason::OneLetterOnly, "AB", 'B',
         "a true/false item takes one letter, not AB"},
        {QuestionType::Single, 4, "CD", Reason::OneLetterOnly, "CD", 'D',
         "a single-choice item takes one letter, not CD"},
    };
    for (const auto& c : cases) {
        INFO(c.typed);
        LettersProblem problem;
        CHECK_FALSE(readLetters(printedItem(c.type, c.choices), c.typed, &problem));
        CHECK(problem.reason == c.reason);
        CHECK(problem.typed == c.named);
        CHECK(problem.lastLetter == c.lastLetter);
        CHECK(problem.type == c.type);
        CHECK(paper::describe(problem) == c.english);
    }
    // The same two letters are a choice of a 多选 item.
    CHECK(readLetters(printedItem(QuestionType::Multiple, 4), "CD"));
}
