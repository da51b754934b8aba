#pragma once

#include "crypto/Bytes.h"
#include "crypto/SecretBytes.h"

#include <cstddef>
#include <optional>

namespace examroom::crypto {

inline constexpr std::size_t kSecretboxKeyBytes = 32;
inline constexpr std::size_t kSecretboxNonceBytes = 24;
inline constexpr std::size_t kSecretboxMacBytes = 16;
// How much longer a secretbox is than its plaintext.
inline constexpr std::size_t kSecretboxOverhead = kSecretboxNonceBytes + kSecretboxMacBytes;

// Encrypts and authenticates `plaintext` with XSalsa20-Poly1305 under a 32-byte key. Layout:
// random nonce (24) || MAC (16) || ciphertext. The 192-bit random nonce is why no nonce has to
// be tracked. There is no associated-data input (secretbox has none); bind context by putting
// it in the plaintext or by using a key derived for that purpose.
// Throws CryptoError if the key is not 32 bytes.
ByteVector secretboxEncrypt(const SecretBytes& key, ByteSpan plaintext);

// Opens what secretboxEncrypt produced; nullopt if the box was altered, truncated, or sealed
// under another key. Throws CryptoError if the key is not 32 bytes.
[[nodiscard]] std::optional<ByteVector> secretboxDecrypt(const SecretBytes& key, ByteSpan box);

} // namespace examroom::crypto
