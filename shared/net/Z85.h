#pragma once

#include "crypto/CurveKeyPair.h"

#include <optional>
#include <string>
#include <string_view>

namespace examroom::net {

// The 40-character Z85 text of a CURVE public key, as ZeroMQ tools and config files show it.
std::string z85Encode(const crypto::CurvePublicKey& key);

// Parses the Z85 text of a 32-byte key; nullopt unless `text` is exactly 40 valid Z85
// characters. Leaves nothing behind.
[[nodiscard]] std::optional<crypto::CurvePublicKey> z85DecodeKey(std::string_view text);

} // namespace examroom::net
