#include "crypto/ConstantTime.h"

#include "crypto/Sodium.h"

#include <sodium.h>

namespace examroom::crypto {

bool constantTimeEquals(ByteSpan a, ByteSpan b)
{
    ensureSodium();
    if (a.size() != b.size())
        return false;
    if (a.empty())
        return true;
    return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace examroom::crypto
