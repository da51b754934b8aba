#include "crypto/KeyWrap.h"

#include "crypto/CryptoError.h"
#include "crypto/Secretbox.h"
#include "crypto/Sodium.h"

#include <sodium.h>

namespace examroom::crypto {

ByteVector wrapKey(const SecretBytes& kek, const SecretBytes& dataKey)
{
    if (dataKey.empty())
        throw CryptoError("cannot wrap an empty key");
    return secretboxEncrypt(kek, dataKey.span());
}

std::optional<SecretBytes> unwrapKey(const SecretBytes& kek, ByteSpan wrapped)
{
    ensureSodium();
    if (kek.size() != kSecretboxKeyBytes)
        throw CryptoError("key-encryption key must be 32 bytes");
    // An empty data key is never wrapped, so a box with no payload is not ours either.
    if (wrapped.size() <= kSecretboxOverhead)
        return std::nullopt;
    // Decrypting into SecretBytes keeps the plaintext key out of the ordinary heap; on failure
    // libsodium writes nothing and SecretBytes wipes the buffer anyway.
    SecretBytes dataKey(wrapped.size() - kSecretboxOverhead);
    if (crypto_secretbox_open_easy(dataKey.data(), wrapped.data() + kSecretboxNonceBytes,
                                   wrapped.size() - kSecretboxNonceBytes, wrapped.data(),
                                   kek.data()) != 0)
        return std::nullopt;
    return dataKey;
}

} // namespace examroom::crypto
