#pragma once

#include "domain/Question.h"

#include <string_view>
#include <vector>

namespace examroom {

// 题库: the questions of one operation item, in the bank file's order.
struct QuestionBank
{
    std::vector<Question> questions;

    const Question* find(std::string_view id) const;
    // Questions of `type` whose area is one of `areas` (any area when `areas` is empty).
    std::vector<const Question*> matching(QuestionType type,
                                          const std::vector<std::string>& areas) const;
};

} // namespace examroom
