#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace examroom::crypto {

using ByteSpan = std::span<const std::uint8_t>;
using ByteVector = std::vector<std::uint8_t>;

// Views the characters of `text` as bytes (UTF-8 text is hashed and signed as its encoding).
inline ByteSpan asBytes(std::string_view text)
{
    // Viewing chars as unsigned chars is one of the aliasing forms the standard allows.
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

} // namespace examroom::crypto
