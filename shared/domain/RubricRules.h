#pragma once

#include "domain/PracticalRubric.h"

#include <string>
#include <vector>

namespace examroom {

// The structural errors of a rubric, each naming its place with the file's field names,
// e.g. "subjects[1].tasks[0] (K21): rows add up to 90, expected 100". Empty when valid.
std::vector<std::string> validateRubric(const PracticalRubric& rubric);

} // namespace examroom
