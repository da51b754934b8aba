#include "exam/SubmitRules.h"

namespace examroom {

SubmitCheck checkCandidateSubmit(std::chrono::milliseconds elapsed, int minMinutesBeforeSubmit)
{
    const std::chrono::milliseconds earliest = std::chrono::minutes(minMinutesBeforeSubmit);
    if (elapsed >= earliest)
        return {true, {}};
    return {false, earliest - elapsed};
}

std::vector<int> unansweredNumbers(const PaperAnswers& answers)
{
    std::vector<int> numbers;
    for (std::size_t i = 0; i < answers.size(); ++i)
        if (!answers[i] || answers[i]->empty())
            numbers.push_back(int(i) + 1);
    return numbers;
}

int answeredCount(const PaperAnswers& answers)
{
    return int(answers.size()) - int(unansweredNumbers(answers).size());
}

} // namespace examroom
