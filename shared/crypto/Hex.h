#pragma once

#include "crypto/Bytes.h"

#include <optional>
#include <string>
#include <string_view>

namespace examroom::crypto {

// Lower-case hexadecimal, two digits per byte, no separators.
std::string toHex(ByteSpan bytes);

// Parses hexadecimal (either case, no separators or whitespace); nullopt for an odd length or
// any non-hex character.
[[nodiscard]] std::optional<ByteVector> fromHex(std::string_view hex);

} // namespace examroom::crypto
