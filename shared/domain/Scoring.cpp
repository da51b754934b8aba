#include "domain/Scoring.h"

#include <stdexcept>
#include <string>

namespace examroom {

ItemScore scoreItem(const PaperItem& item, const std::optional<ChoiceSet>& answer)
{
    ItemScore score;
    if (!answer || answer->empty())
        return score;
    const int fullHalfPoints = item.pointsEach * 2;
    if (*answer == item.key) {
        score.awardedHalfPoints = fullHalfPoints;
        score.correct = true;
        return score;
    }
    // Half of a whole number of points is always a whole number of half-points, so "rounded
    // down to 0.5" never actually has to round.
    if (item.type == QuestionType::Multiple && item.multiScoring == MultiScoring::Partial &&
        answer->isSubsetOf(item.key))
        score.awardedHalfPoints = fullHalfPoints / 2;
    return score;
}

PaperScore scorePaper(const Paper& paper, const PaperAnswers& answers, int passPoints)
{
    if (answers.size() != paper.items.size())
        throw std::invalid_argument("answers for " + std::to_string(answers.size()) +
                                    " items, the paper has " + std::to_string(paper.items.size()));
    PaperScore score;
    score.items.reserve(paper.items.size());
    for (std::size_t i = 0; i < paper.items.size(); ++i) {
        const ItemScore item = scoreItem(paper.items[i], answers[i]);
        score.items.push_back(item);
        score.halfPoints += item.awardedHalfPoints;
        if (answers[i] && !answers[i]->empty())
            ++score.answered;
        if (item.correct)
            ++score.correctCount;
    }
    score.passed = score.halfPoints >= passPoints * 2;
    return score;
}

} // namespace examroom
