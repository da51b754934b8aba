#pragma once

#include "domain/Blueprint.h"

#include <string>
#include <vector>

namespace examroom {

// The structural errors of a blueprint, each naming its field as plan.json spells it, e.g.
// "blueprint.sections[2].count: must be positive, got 0". Empty when valid. Whether the bank
// can fill it is drawShortfalls' question.
std::vector<std::string> validateBlueprint(const Blueprint& blueprint);

} // namespace examroom
