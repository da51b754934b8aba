#pragma once

#include "domain/Scoring.h"

#include <chrono>
#include <vector>

namespace examroom {

// Whether the candidate may hand in now (交卷). Time-up and a proctor's force-submit are not
// asked: they always submit.
struct SubmitCheck
{
    bool allowed = false;
    // When refused: how long until 交卷 is allowed.
    std::chrono::milliseconds waitFor{0};

    explicit operator bool() const { return allowed; }
};

// Refused while less than `minMinutesBeforeSubmit` of exam time has elapsed.
SubmitCheck checkCandidateSubmit(std::chrono::milliseconds elapsed, int minMinutesBeforeSubmit);

// The 1-based numbers of the items that have no answer, for the confirmation that names them.
std::vector<int> unansweredNumbers(const PaperAnswers& answers);

// How many items have an answer.
int answeredCount(const PaperAnswers& answers);

} // namespace examroom
