#pragma once

#include "domain/ChoiceSet.h"
#include "domain/Paper.h"

#include <optional>
#include <string>
#include <string_view>

namespace examroom::paper {

// Why what was typed for an item does not read as a choice. A reason and its facts, not text:
// the screen that shows it words it in the reader's language (the proctor's PaperController);
// describe() gives English for logs, exceptions and refusals that reach no screen.
struct LettersProblem
{
    enum class Reason {
        NotAnOption,   // `typed` is not a letter the item prints (A to `lastLetter`)
        Repeated,      // the letter `typed` is given twice
        OneLetterOnly, // a 判断 or 单选 item (`type`) was given the letters `typed`
    };
    Reason reason = Reason::NotAnOption;
    // NotAnOption: the character as typed (one whole UTF-8 character, e.g. "对" or "e");
    // Repeated: the letter, upper case; OneLetterOnly: every letter read, upper case.
    std::string typed;
    char lastLetter = 'A'; // the last letter the item prints ('B' for 判断)
    QuestionType type = QuestionType::Single;
};

// What a member of staff typed for one item of the paper, read as a choice in displayed
// positions: the letters of the printed options (A, B… as printed; 判断 A = 对, B = 错), in any
// order and case, spaces ignored; "" is a blank. nullopt with `problem` filled for a character
// the item does not print, a letter twice, or more than one letter for 判断/单选.
[[nodiscard]] std::optional<ChoiceSet> readLetters(const PaperItem& item, std::string_view typed,
                                                   LettersProblem* problem = nullptr);

// The problem in English, e.g. "“E” is not an option (A–D)".
std::string describe(const LettersProblem& problem);

// How many choices the item prints (2 for 判断).
int printedChoices(const PaperItem& item);

} // namespace examroom::paper
