#pragma once

#include "crypto/Bytes.h"
#include "crypto/SecretBytes.h"

#include <optional>

namespace examroom::crypto {

// Encrypts a data key under a key-encryption key (e.g. one from deriveKey) so the data key can
// be stored. Same layout as secretboxEncrypt: nonce (24) || MAC (16) || encrypted key.
// Throws CryptoError if `kek` is not 32 bytes or `dataKey` is empty.
ByteVector wrapKey(const SecretBytes& kek, const SecretBytes& dataKey);

// Recovers a data key from wrapKey's output straight into secure memory; nullopt if `wrapped`
// was altered or truncated or `kek` is the wrong key (e.g. derived from a wrong password).
// Throws CryptoError if `kek` is not 32 bytes.
[[nodiscard]] std::optional<SecretBytes> unwrapKey(const SecretBytes& kek, ByteSpan wrapped);

} // namespace examroom::crypto
