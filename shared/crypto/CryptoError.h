#pragma once

#include <stdexcept>

namespace examroom::crypto {

// Thrown only for faults a caller cannot sensibly handle as an ordinary outcome: libsodium
// failing to start, secure memory running out, or a key or buffer of the wrong size (a bug).
// Expected failures (a bad signature, a wrong password, tampered data) are return values.
class CryptoError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

} // namespace examroom::crypto
