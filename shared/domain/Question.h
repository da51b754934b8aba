#pragma once

#include "domain/ChoiceSet.h"
#include "domain/Enums.h"

#include <optional>
#include <string>
#include <vector>

namespace examroom {

// One question of the bank (题库). Options are in the bank's order A, B, C…; a true/false
// question has no options of its own: its two choices are 对 (index 0) and 错 (index 1).
struct Question
{
    std::string id;
    QuestionType type = QuestionType::TrueFalse;
    std::string stem;
    std::vector<std::string> options;
    ChoiceSet key;
    std::string area; // 知识点, may be empty
    std::optional<int> difficulty;
    std::string image; // file name relative to the bank, may be empty
    std::string explanation;

    // How many choices the candidate sees: 2 for true/false, else the options.
    int choiceCount() const
    {
        return type == QuestionType::TrueFalse ? 2 : static_cast<int>(options.size());
    }
};

} // namespace examroom
