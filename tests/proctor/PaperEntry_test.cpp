// 纸质试卷 in the console: the entry as PaperController keeps it for the screen
// (paper::PaperEntryForm), over a real site.db and the plan's own draw.
#include "ConsoleFixture.h"
#include "PaperController.h"

using namespace examroom;
using examroom::test::ConsoleFixture;

namespace {

// A started exam with the first candidate switched to paper and the paper at hand.
PaperController& onPaper(ConsoleFixture& f)
{
    f.startWithFirstCandidate();
    PaperController& paper = *f.console.paper();
    paper.select(f.ticket(0));
    REQUIRE(paper.switchToPaper(QStringLiteral("考位黑屏")));
    paper.markPrinted();
    REQUIRE(paper.stage() == "first");
    return paper;
}

} // namespace

TEST_CASE("paper entry in the console goes on with Enter back with Up and to a clicked item")
{
    ConsoleFixture f;
    PaperController& paper = onPaper(f);
    const int items = int(paper.items().size());
    REQUIRE(items > 2);
    CHECK(paper.entryAnswers().size() == items);
    CHECK(paper.entryCurrent() == 0);

    CHECK_FALSE(paper.commitEntry(QStringLiteral("z")));
    CHECK(paper.entryError().startsWith(QStringLiteral("第 1 题：")));
    CHECK(paper.entryCurrent() == 0);
    REQUIRE(paper.commitEntry(QStringLiteral(" a")));
    CHECK(paper.entryError().isEmpty());
    CHECK(paper.entryCurrent() == 1);
    CHECK(paper.entryText().isEmpty());
    CHECK(paper.entryAnswers().at(0) == "A");

    CHECK(paper.entryBack());
    CHECK(paper.entryCurrent() == 0);
    CHECK(paper.entryText() == "A");
    CHECK_FALSE(paper.entryBack());

    CHECK_FALSE(paper.entryGo(items));
    REQUIRE(paper.entryGo(items - 1));
    REQUIRE(paper.commitEntry(QStringLiteral("B")));
    CHECK(paper.entryAtEnd());
    CHECK(paper.entryCurrent() == items);
    CHECK(paper.commitEntry(QStringLiteral("Z"))); // past the end: nothing to store
    CHECK(paper.entryAnswers().at(items - 1) == "B");
}

TEST_CASE("paper entry in the console starts afresh for the second entry and for another person")
{
    ConsoleFixture f;
    PaperController& paper = onPaper(f);
    const int items = int(paper.items().size());
    for (int i = 0; i < items; ++i)
        REQUIRE(paper.commitEntry(QStringLiteral("A")));
    REQUIRE(paper.entryAtEnd());
    REQUIRE(paper.submitEntry(paper.entryAnswers()));
    REQUIRE(paper.stage() == "second");
    CHECK(paper.entryCurrent() == 0);
    CHECK(paper.entryAnswers().size() == items);
    CHECK(paper.entryAnswers().join(QString()).isEmpty());

    // The second entry is begun, then another staff member logs in: they never type on from
    // what the first one typed.
    REQUIRE(paper.commitEntry(QStringLiteral("B")));
    REQUIRE(f.manager.accounts()
                .createAccount(*f.manager.person(), "li", site::Role::Proctor, "li-password")
                .ok());
    f.console.logout();
    REQUIRE(f.console.login(QStringLiteral("li"), QStringLiteral("li-password")));
    CHECK(paper.entryCurrent() == 0);
    CHECK(paper.entryAnswers().at(0).isEmpty());
    CHECK(paper.entryError().isEmpty());
}

TEST_CASE("paper letters that do not read are told in the console's language")
{
    ConsoleFixture f;
    PaperController& paper = onPaper(f);
    const QString choices = paper.items().at(0).toMap().value(QStringLiteral("choices")).toString();
    CHECK_FALSE(paper.commitEntry(QStringLiteral("对")));
    CHECK(paper.entryError() == QStringLiteral("第 1 题：“对”不是选项（%1）").arg(choices));
    // Settling a difference reads the letters before the core does, in the same words.
    CHECK_FALSE(paper.resolve(0, QStringLiteral("对"), QStringLiteral("核对答题卡原件")));
    CHECK(paper.message() == QStringLiteral("第 1 题：“对”不是选项（%1）").arg(choices));

    f.console.setLanguage(QStringLiteral("en"));
    CHECK_FALSE(paper.commitEntry(QStringLiteral("对")));
    CHECK(paper.entryError() ==
          QStringLiteral("Item 1: \"对\" is not an option (%1)").arg(choices));
    CHECK_FALSE(paper.commitEntry(QStringLiteral("AA")));
    CHECK(paper.entryError().endsWith(QStringLiteral("A is given twice")));
    f.console.setLanguage(QStringLiteral("zh"));
}
