#pragma once

#include "crypto/CurveKeyPair.h"
#include "crypto/SigningKeyPair.h"

#include <optional>
#include <string>
#include <string_view>

namespace examroom::net {

// The public keys of a center-sync identity (centre or site agent) as `keys init` and
// `keys show` print them on their `keys:` line, and as `enrol-site`, `trust-centre` and the
// console's agent settings take them: "<Ed25519 signing key, 64 hex>:<CURVE key, 40 Z85>".
struct PublicKeys
{
    crypto::SigningPublicKey sign{};
    crypto::CurvePublicKey curve{};
};

// Parses a `keys:` line (no surrounding spaces); nullopt unless both halves are well-formed.
[[nodiscard]] std::optional<PublicKeys> parsePublicKeyText(std::string_view text);

// The `keys:` line of `keys`.
std::string publicKeyText(const PublicKeys& keys);

// The short fingerprint of both public keys that `keys show` prints, to read over the phone.
std::string fingerprintOf(const crypto::SigningPublicKey& sign,
                          const crypto::CurvePublicKey& curve);

} // namespace examroom::net
