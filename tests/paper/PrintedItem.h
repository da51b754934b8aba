#pragma once

// An item as a paper prints it, for the tests of what staff type for it.
#include "domain/Paper.h"

namespace examroom::test {

// A question of `type` printing `choices` options in bank order (A = the bank's first).
inline PaperItem printedItem(QuestionType type, int choices)
{
    PaperItem item;
    item.questionId = "Q";
    item.type = type;
    for (int c = 0; c < choices; ++c)
        item.optionOrder.push_back(c);
    return item;
}

} // namespace examroom::test
