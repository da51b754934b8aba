#include "paper/AnswerLetters.h"

#include <algorithm>

namespace examroom::paper {
namespace {

// The whole UTF-8 character that starts at `at` (a stray byte alone), so that a problem
// never quotes half of a Chinese character.
std::string characterAt(std::string_view text, std::size_t at)
{
    const auto lead = static_cast<unsigned char>(text[at]);
    const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return std::string(text.substr(at, length));
}

} // namespace

int printedChoices(const PaperItem& item)
{
    return static_cast<int>(item.optionOrder.size());
}

std::optional<ChoiceSet> readLetters(const PaperItem& item, std::string_view typed,
                                     LettersProblem* problem)
{
    const int choices = printedChoices(item);
    auto fail = [&](LettersProblem::Reason reason, std::string what) -> std::optional<ChoiceSet> {
        if (problem) {
            problem->reason = reason;
            problem->typed = std::move(what);
            problem->lastLetter = char('A' + std::max(choices, 1) - 1);
            problem->type = item.type;
        }
        return std::nullopt;
    };
    ChoiceSet set;
    for (std::size_t at = 0; at < typed.size(); ++at) {
        const char c = typed[at];
        if (c == ' ')
            continue;
        const char upper = (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
        const int index = upper - 'A';
        if (index < 0 || index >= choices || index >= ChoiceSet::maxChoices)
            return fail(LettersProblem::Reason::NotAnOption, characterAt(typed, at));
        if (set.contains(index))
            return fail(LettersProblem::Reason::Repeated, std::string(1, upper));
        set.insert(index);
    }
    if (item.type != QuestionType::Multiple && set.size() > 1)
        return fail(LettersProblem::Reason::OneLetterOnly, set.letters());
    return set;
}

std::string describe(const LettersProblem& problem)
{
    switch (problem.reason) {
    case LettersProblem::Reason::NotAnOption:
        return "“" + problem.typed + "” is not an option (A–" + std::string(1, problem.lastLetter) +
               ")";
    case LettersProblem::Reason::Repeated:
        return problem.typed + " is given twice";
    case LettersProblem::Reason::OneLetterOnly:
        return std::string(problem.type == QuestionType::TrueFalse ? "a true/false"
                                                                   : "a single-choice") +
               " item takes one letter, not " + problem.typed;
    }
    return "the letters do not read";
}

} // namespace examroom::paper
