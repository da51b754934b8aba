#include "paper/PaperStage.h"

#include <doctest/doctest.h>

using namespace examroom::paper;

namespace {

PaperStatus onPaper(int entries, int unresolved = 0, bool scored = false)
{
    PaperStatus status;
    status.ticketNo = "2026120807003";
    for (int i = 1; i <= entries; ++i)
        status.entries.push_back({i, i == 1 ? "admin" : "wang", {}});
    status.unresolved = unresolved;
    status.scored = scored;
    return status;
}

} // namespace

TEST_CASE("paper stage follows the candidate from the kiosk to the scored paper sheet")
{
    CHECK(paperStage(std::nullopt, false) == PaperStage::Switch);
    CHECK(paperStage(std::nullopt, true) == PaperStage::Switch);
    CHECK(paperStage(onPaper(0), false) == PaperStage::Print);
    CHECK(paperStage(onPaper(0), true) == PaperStage::FirstEntry);
    CHECK(paperStage(onPaper(1), false) == PaperStage::SecondEntry);
    CHECK(paperStage(onPaper(2, 3), false) == PaperStage::Differences);
    CHECK(paperStage(onPaper(2, 0), false) == PaperStage::Score);
    CHECK(paperStage(onPaper(2, 0, true), false) == PaperStage::Done);
}

TEST_CASE("paper stage names are the ones the console screens switch on")
{
    CHECK(stageName(PaperStage::Switch) == "switch");
    CHECK(stageName(PaperStage::Print) == "print");
    CHECK(stageName(PaperStage::FirstEntry) == "first");
    CHECK(stageName(PaperStage::SecondEntry) == "second");
    CHECK(stageName(PaperStage::Differences) == "differences");
    CHECK(stageName(PaperStage::Score) == "score");
    CHECK(stageName(PaperStage::Done) == "done");
}
