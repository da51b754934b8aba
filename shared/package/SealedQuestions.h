#pragma once

#include "crypto/Bytes.h"
#include "domain/QuestionBank.h"
#include "package/SealedBytes.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace examroom::package {

// One question of a sealed bank's question table (examroom.bank.v3), as views into the opened
// plaintext: what the kiosk builds its QuestionBank from, with no CSV text in between.
struct QuestionView
{
    std::string_view id;
    QuestionType type = QuestionType::TrueFalse;
    std::string_view stem;
    std::array<std::string_view, ChoiceSet::maxChoices> options{};
    int optionCount = 0;
    ChoiceSet key;
    std::string_view area;
    std::optional<int> difficulty;
    std::string_view image;
    std::string_view explanation;

    // The owning Question (the one copy of its texts).
    Question toQuestion() const;
};

// Appends the question table of examroom.bank.v3 (count, then one record per question, in the
// bank's order: the draw depends on it). Throws std::invalid_argument for a question the
// table cannot hold (more than six options, a difficulty outside 1…5, a text over 4 GiB).
void appendQuestionTable(crypto::ByteVector& out, const std::vector<Question>& questions);

// Reads a question table at `in`'s position. The texts were checked by the centre's import and
// are authenticated by the box; what is checked here is what the kiosk relies on: every length
// inside the buffer, a known type, a key that names one of the question's own choices (one for
// 判断 and 单选, two or more for 多选), at most six options (two for 单选, three for 多选 at
// least), no empty id or stem and no id twice. nullopt with the reason in `why` (naming the
// question's position and the byte offset, never its text).
std::optional<std::vector<QuestionView>> readQuestionTable(sealed::Reader& in, std::string& why);

} // namespace examroom::package
