#include "exam/AnswerPayload.h"

#include <nlohmann/json.hpp>

namespace examroom {

std::string answerPayload(std::size_t index, ChoiceSet displayed)
{
    return nlohmann::json{{"i", index}, {"c", displayed.bits()}}.dump();
}

AnswerChange readAnswerPayload(const std::string& payload)
{
    const auto json = nlohmann::json::parse(payload);
    const auto bits = json.at("c").get<std::uint8_t>();
    return {json.at("i").get<std::size_t>(),
            bits ? std::optional(ChoiceSet::fromBits(bits)) : std::nullopt};
}

std::map<std::size_t, ChoiceSet> answersInJournal(const std::vector<JournalEntry>& entries)
{
    std::map<std::size_t, ChoiceSet> answers;
    for (const auto& entry : entries) {
        if (entry.kind != "answer")
            continue;
        auto change = readAnswerPayload(entry.payload);
        if (change.choice)
            answers[change.index] = *change.choice;
        else
            answers.erase(change.index);
    }
    return answers;
}

} // namespace examroom
