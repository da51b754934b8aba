#pragma once

#include "crypto/Bytes.h"

namespace examroom::crypto {

// True when `a` and `b` hold the same bytes. The time taken depends only on the lengths, so
// comparing a secret (MAC, token, PIN hash) against a guess leaks nothing about the secret.
// Different lengths compare unequal at once (lengths are not treated as secret).
[[nodiscard]] bool constantTimeEquals(ByteSpan a, ByteSpan b);

} // namespace examroom::crypto
