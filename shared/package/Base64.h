#pragma once

#include "crypto/Bytes.h"

#include <optional>
#include <string>
#include <string_view>

namespace examroom::package {

// RFC 4648 base64 with padding (libsodium's constant-time codec), as package format v1 and the
// package's envelope fields use it.
std::string toBase64(crypto::ByteSpan bytes);
// nullopt for anything that is not exactly one padded base64 text.
[[nodiscard]] std::optional<crypto::ByteVector> fromBase64(std::string_view text);

} // namespace examroom::package
