#include "net/KeyText.h"

#include "crypto/Fingerprint.h"
#include "crypto/Hex.h"
#include "net/Z85.h"

#include <algorithm>

namespace examroom::net {

std::optional<PublicKeys> parsePublicKeyText(std::string_view text)
{
    const auto colon = text.find(':');
    if (colon != 64)
        return std::nullopt;
    auto sign = crypto::fromHex(std::string(text.substr(0, colon)));
    auto curve = z85DecodeKey(text.substr(colon + 1));
    if (!sign || sign->size() != crypto::kSigningPublicKeyBytes || !curve)
        return std::nullopt;
    PublicKeys keys;
    std::copy(sign->begin(), sign->end(), keys.sign.begin());
    keys.curve = *curve;
    return keys;
}

std::string publicKeyText(const PublicKeys& keys)
{
    return crypto::toHex(keys.sign) + ":" + z85Encode(keys.curve);
}

std::string fingerprintOf(const crypto::SigningPublicKey& sign, const crypto::CurvePublicKey& curve)
{
    crypto::ByteVector both(sign.begin(), sign.end());
    both.insert(both.end(), curve.begin(), curve.end());
    return crypto::fingerprint(both);
}

} // namespace examroom::net
