#include "practical/Attempts.h"

#include <algorithm>

namespace examroom::practical {

AttemptStanding attemptStanding(const std::vector<AttemptOutcome>& attempts)
{
    if (attempts.empty())
        return AttemptStanding::None;
    if (std::any_of(attempts.begin(), attempts.end(), [](const auto& a) { return a.passed; }))
        return AttemptStanding::Passed;
    const bool madeUp =
        std::any_of(attempts.begin(), attempts.end(), [](const auto& a) { return a.attempt >= 2; });
    return madeUp ? AttemptStanding::Retrain : AttemptStanding::NeedsMakeUp;
}

std::optional<std::string> attemptRefusal(AttemptStanding standing, int attempt)
{
    switch (standing) {
    case AttemptStanding::Passed:
        return "already passed: no further attempt";
    case AttemptStanding::Retrain:
        return "failed the make-up attempt: retrain (重新参加培训), no further attempt accepted";
    case AttemptStanding::NeedsMakeUp:
        if (attempt != 2)
            return "failed once: only the make-up attempt (补考, attempt 2) is accepted";
        return std::nullopt;
    case AttemptStanding::None:
        // Nothing recorded here: the roster's 补考 column is the centre's word for attempt 2.
        return std::nullopt;
    }
    return "unknown standing";
}

std::string_view standingName(AttemptStanding standing)
{
    switch (standing) {
    case AttemptStanding::Passed:
        return "passed";
    case AttemptStanding::NeedsMakeUp:
        return "needs-make-up";
    case AttemptStanding::Retrain:
        return "retrain";
    case AttemptStanding::None:
        break;
    }
    return "none";
}

namespace {

constexpr std::pair<EligibilityReason, std::string_view> kReasonNames[] = {
    {EligibilityReason::KnowledgePassedHere, "knowledge-passed-here"},
    {EligibilityReason::MarkedByProctor, "marked-by-proctor"},
    {EligibilityReason::PracticalPassed, "practical-passed"},
    {EligibilityReason::PracticalMakeUpOnly, "practical-make-up-only"},
    {EligibilityReason::PracticalRetrain, "practical-retrain"},
    {EligibilityReason::KnowledgeNeedsMakeUp, "knowledge-needs-make-up"},
    {EligibilityReason::KnowledgeRetrain, "knowledge-retrain"},
    {EligibilityReason::NoKnowledgePass, "no-knowledge-pass"},
};

} // namespace

std::string_view eligibilityReasonName(EligibilityReason reason)
{
    for (const auto& [code, name] : kReasonNames)
        if (code == reason)
            return name;
    return "no-knowledge-pass";
}

std::optional<EligibilityReason> eligibilityReasonFromName(std::string_view name)
{
    for (const auto& [code, known] : kReasonNames)
        if (known == name)
            return code;
    return std::nullopt;
}

std::string_view standingLabel(AttemptStanding standing)
{
    switch (standing) {
    case AttemptStanding::Passed:
        return "合格";
    case AttemptStanding::NeedsMakeUp:
        return "需补考";
    case AttemptStanding::Retrain:
        return "重新参加培训";
    case AttemptStanding::None:
        break;
    }
    return "无记录";
}

} // namespace examroom::practical
