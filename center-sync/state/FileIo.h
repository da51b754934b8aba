#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace examroom::centersync {

// The whole file as bytes. Throws std::runtime_error naming the file if it cannot be read.
std::string readWholeFile(const std::filesystem::path& file);

// Writes `data` to FILE.tmp (mode 0600), syncs it and renames it over `file`: a reader sees
// the old file or the whole new one. Throws std::runtime_error; no partial file is left.
void writeFileAtomically(const std::filesystem::path& file, std::string_view data);

} // namespace examroom::centersync
