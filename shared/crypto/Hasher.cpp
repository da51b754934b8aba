#include "crypto/Hasher.h"

#include "crypto/CryptoError.h"
#include "crypto/Sodium.h"

namespace examroom::crypto {

Hasher::Hasher(std::size_t outLen) : Hasher(ByteSpan{}, outLen) {}

Hasher::Hasher(ByteSpan key, std::size_t outLen) : m_outLen(outLen)
{
    ensureSodium();
    if (outLen < kHashMinBytes || outLen > kHashMaxBytes)
        throw CryptoError("BLAKE2b output length must be 16..64 bytes");
    // An empty key means unkeyed; a non-empty one must be a valid BLAKE2b key.
    if (!key.empty() && (key.size() < kHashKeyMinBytes || key.size() > kHashKeyMaxBytes))
        throw CryptoError("BLAKE2b key must be 16..64 bytes");
    if (crypto_generichash_init(&m_state, key.empty() ? nullptr : key.data(), key.size(), outLen) !=
        0)
        throw CryptoError("BLAKE2b initialisation failed");
}

Hasher::~Hasher()
{
    sodium_memzero(&m_state, sizeof m_state);
}

void Hasher::update(ByteSpan data)
{
    if (m_finished)
        throw CryptoError("Hasher::update after finish");
    if (crypto_generichash_update(&m_state, data.data(), data.size()) != 0)
        throw CryptoError("BLAKE2b update failed");
}

ByteVector Hasher::finish()
{
    if (m_finished)
        throw CryptoError("Hasher::finish called twice");
    m_finished = true;
    ByteVector out(m_outLen);
    if (crypto_generichash_final(&m_state, out.data(), out.size()) != 0)
        throw CryptoError("BLAKE2b finalisation failed");
    return out;
}

} // namespace examroom::crypto
