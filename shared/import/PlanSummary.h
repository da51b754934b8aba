#pragma once

#include "import/CentreFiles.h"

#include <string>

namespace examroom {

// A plain-text summary of imported centre files for the person checking them: the plan,
// its candidates and their warnings, the bank by type and area, whether the blueprint can be
// drawn, and the practical rubric.
std::string planSummary(const CentreFiles& files);

} // namespace examroom
