#include "crypto/KeyDerivation.h"

#include "crypto/CryptoError.h"
#include "crypto/Sodium.h"

#include <sodium.h>

namespace examroom::crypto {

SecretBytes deriveKey(std::string_view password, const KdfParams& params, std::size_t length)
{
    ensureSodium();
    if (!params.isValid())
        throw CryptoError("invalid KDF parameters");
    if (length < crypto_pwhash_BYTES_MIN || length > crypto_pwhash_BYTES_MAX)
        throw CryptoError("derived key length out of range");
    if (password.size() > crypto_pwhash_PASSWD_MAX)
        throw CryptoError("password too long");

    SecretBytes key(length);
    // With valid parameters the only way crypto_pwhash fails is running out of memory.
    if (crypto_pwhash(key.data(), key.size(), password.data(), password.size(), params.salt.data(),
                      params.opsLimit, static_cast<std::size_t>(params.memLimit),
                      params.algorithm) != 0)
        throw CryptoError("Argon2id key derivation failed (out of memory?)");
    return key;
}

} // namespace examroom::crypto
