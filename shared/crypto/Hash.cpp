#include "crypto/Hash.h"

#include "crypto/CryptoError.h"
#include "crypto/Sodium.h"

#include <sodium.h>

namespace examroom::crypto {

static_assert(kHashBytes == crypto_generichash_BYTES);
static_assert(kHashMinBytes == crypto_generichash_BYTES_MIN);
static_assert(kHashMaxBytes == crypto_generichash_BYTES_MAX);
static_assert(kHashKeyMinBytes == crypto_generichash_KEYBYTES_MIN);
static_assert(kHashKeyMaxBytes == crypto_generichash_KEYBYTES_MAX);

ByteVector hash(ByteSpan data, std::size_t outLen)
{
    ensureSodium();
    if (outLen < kHashMinBytes || outLen > kHashMaxBytes)
        throw CryptoError("BLAKE2b output length must be 16..64 bytes");
    ByteVector out(outLen);
    if (crypto_generichash(out.data(), out.size(), data.data(), data.size(), nullptr, 0) != 0)
        throw CryptoError("BLAKE2b failed");
    return out;
}

ByteVector keyedHash(ByteSpan key, ByteSpan data, std::size_t outLen)
{
    ensureSodium();
    if (outLen < kHashMinBytes || outLen > kHashMaxBytes)
        throw CryptoError("BLAKE2b output length must be 16..64 bytes");
    if (key.size() < kHashKeyMinBytes || key.size() > kHashKeyMaxBytes)
        throw CryptoError("BLAKE2b key must be 16..64 bytes");
    ByteVector out(outLen);
    if (crypto_generichash(out.data(), out.size(), data.data(), data.size(), key.data(),
                           key.size()) != 0)
        throw CryptoError("BLAKE2b failed");
    return out;
}

} // namespace examroom::crypto
