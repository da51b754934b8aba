#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace examroom {

struct LineColumn
{
    int line = 1;
    int column = 1;
};

// The 1-based line and character column of byte `offset` in `text`.
LineColumn lineColumnAt(std::string_view text, std::size_t offset);

// The byte offset of the first invalid UTF-8 sequence in `text`, if any.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text);

// `text` without a leading UTF-8 byte-order mark.
std::string_view stripBom(std::string_view text);

} // namespace examroom
