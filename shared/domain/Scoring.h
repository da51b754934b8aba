#pragma once

#include "domain/ChoiceSet.h"
#include "domain/Paper.h"

#include <optional>
#include <vector>

namespace examroom {

// One candidate's answers, parallel to Paper::items, in displayed positions; nullopt (or an
// empty set) is an unanswered item.
using PaperAnswers = std::vector<std::optional<ChoiceSet>>;

// Points are kept in half-points so that partial 多选 credit (3 points → 1.5) stays exact.
struct ItemScore
{
    int awardedHalfPoints = 0;
    bool correct = false; // exactly the key
};

struct PaperScore
{
    std::vector<ItemScore> items;
    int halfPoints = 0;
    int answered = 0;
    int correctCount = 0;
    bool passed = false;

    // The score in points (may end in .5).
    double points() const { return halfPoints / 2.0; }
};

// Scores one item: exact key = full points; a partial-scoring 多选 answer that is a non-empty
// proper subset of the key earns half; anything else 0.
ItemScore scoreItem(const PaperItem& item, const std::optional<ChoiceSet>& answer);

// Scores a paper; passed when the total is at least `passPoints`. Throws
// std::invalid_argument when `answers` is not parallel to the paper's items.
PaperScore scorePaper(const Paper& paper, const PaperAnswers& answers, int passPoints);

} // namespace examroom
