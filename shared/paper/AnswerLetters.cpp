#include "paper/AnswerLetters.h"

namespace examroom::paper {

int printedChoices(const PaperItem& item)
{
    return static_cast<int>(item.optionOrder.size());
}

std::optional<ChoiceSet> readLetters(const PaperItem& item, std::string_view typed,
                                     std::string* why)
{
    auto fail = [&](std::string text) -> std::optional<ChoiceSet> {
        if (why)
            *why = std::move(text);
        return std::nullopt;
    };
    const int choices = printedChoices(item);
    ChoiceSet set;
    for (char c : typed) {
        if (c == ' ')
            continue;
        const char upper = (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
        const int index = upper - 'A';
        if (index < 0 || index >= choices || index >= ChoiceSet::maxChoices)
            return fail("“" + std::string(1, c) + "” is not an option (A–" +
                        std::string(1, char('A' + choices - 1)) + ")");
        if (set.contains(index))
            return fail(std::string(1, upper) + " is given twice");
        set.insert(index);
    }
    if (item.type != QuestionType::Multiple && set.size() > 1)
        return fail(std::string(item.type == QuestionType::TrueFalse ? "判断" : "单选") +
                    " takes one letter, not " + set.letters());
    return set;
}

} // namespace examroom::paper
