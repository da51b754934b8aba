#pragma once

// Fixed keys for the center-sync fuzz targets: an input must mean the same thing on every run,
// so nothing random may decide what a target does with it.
#include "crypto/CurveKeyPair.h"
#include "crypto/SecretBytes.h"
#include "crypto/SigningKeyPair.h"

#include <sodium.h>

namespace examroom::fuzz {

inline crypto::SigningKeyPair fixedSigningKey()
{
    std::array<std::uint8_t, crypto_sign_SEEDBYTES> seed{};
    seed.fill(0x5a);
    return crypto::SigningKeyPair::fromSeed(crypto::ByteSpan(seed));
}

inline crypto::CurveKeyPair fixedCurveKey()
{
    std::array<std::uint8_t, 32> secret{};
    secret.fill(0x3c);
    return crypto::CurveKeyPair::fromSecretKey(crypto::SecretBytes(crypto::ByteSpan(secret)));
}

} // namespace examroom::fuzz
