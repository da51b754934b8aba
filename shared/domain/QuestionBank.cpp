#include "domain/QuestionBank.h"

#include <algorithm>

namespace examroom {

const Question* QuestionBank::find(std::string_view id) const
{
    for (const auto& question : questions)
        if (question.id == id)
            return &question;
    return nullptr;
}

std::vector<const Question*> QuestionBank::matching(QuestionType type,
                                                    const std::vector<std::string>& areas) const
{
    std::vector<const Question*> found;
    for (const auto& question : questions) {
        if (question.type != type)
            continue;
        if (!areas.empty() && std::find(areas.begin(), areas.end(), question.area) == areas.end())
            continue;
        found.push_back(&question);
    }
    return found;
}

} // namespace examroom
