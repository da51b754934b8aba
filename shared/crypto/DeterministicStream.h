#pragma once

#include "crypto/Bytes.h"
#include "crypto/SecretBytes.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace examroom::crypto {

inline constexpr std::size_t kStreamSeedBytes = 32;

// Reproducible pseudo-random numbers: the same seed and context give the same sequence on every
// machine and build, so a paper draw can be re-done and audited later. Not for secrets that
// must stay unpredictable without the seed — use SecretBytes::random for those.
//
// Definition (so it can be reimplemented elsewhere):
//   key    = BLAKE2b-256(message = context, key = seed, salt = 16 zero bytes,
//                        personal = "ExamroomDStream1")
//   stream = ChaCha20 (original, 64-bit nonce) keystream under key, nonce 0, block 0 onward
// Bytes are consumed in order; nextU32 reads 4 bytes little-endian; uniform(bound) repeats
// nextU32 until the value is >= (2^32 mod bound), then returns it mod bound.
// Move-only; a moved-from stream throws CryptoError when used.
class DeterministicStream
{
public:
    // Throws CryptoError if `seed` is not 32 bytes.
    DeterministicStream(ByteSpan seed, std::string_view context);

    // Fills `out` with the next bytes of the stream.
    void fill(std::span<std::uint8_t> out);
    // The next 4 bytes as a little-endian integer.
    std::uint32_t nextU32();
    // A value in [0, bound) with no modulo bias; always consumes at least one nextU32.
    // Throws CryptoError if `bound` is 0.
    std::uint32_t uniform(std::uint32_t bound);

private:
    void refill();

    SecretBytes m_key;
    // The current ChaCha20 block; kept in secure memory since it reveals upcoming draws.
    SecretBytes m_block;
    std::size_t m_used = 0;
    std::uint64_t m_nextBlock = 0;
};

} // namespace examroom::crypto
