#pragma once

#include "crypto/Bytes.h"
#include "crypto/SecretBytes.h"

#include <array>
#include <cstddef>
#include <cstdint>

namespace examroom::crypto {

inline constexpr std::size_t kSigningPublicKeyBytes = 32;
inline constexpr std::size_t kSigningSecretKeyBytes = 64;
inline constexpr std::size_t kSigningSeedBytes = 32;
inline constexpr std::size_t kSignatureBytes = 64;

using SigningPublicKey = std::array<std::uint8_t, kSigningPublicKeyBytes>;
using Signature = std::array<std::uint8_t, kSignatureBytes>;

// An Ed25519 key pair for detached signatures (papers, result files, sync bundles).
class SigningKeyPair
{
public:
    // A fresh key pair from the system CSPRNG.
    static SigningKeyPair generate();
    // The key pair determined by a 32-byte seed (RFC 8032 "private key"); for known-answer
    // tests and for keys whose seed is stored elsewhere. Throws CryptoError on a wrong size.
    static SigningKeyPair fromSeed(ByteSpan seed);
    // Reloads a key pair from its 64-byte libsodium secret key (seed || public key).
    // Throws CryptoError on a wrong size.
    static SigningKeyPair fromSecretKey(SecretBytes secretKey);

    const SigningPublicKey& publicKey() const noexcept { return m_publicKey; }
    // The 64-byte libsodium secret key, for storing it encrypted.
    const SecretBytes& secretKey() const noexcept { return m_secretKey; }

    // A detached Ed25519 signature over `message`.
    Signature sign(ByteSpan message) const;

private:
    SigningKeyPair(const SigningPublicKey& publicKey, SecretBytes secretKey);

    SigningPublicKey m_publicKey{};
    SecretBytes m_secretKey;
};

// True only if `signature` is a valid Ed25519 signature of `message` under `publicKey`;
// false for any change to either, and for malformed keys or signatures.
[[nodiscard]] bool verify(const SigningPublicKey& publicKey, ByteSpan message,
                          const Signature& signature);

} // namespace examroom::crypto
