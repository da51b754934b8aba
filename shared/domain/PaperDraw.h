#pragma once

#include "domain/Blueprint.h"
#include "domain/Paper.h"
#include "domain/QuestionBank.h"

#include <array>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace examroom {

// A section the bank cannot fill: fewer matching questions than the blueprint asks for.
// When the section could be filled on its own but shares questions with other sections (same
// type, overlapping areas) and together they ask for more than the bank has, `sharedWith`
// names those sections and `available` is what is left for this one after them.
struct DrawShortfall
{
    int sectionIndex = 0;
    QuestionType type = QuestionType::TrueFalse;
    std::vector<std::string> areas;
    int wanted = 0;
    int available = 0;
    std::vector<int> sharedWith; // empty: the section alone asks for too much
};

class DrawError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Every section of `blueprint` that `bank` cannot fill; empty when a paper can be drawn.
// Sections that overlap (same type, overlapping areas) are counted together, because a paper
// never holds the same question twice. The check is exact: it is empty exactly when
// drawPaper succeeds (a flow from sections to the bank's (type, area) groups).
std::vector<DrawShortfall> drawShortfalls(const QuestionBank& bank, const Blueprint& blueprint);

// One sentence for a shortfall, e.g. "sections[2] (多选, areas K1, K3) asks for 5 questions,
// the bank has 3".
std::string describe(const DrawShortfall& shortfall);

// The stream context of drawPaper; a new algorithm gets a new version tag.
inline constexpr std::string_view paperDrawContext = "examroom.paper.v1";

// Draws one candidate's paper. Deterministic in (bank, blueprint, seed): the same seed gives
// the same questions in the same order with the same option order on any machine.
// Throws DrawError when the bank cannot fill the blueprint.
//
// Algorithm "examroom.paper.v1" (crypto::DeterministicStream(seed, paperDrawContext)):
// sections in blueprint order; for each, `count` picks, each uniform(n) over the section's
// remaining candidates in bank order (questions not yet on the paper, and — only when the
// section shares questions with another section — in a (type, area) group from which taking
// one still leaves every section fillable); then, for each picked question in pick order,
// 单选/多选 options are shuffled by Fisher–Yates from the last position down (j = uniform(i+1));
// 判断 keeps 对/错 and draws nothing.
Paper drawPaper(const QuestionBank& bank, const Blueprint& blueprint, const PaperSeed& seed);

} // namespace examroom
