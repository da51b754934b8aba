#pragma once

#include "crypto/Bytes.h"

#include <string>

namespace examroom::crypto {

// A short code for a public key that two people can compare by reading it aloud, e.g. when a
// proctor confirms a kiosk's key with the exam centre over the phone.
//
// Format: "XXXX-XXXX-XXXX-XXXX-XXXX" — 20 characters in 5 groups of 4, joined by '-'. They
// encode, 5 bits per character, most significant bit first, the first 100 bits of
// BLAKE2b-160(publicKey), in the alphabet 0123456789ABCDEFGHJKMNPQRSTVWXYZ (Crockford's
// base32: no I, L, O or U, so nothing is confused with 1 or 0 when spoken or written).
// 100 bits keep it speakable while forging a key with a chosen fingerprint still costs about
// 2^100 hash evaluations. Throws CryptoError for an empty key.
std::string fingerprint(ByteSpan publicKey);

} // namespace examroom::crypto
