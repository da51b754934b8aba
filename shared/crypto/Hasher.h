#pragma once

#include "crypto/Bytes.h"
#include "crypto/Hash.h"

#include <cstddef>
#include <sodium.h>

namespace examroom::crypto {

// Incremental BLAKE2b, for hashing data that arrives in pieces (files, streamed bundles);
// the result equals hash()/keyedHash() over the concatenated pieces. Neither copyable nor
// movable: the state may hold key material and is wiped on destruction.
class Hasher
{
public:
    // Unkeyed. Throws CryptoError if `outLen` is outside 16..64.
    explicit Hasher(std::size_t outLen = kHashBytes);
    // Keyed. Throws CryptoError if `key` is not 16..64 bytes or `outLen` is outside 16..64.
    Hasher(ByteSpan key, std::size_t outLen);
    ~Hasher();

    Hasher(const Hasher&) = delete;
    Hasher& operator=(const Hasher&) = delete;

    // Feeds more data. Throws CryptoError after finish().
    void update(ByteSpan data);
    // The digest; a Hasher can be finished only once. Throws CryptoError on a second call.
    ByteVector finish();

private:
    crypto_generichash_state m_state{};
    std::size_t m_outLen;
    bool m_finished = false;
};

} // namespace examroom::crypto
