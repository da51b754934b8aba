#pragma once

#include "domain/ChoiceSet.h"
#include "domain/Enums.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace examroom {

// The secret a candidate's paper is drawn from; the same seed always draws the same paper.
using PaperSeed = std::array<std::uint8_t, 32>;

// One question as a candidate sees it: the bank's question with its options in drawn order.
struct PaperItem
{
    std::string questionId;
    QuestionType type = QuestionType::TrueFalse;
    int sectionIndex = 0; // the blueprint section it was drawn for
    // Displayed position i shows the bank's option optionOrder[i]; identity ({0, 1}) for
    // true/false, whose 对/错 never move.
    std::vector<int> optionOrder;
    ChoiceSet key; // in displayed positions
    int pointsEach = 0;
    MultiScoring multiScoring = MultiScoring::AllOrNothing;
};

// 试卷: one candidate's drawn questions, in the order they are shown.
struct Paper
{
    std::vector<PaperItem> items;

    // What a full-marks paper scores.
    int totalPoints() const;
    // How many items belong to blueprint section `sectionIndex`.
    int sectionItemCount(int sectionIndex) const;
};

// Maps a choice made on screen (displayed positions) to the bank's option indices, as the
// answer record keeps them ("B" on screen may be the bank's "D").
ChoiceSet toBankChoices(const PaperItem& item, ChoiceSet displayed);

// Maps the bank's option indices to displayed positions (the inverse of toBankChoices).
ChoiceSet toDisplayedChoices(const PaperItem& item, ChoiceSet bank);

} // namespace examroom
