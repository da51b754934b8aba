#pragma once

#include "crypto/Bytes.h"
#include "crypto/CurveKeyPair.h"

#include <cstddef>
#include <optional>

namespace examroom::crypto {

// How much longer a sealed box is than its plaintext (ephemeral public key + MAC).
inline constexpr std::size_t kSealedBoxOverhead = 48;

// Encrypts `plaintext` so that only the holder of `recipient`'s secret key can read it; the
// sender stays anonymous and cannot decrypt it again. Throws CryptoError if `recipient` is
// not a usable X25519 public key (e.g. a low-order point such as all zeros).
ByteVector sealedBoxEncrypt(const CurvePublicKey& recipient, ByteSpan plaintext);

// Opens a sealed box addressed to `recipient`; nullopt if it was altered, truncated, or sealed
// to another key.
[[nodiscard]] std::optional<ByteVector> sealedBoxDecrypt(const CurveKeyPair& recipient,
                                                         ByteSpan sealed);

} // namespace examroom::crypto
