#include "crypto/SealedBox.h"

#include "crypto/CryptoError.h"
#include "crypto/Sodium.h"

#include <sodium.h>

namespace examroom::crypto {

static_assert(kSealedBoxOverhead == crypto_box_SEALBYTES);

ByteVector sealedBoxEncrypt(const CurvePublicKey& recipient, ByteSpan plaintext)
{
    ensureSodium();
    ByteVector sealed(kSealedBoxOverhead + plaintext.size());
    if (crypto_box_seal(sealed.data(), plaintext.data(), plaintext.size(), recipient.data()) != 0)
        throw CryptoError("sealed box encryption failed (unusable recipient public key)");
    return sealed;
}

std::optional<ByteVector> sealedBoxDecrypt(const CurveKeyPair& recipient, ByteSpan sealed)
{
    ensureSodium();
    if (recipient.secretKey().size() != kCurveSecretKeyBytes)
        throw CryptoError("opening a sealed box with a moved-from key pair");
    if (sealed.size() < kSealedBoxOverhead)
        return std::nullopt;
    ByteVector plaintext(sealed.size() - kSealedBoxOverhead);
    if (crypto_box_seal_open(plaintext.data(), sealed.data(), sealed.size(),
                             recipient.publicKey().data(), recipient.secretKey().data()) != 0)
        return std::nullopt;
    return plaintext;
}

} // namespace examroom::crypto
