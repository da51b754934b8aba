#include "crypto/SigningKeyPair.h"

#include "crypto/CryptoError.h"
#include "crypto/Sodium.h"

#include <sodium.h>
#include <utility>

namespace examroom::crypto {

static_assert(kSigningPublicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(kSigningSecretKeyBytes == crypto_sign_SECRETKEYBYTES);
static_assert(kSigningSeedBytes == crypto_sign_SEEDBYTES);
static_assert(kSignatureBytes == crypto_sign_BYTES);

SigningKeyPair::SigningKeyPair(const SigningPublicKey& publicKey, SecretBytes secretKey)
    : m_publicKey(publicKey), m_secretKey(std::move(secretKey))
{
}

SigningKeyPair SigningKeyPair::generate()
{
    ensureSodium();
    SigningPublicKey publicKey{};
    SecretBytes secretKey(kSigningSecretKeyBytes);
    if (crypto_sign_keypair(publicKey.data(), secretKey.data()) != 0)
        throw CryptoError("Ed25519 key generation failed");
    return {publicKey, std::move(secretKey)};
}

SigningKeyPair SigningKeyPair::fromSeed(ByteSpan seed)
{
    ensureSodium();
    if (seed.size() != kSigningSeedBytes)
        throw CryptoError("Ed25519 seed must be 32 bytes");
    SigningPublicKey publicKey{};
    SecretBytes secretKey(kSigningSecretKeyBytes);
    if (crypto_sign_seed_keypair(publicKey.data(), secretKey.data(), seed.data()) != 0)
        throw CryptoError("Ed25519 key derivation from seed failed");
    return {publicKey, std::move(secretKey)};
}

SigningKeyPair SigningKeyPair::fromSecretKey(SecretBytes secretKey)
{
    ensureSodium();
    if (secretKey.size() != kSigningSecretKeyBytes)
        throw CryptoError("Ed25519 secret key must be 64 bytes");
    SigningPublicKey publicKey{};
    if (crypto_sign_ed25519_sk_to_pk(publicKey.data(), secretKey.data()) != 0)
        throw CryptoError("Ed25519 public key extraction failed");
    return {publicKey, std::move(secretKey)};
}

Signature SigningKeyPair::sign(ByteSpan message) const
{
    ensureSodium();
    if (m_secretKey.size() != kSigningSecretKeyBytes)
        throw CryptoError("signing with a moved-from key pair");
    Signature signature{};
    if (crypto_sign_detached(signature.data(), nullptr, message.data(), message.size(),
                             m_secretKey.data()) != 0)
        throw CryptoError("Ed25519 signing failed");
    return signature;
}

bool verify(const SigningPublicKey& publicKey, ByteSpan message, const Signature& signature)
{
    ensureSodium();
    return crypto_sign_verify_detached(signature.data(), message.data(), message.size(),
                                       publicKey.data()) == 0;
}

} // namespace examroom::crypto
