#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace examroom {

// Checks that `name` is a relative path inside `dir` (no "..", not absolute) naming an
// existing PNG or JPEG file, judged by its first bytes. Returns what is wrong, if anything.
std::optional<std::string> checkImageFile(const std::filesystem::path& dir, std::string_view name);

} // namespace examroom
