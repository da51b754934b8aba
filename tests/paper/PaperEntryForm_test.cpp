#include "paper/PaperEntryForm.h"
#include "PrintedItem.h"

#include <doctest/doctest.h>
#include <stdexcept>

using namespace examroom;
using examroom::paper::PaperEntryForm;
using test::printedItem;

namespace {

// 判断, 单选 A–D, 多选 A–E, 单选 A–D, 判断.
Paper fivePaper()
{
    return Paper{{printedItem(QuestionType::TrueFalse, 2), printedItem(QuestionType::Single, 4),
                  printedItem(QuestionType::Multiple, 5), printedItem(QuestionType::Single, 4),
                  printedItem(QuestionType::TrueFalse, 2)}};
}

} // namespace

TEST_CASE("paper entry starts at the first item not kept from the kiosk")
{
    CHECK(PaperEntryForm({false, false, false}).current() == 0);
    PaperEntryForm form({true, true, false, true, false});
    CHECK(form.current() == 2);
    CHECK_FALSE(form.atEnd());
    CHECK(form.answers() == std::vector<std::string>(5));
    CHECK(form.currentText().empty());
}

TEST_CASE("paper entry with every item kept from the kiosk is at its end at once")
{
    PaperEntryForm all({true, true});
    CHECK(all.atEnd());
    CHECK(all.current() == 2);
    CHECK(all.currentText().empty());
    CHECK(PaperEntryForm().atEnd());
}

TEST_CASE("paper entry stores the letters in upper case without spaces and skips kept items")
{
    const Paper paper = fivePaper();
    PaperEntryForm form({false, true, false, true, false});
    REQUIRE(form.commit(paper, "b"));
    CHECK(form.current() == 2);
    REQUIRE(form.commit(paper, " e a c"));
    CHECK(form.current() == 4);
    REQUIRE(form.commit(paper, ""));
    CHECK(form.atEnd());
    CHECK(form.current() == 5);
    CHECK(form.answers() == std::vector<std::string>{"B", "", "EAC", "", ""});
}

TEST_CASE("paper entry refuses letters the item does not print and stays on the item")
{
    const Paper paper = fivePaper();
    PaperEntryForm form({false, false, false, false, false});
    using Reason = paper::LettersProblem::Reason;
    paper::LettersProblem problem;
    CHECK_FALSE(form.commit(paper, "C", &problem)); // 判断 prints A and B only
    CHECK(problem.reason == Reason::NotAnOption);
    CHECK(problem.typed == "C");
    CHECK(problem.lastLetter == 'B');
    CHECK(form.current() == 0);
    CHECK(form.answers()[0].empty());
    REQUIRE(form.commit(paper, "A"));
    CHECK_FALSE(form.commit(paper, "AB", &problem)); // 单选 takes one letter
    CHECK(problem.reason == Reason::OneLetterOnly);
    CHECK(problem.type == QuestionType::Single);
    CHECK_FALSE(form.commit(paper, "aa", &problem));
    CHECK(problem.reason == Reason::Repeated);
    CHECK(problem.typed == "A");
    CHECK(form.current() == 1);
    CHECK(form.answers() == std::vector<std::string>{"A", "", "", "", ""});
}

TEST_CASE("paper entry at its end stores nothing and says so by succeeding")
{
    const Paper paper = fivePaper();
    PaperEntryForm form({true, true, true, true, false});
    REQUIRE(form.commit(paper, "B"));
    REQUIRE(form.atEnd());
    CHECK(form.commit(paper, "Z")); // nothing is checked or stored past the last item
    CHECK(form.answers() == std::vector<std::string>{"", "", "", "", "B"});
}

TEST_CASE("paper entry throws for an item the paper does not have and stays on it")
{
    PaperEntryForm form({false, false});
    CHECK_THROWS_WITH_AS((void)form.commit(Paper{}, "A"), "the paper has no item 1",
                         std::out_of_range);
    CHECK(form.current() == 0);
    CHECK(form.answers() == std::vector<std::string>(2));
}

TEST_CASE("paper entry goes back over kept items and keeps what was typed")
{
    const Paper paper = fivePaper();
    PaperEntryForm form({false, true, false, true, false});
    REQUIRE(form.commit(paper, "A"));
    REQUIRE(form.commit(paper, "AB"));
    REQUIRE(form.commit(paper, "B"));
    REQUIRE(form.atEnd());
    CHECK(form.back());
    CHECK(form.current() == 4);
    CHECK(form.currentText() == "B");
    CHECK(form.back());
    CHECK(form.current() == 2);
    CHECK(form.currentText() == "AB");
    CHECK(form.back());
    CHECK(form.current() == 0);
    CHECK_FALSE(form.back()); // nothing before the first item
    CHECK(form.current() == 0);

    PaperEntryForm keptFirst({true, false});
    CHECK_FALSE(keptFirst.back()); // only a kept item before it
    CHECK(keptFirst.current() == 1);
}

TEST_CASE("paper entry goes to a clicked item unless it is kept or not on the paper")
{
    const Paper paper = fivePaper();
    PaperEntryForm form({false, true, false, true, false});
    CHECK(form.go(4));
    CHECK(form.current() == 4);
    REQUIRE(form.commit(paper, "a"));
    CHECK(form.atEnd()); // Enter on the last item ends the entry, whatever came before
    CHECK_FALSE(form.go(3));
    CHECK_FALSE(form.go(5));
    CHECK(form.atEnd());
    CHECK(form.go(0));
    CHECK(form.current() == 0);
    CHECK(form.kept(1));
    CHECK_FALSE(form.kept(0));
    CHECK_FALSE(form.kept(9));
}
