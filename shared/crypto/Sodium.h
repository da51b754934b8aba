#pragma once

namespace examroom::crypto {

// Initialises libsodium once per process; safe to call from any thread, any number of times.
// Throws CryptoError if libsodium cannot start (e.g. no usable randomness source).
void ensureSodium();

} // namespace examroom::crypto
