#pragma once

#include "practical/PracticalTypes.h"

#include <optional>
#include <string>
#include <vector>

namespace examroom::practical {

// One recorded attempt at one exam: its number (1, or 2 for the make-up) and outcome.
struct AttemptOutcome
{
    int attempt = 1;
    bool passed = false;
};

// The 补考 rule over a person's attempts at one exam: a pass stands; one fail allows one
// make-up; a failed make-up means 重新参加培训 (retrain).
AttemptStanding attemptStanding(const std::vector<AttemptOutcome>& attempts);

// Why attempt number `attempt` may not be taken given `standing`; nullopt when it may.
// With no record the roster decides; after one fail only attempt 2; nothing after a pass or
// a retrain.
[[nodiscard]] std::optional<std::string> attemptRefusal(AttemptStanding standing, int attempt);

// "passed", "needs-make-up", "retrain", "none": the stored and exported form.
std::string_view standingName(AttemptStanding standing);
// "knowledge-passed-here", "marked-by-proctor", …: the stored form of an eligibility reason.
std::string_view eligibilityReasonName(EligibilityReason reason);
// The reason of a stored name; nullopt for a name this version does not know.
std::optional<EligibilityReason> eligibilityReasonFromName(std::string_view name);

// The Chinese label the console shows (合格, 需补考, 重新参加培训, 无记录).
std::string_view standingLabel(AttemptStanding standing);

} // namespace examroom::practical
