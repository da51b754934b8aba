#pragma once

#include "crypto/KdfParams.h"
#include "crypto/SecretBytes.h"

#include <cstddef>
#include <string_view>

namespace examroom::crypto {

inline constexpr std::size_t kDerivedKeyBytes = 32;

// Derives a `length`-byte key from `password` with Argon2id v1.3 under `params`. A wrong
// password is not detected here: it yields a different key, which then fails to open what the
// right key sealed. Throws CryptoError for invalid params, a length outside 16..2^32-1, or
// when Argon2id cannot get its working memory.
SecretBytes deriveKey(std::string_view password, const KdfParams& params,
                      std::size_t length = kDerivedKeyBytes);

} // namespace examroom::crypto
