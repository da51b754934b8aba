#include "domain/PaperDraw.h"

#include "crypto/DeterministicStream.h"
#include "domain/DrawCapacity.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace examroom {
namespace {

std::string sectionName(int index, QuestionType type, const std::vector<std::string>& areas)
{
    std::string text = "sections[" + std::to_string(index) + "] (" + std::string(label(type));
    if (!areas.empty()) {
        text += ", areas ";
        for (std::size_t i = 0; i < areas.size(); ++i)
            text += (i ? ", " : "") + areas[i];
    }
    return text + ")";
}

std::string sectionList(const std::vector<int>& sections)
{
    std::string text;
    for (std::size_t i = 0; i < sections.size(); ++i) {
        if (i > 0)
            text += i + 1 == sections.size() ? " and " : ", ";
        text += "sections[" + std::to_string(sections[i]) + "]";
    }
    return text;
}

std::string questions(int count)
{
    return std::to_string(count) + (count == 1 ? " question" : " questions");
}

// The section's questions not yet on the paper, in bank order.
std::vector<int> sectionPool(int section, const DrawCapacity& capacity,
                             const std::vector<bool>& onPaper)
{
    std::vector<bool> inSection(std::size_t(capacity.groupCount()), false);
    for (int group : capacity.groupsOf(section))
        inSection[std::size_t(group)] = true;
    std::vector<int> pool;
    for (std::size_t q = 0; q < onPaper.size(); ++q) {
        const int group = capacity.groupOf(int(q));
        if (!onPaper[q] && group >= 0 && inSection[std::size_t(group)])
            pool.push_back(int(q));
    }
    return pool;
}

// The candidates of one pick, in bank order: the pool, restricted to groups that keep every
// section fillable when the section shares questions with others.
std::vector<int> candidatesFor(int section, const DrawCapacity& capacity,
                               const std::vector<int>& pool)
{
    if (!capacity.sharesGroups(section))
        return pool;
    std::vector<bool> allowed(std::size_t(capacity.groupCount()), false);
    for (int group : capacity.groupsOf(section))
        allowed[std::size_t(group)] = capacity.canTake(section, group);
    std::vector<int> candidates;
    for (int q : pool)
        if (allowed[std::size_t(capacity.groupOf(q))])
            candidates.push_back(q);
    return candidates;
}

PaperItem makeItem(const Question& question, int sectionIndex, const BlueprintSection& section,
                   crypto::DeterministicStream& stream)
{
    PaperItem item;
    item.questionId = question.id;
    item.type = question.type;
    item.sectionIndex = sectionIndex;
    item.pointsEach = section.pointsEach;
    item.multiScoring = section.multiScoring;
    const int choices = question.choiceCount();
    if (choices > ChoiceSet::maxChoices)
        throw DrawError("question " + question.id + " has " + std::to_string(choices) +
                        " options, at most " + std::to_string(ChoiceSet::maxChoices) +
                        " can be shown");
    item.optionOrder.resize(std::size_t(choices));
    std::iota(item.optionOrder.begin(), item.optionOrder.end(), 0);
    // 对 stays before 错: moving them would only confuse, and the key is not hidden by it.
    if (question.type != QuestionType::TrueFalse)
        for (int i = choices - 1; i > 0; --i)
            std::swap(item.optionOrder[std::size_t(i)],
                      item.optionOrder[stream.uniform(std::uint32_t(i + 1))]);
    item.key = toDisplayedChoices(item, question.key);
    return item;
}

} // namespace

std::vector<DrawShortfall> drawShortfalls(const QuestionBank& bank, const Blueprint& blueprint)
{
    std::vector<DrawShortfall> shortfalls;
    DrawCapacity capacity(bank, blueprint);
    const auto& sections = blueprint.sections;
    // First each section on its own; those are then counted at what the bank has, so that the
    // joint check below only reports what overlapping adds.
    for (std::size_t s = 0; s < sections.size(); ++s) {
        const int available = capacity.poolSize(int(s));
        if (available < sections[s].count) {
            shortfalls.push_back(
                {int(s), sections[s].type, sections[s].areas, sections[s].count, available, {}});
            capacity.setDemand(int(s), available);
        }
    }
    for (const auto& deficit : capacity.deficits()) {
        // Blame the last of the sharing sections: drawn in blueprint order, it is the one that
        // would come up short.
        const int s = deficit.sections.back();
        const auto& section = sections[std::size_t(s)];
        DrawShortfall shortfall{s,
                                section.type,
                                section.areas,
                                section.count,
                                std::max(section.count - deficit.missing, 0),
                                {}};
        shortfall.sharedWith.assign(deficit.sections.begin(), deficit.sections.end() - 1);
        shortfalls.push_back(std::move(shortfall));
    }
    std::sort(shortfalls.begin(), shortfalls.end(),
              [](const DrawShortfall& a, const DrawShortfall& b) {
                  return a.sectionIndex < b.sectionIndex;
              });
    return shortfalls;
}

std::string describe(const DrawShortfall& shortfall)
{
    const std::string name = sectionName(shortfall.sectionIndex, shortfall.type, shortfall.areas);
    if (shortfall.sharedWith.empty())
        return name + " asks for " + questions(shortfall.wanted) + ", the bank has " +
               std::to_string(shortfall.available);
    return name + " asks for " + questions(shortfall.wanted) + ", but only " +
           std::to_string(shortfall.available) + " are left after " +
           sectionList(shortfall.sharedWith) + ", which draw from the same questions";
}

Paper drawPaper(const QuestionBank& bank, const Blueprint& blueprint, const PaperSeed& seed)
{
    if (const auto shortfalls = drawShortfalls(bank, blueprint); !shortfalls.empty()) {
        std::string message = "cannot draw a paper: " + describe(shortfalls.front());
        for (std::size_t i = 1; i < shortfalls.size(); ++i)
            message += "; " + describe(shortfalls[i]);
        throw DrawError(message);
    }

    crypto::DeterministicStream stream(seed, paperDrawContext);
    DrawCapacity capacity(bank, blueprint);
    std::vector<bool> onPaper(bank.questions.size(), false);
    Paper paper;
    paper.items.reserve(std::size_t(blueprint.questionCount()));
    for (std::size_t s = 0; s < blueprint.sections.size(); ++s) {
        const BlueprintSection& section = blueprint.sections[s];
        std::vector<int> picked;
        std::vector<int> pool = sectionPool(int(s), capacity, onPaper);
        for (int k = 0; k < section.count; ++k) {
            const auto candidates = candidatesFor(int(s), capacity, pool);
            // drawShortfalls was empty, so the capacity check always leaves a candidate.
            if (candidates.empty())
                throw DrawError(
                    "cannot draw a paper: " + sectionName(int(s), section.type, section.areas) +
                    " ran out of questions");
            const int q = candidates[stream.uniform(std::uint32_t(candidates.size()))];
            onPaper[std::size_t(q)] = true;
            pool.erase(std::find(pool.begin(), pool.end(), q));
            capacity.take(int(s), capacity.groupOf(q));
            picked.push_back(q);
        }
        for (int q : picked)
            paper.items.push_back(
                makeItem(bank.questions[std::size_t(q)], int(s), section, stream));
    }
    return paper;
}

} // namespace examroom
