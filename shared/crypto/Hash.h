#pragma once

#include "crypto/Bytes.h"

#include <cstddef>

namespace examroom::crypto {

inline constexpr std::size_t kHashBytes = 32;
inline constexpr std::size_t kHashMinBytes = 16;
inline constexpr std::size_t kHashMaxBytes = 64;
inline constexpr std::size_t kHashKeyMinBytes = 16;
inline constexpr std::size_t kHashKeyMaxBytes = 64;

// BLAKE2b of `data`, `outLen` bytes long (default 256 bits).
// Throws CryptoError if `outLen` is outside 16..64.
ByteVector hash(ByteSpan data, std::size_t outLen = kHashBytes);

// Keyed BLAKE2b (a MAC / PRF) of `data` under `key`, `outLen` bytes long.
// Throws CryptoError if `key` is not 16..64 bytes or `outLen` is outside 16..64.
ByteVector keyedHash(ByteSpan key, ByteSpan data, std::size_t outLen = kHashBytes);

} // namespace examroom::crypto
