#include "crypto/Secretbox.h"

#include "crypto/CryptoError.h"
#include "crypto/Sodium.h"

#include <sodium.h>

namespace examroom::crypto {

static_assert(kSecretboxKeyBytes == crypto_secretbox_KEYBYTES);
static_assert(kSecretboxNonceBytes == crypto_secretbox_NONCEBYTES);
static_assert(kSecretboxMacBytes == crypto_secretbox_MACBYTES);

ByteVector secretboxEncrypt(const SecretBytes& key, ByteSpan plaintext)
{
    ensureSodium();
    if (key.size() != kSecretboxKeyBytes)
        throw CryptoError("secretbox key must be 32 bytes");
    ByteVector box(kSecretboxOverhead + plaintext.size());
    std::uint8_t* nonce = box.data();
    randombytes_buf(nonce, kSecretboxNonceBytes);
    if (crypto_secretbox_easy(box.data() + kSecretboxNonceBytes, plaintext.data(), plaintext.size(),
                              nonce, key.data()) != 0)
        throw CryptoError("secretbox encryption failed");
    return box;
}

std::optional<ByteVector> secretboxDecrypt(const SecretBytes& key, ByteSpan box)
{
    ensureSodium();
    if (key.size() != kSecretboxKeyBytes)
        throw CryptoError("secretbox key must be 32 bytes");
    if (box.size() < kSecretboxOverhead)
        return std::nullopt;
    ByteVector plaintext(box.size() - kSecretboxOverhead);
    if (crypto_secretbox_open_easy(plaintext.data(), box.data() + kSecretboxNonceBytes,
                                   box.size() - kSecretboxNonceBytes, box.data(), key.data()) != 0)
        return std::nullopt;
    return plaintext;
}

} // namespace examroom::crypto
