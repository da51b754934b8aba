#pragma once

#include "crypto/Bytes.h"
#include "crypto/Hex.h"

#include <cstddef>
#include <cstdint>
#include <doctest/doctest.h>
#include <stdexcept>
#include <string_view>

namespace examroom::crypto::test {

// Bytes from a hex literal in a test; a typo in the literal fails loudly.
inline ByteVector unhex(std::string_view hex)
{
    auto bytes = fromHex(hex);
    if (!bytes)
        throw std::invalid_argument("bad hex literal in test");
    return *bytes;
}

// A copy of `bytes` with one bit of byte `index` inverted.
inline ByteVector flipped(ByteSpan bytes, std::size_t index, std::uint8_t mask = 0x01)
{
    ByteVector copy(bytes.begin(), bytes.end());
    copy[index] ^= mask;
    return copy;
}

} // namespace examroom::crypto::test
