#include "crypto/Fingerprint.h"

#include "crypto/CryptoError.h"
#include "crypto/Hash.h"

#include <cstddef>
#include <string_view>

namespace examroom::crypto {

namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
static_assert(kAlphabet.size() == 32);

constexpr std::size_t kDigestBytes = 20; // BLAKE2b-160
constexpr std::size_t kBitsPerChar = 5;
constexpr std::size_t kGroupSize = 4;
constexpr std::size_t kGroups = 5;
constexpr std::size_t kChars = kGroupSize * kGroups;
static_assert(kChars * kBitsPerChar <= kDigestBytes * 8);

// Bit `index` of `bytes`, counting from the most significant bit of the first byte.
unsigned bitAt(const ByteVector& bytes, std::size_t index)
{
    return (bytes[index / 8] >> (7 - index % 8)) & 1U;
}

} // namespace

std::string fingerprint(ByteSpan publicKey)
{
    if (publicKey.empty())
        throw CryptoError("cannot fingerprint an empty key");
    // hash() refuses digests under 16 bytes, and 20 is within range.
    const ByteVector digest = hash(publicKey, kDigestBytes);

    std::string out;
    out.reserve(kChars + kGroups - 1);
    for (std::size_t c = 0; c < kChars; ++c) {
        if (c > 0 && c % kGroupSize == 0)
            out.push_back('-');
        unsigned value = 0;
        for (std::size_t b = 0; b < kBitsPerChar; ++b)
            value = (value << 1) | bitAt(digest, c * kBitsPerChar + b);
        out.push_back(kAlphabet[value]);
    }
    return out;
}

} // namespace examroom::crypto
