#include "crypto/Hex.h"

#include "crypto/Sodium.h"

#include <sodium.h>

namespace examroom::crypto {

std::string toHex(ByteSpan bytes)
{
    ensureSodium();
    // sodium_bin2hex writes a terminating NUL, hence the extra byte trimmed afterwards.
    std::string hex(bytes.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes.data(), bytes.size());
    hex.pop_back();
    return hex;
}

std::optional<ByteVector> fromHex(std::string_view hex)
{
    ensureSodium();
    if (hex.size() % 2 != 0)
        return std::nullopt;
    // sodium_hex2bin insists on a non-null output buffer, which an empty vector lacks.
    if (hex.empty())
        return ByteVector{};
    ByteVector bytes(hex.size() / 2);
    std::size_t written = 0;
    const char* end = nullptr;
    if (sodium_hex2bin(bytes.data(), bytes.size(), hex.data(), hex.size(), nullptr, &written,
                       &end) != 0)
        return std::nullopt;
    // sodium_hex2bin stops quietly at the first non-hex character when given `end`.
    if (end != hex.data() + hex.size() || written != bytes.size())
        return std::nullopt;
    return bytes;
}

} // namespace examroom::crypto
