#pragma once

#include "domain/ChoiceSet.h"
#include "domain/Paper.h"

#include <optional>
#include <string>
#include <string_view>

namespace examroom::paper {

// What a member of staff typed for one item of the paper, read as a choice in displayed
// positions: the letters of the printed options (A, B… as printed; 判断 A = 对, B = 错), in any
// order and case, spaces ignored; "" is a blank. nullopt with the reason in `why` for a letter
// the item does not print, a letter twice, or more than one letter for 判断/单选.
[[nodiscard]] std::optional<ChoiceSet> readLetters(const PaperItem& item, std::string_view typed,
                                                   std::string* why = nullptr);

// How many choices the item prints (2 for 判断).
int printedChoices(const PaperItem& item);

} // namespace examroom::paper
