#include "crypto/Sodium.h"

#include "crypto/CryptoError.h"

#include <sodium.h>

namespace examroom::crypto {

void ensureSodium()
{
    // A function-local static is initialised exactly once even under concurrent first calls;
    // if sodium_init throws here, the next call simply tries again.
    static const bool ready = [] {
        if (sodium_init() < 0)
            throw CryptoError("libsodium could not be initialised");
        return true;
    }();
    static_cast<void>(ready);
}

} // namespace examroom::crypto
