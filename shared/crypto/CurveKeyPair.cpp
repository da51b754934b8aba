#include "crypto/CurveKeyPair.h"

#include "crypto/CryptoError.h"
#include "crypto/Sodium.h"

#include <sodium.h>
#include <utility>

namespace examroom::crypto {

static_assert(kCurvePublicKeyBytes == crypto_box_PUBLICKEYBYTES);
static_assert(kCurveSecretKeyBytes == crypto_box_SECRETKEYBYTES);
static_assert(crypto_box_SECRETKEYBYTES == crypto_scalarmult_SCALARBYTES);
static_assert(crypto_box_PUBLICKEYBYTES == crypto_scalarmult_BYTES);

CurveKeyPair::CurveKeyPair(const CurvePublicKey& publicKey, SecretBytes secretKey)
    : m_publicKey(publicKey), m_secretKey(std::move(secretKey))
{
}

CurveKeyPair CurveKeyPair::generate()
{
    ensureSodium();
    CurvePublicKey publicKey{};
    SecretBytes secretKey(kCurveSecretKeyBytes);
    if (crypto_box_keypair(publicKey.data(), secretKey.data()) != 0)
        throw CryptoError("X25519 key generation failed");
    return {publicKey, std::move(secretKey)};
}

CurveKeyPair CurveKeyPair::fromSecretKey(SecretBytes secretKey)
{
    const CurvePublicKey publicKey = publicKeyFromSecret(secretKey);
    return {publicKey, std::move(secretKey)};
}

CurvePublicKey publicKeyFromSecret(const SecretBytes& secretKey)
{
    ensureSodium();
    if (secretKey.size() != kCurveSecretKeyBytes)
        throw CryptoError("X25519 secret key must be 32 bytes");
    CurvePublicKey publicKey{};
    if (crypto_scalarmult_base(publicKey.data(), secretKey.data()) != 0)
        throw CryptoError("X25519 public key computation failed");
    return publicKey;
}

} // namespace examroom::crypto
