#pragma once

#include "crypto/SecretBytes.h"

#include <array>
#include <cstddef>
#include <cstdint>

namespace examroom::crypto {

inline constexpr std::size_t kCurvePublicKeyBytes = 32;
inline constexpr std::size_t kCurveSecretKeyBytes = 32;

using CurvePublicKey = std::array<std::uint8_t, kCurvePublicKeyBytes>;

// An X25519 key pair, as used by ZeroMQ's CURVE security and by sealed boxes. Keys are raw
// 32-byte values; the Z85 text form ZeroMQ uses belongs to the networking layer (libzmq has
// zmq_z85_encode/decode), which keeps this library free of a ZeroMQ dependency.
class CurveKeyPair
{
public:
    // A fresh key pair from the system CSPRNG.
    static CurveKeyPair generate();
    // Reloads a key pair from its 32-byte secret key, recomputing the public key.
    // Throws CryptoError on a wrong size.
    static CurveKeyPair fromSecretKey(SecretBytes secretKey);

    const CurvePublicKey& publicKey() const noexcept { return m_publicKey; }
    const SecretBytes& secretKey() const noexcept { return m_secretKey; }

private:
    CurveKeyPair(const CurvePublicKey& publicKey, SecretBytes secretKey);

    CurvePublicKey m_publicKey{};
    SecretBytes m_secretKey;
};

// The public key belonging to a 32-byte X25519 secret key, e.g. to check a stored pair.
// Throws CryptoError on a wrong size.
CurvePublicKey publicKeyFromSecret(const SecretBytes& secretKey);

} // namespace examroom::crypto
