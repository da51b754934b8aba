#pragma once

#include "domain/PracticalRubric.h"

#include <optional>
#include <string>
#include <string_view>

namespace examroom::practical {

// The rubric as canonical JSON (sorted keys, the centre file's field names): the copy a
// practical session keeps, so the marks are always checked against what the session opened with.
std::string rubricToJson(const PracticalRubric& rubric);

// Reads rubricToJson's output back; nullopt when the text is not one. Leaves nothing behind.
[[nodiscard]] std::optional<PracticalRubric> rubricFromJson(std::string_view text);

} // namespace examroom::practical
