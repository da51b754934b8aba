#include "crypto/CryptoError.h"
#include "crypto/SealedBox.h"
#include "CryptoTestUtil.h"

#include <doctest/doctest.h>

using namespace examroom::crypto;
using examroom::crypto::test::flipped;

TEST_CASE("a sealed box opens with the recipient's key pair")
{
    const auto recipient = CurveKeyPair::generate();
    const auto plaintext = asBytes("incident report, room 3");
    const auto sealed = sealedBoxEncrypt(recipient.publicKey(), plaintext);
    CHECK(sealed.size() == plaintext.size() + kSealedBoxOverhead);

    const auto opened = sealedBoxDecrypt(recipient, sealed);
    REQUIRE(opened.has_value());
    CHECK(*opened == ByteVector(plaintext.begin(), plaintext.end()));
}

TEST_CASE("a sealed box does not open with another key pair")
{
    const auto sealed = sealedBoxEncrypt(CurveKeyPair::generate().publicKey(), asBytes("x"));
    CHECK_FALSE(sealedBoxDecrypt(CurveKeyPair::generate(), sealed).has_value());
}

TEST_CASE("a sealed box with any byte changed does not open")
{
    const auto recipient = CurveKeyPair::generate();
    const auto sealed = sealedBoxEncrypt(recipient.publicKey(), asBytes("incident report"));
    for (std::size_t i = 0; i < sealed.size(); ++i) {
        CAPTURE(i);
        CHECK_FALSE(sealedBoxDecrypt(recipient, flipped(sealed, i)).has_value());
    }
}

TEST_CASE("a truncated sealed box does not open")
{
    const auto recipient = CurveKeyPair::generate();
    const auto sealed = sealedBoxEncrypt(recipient.publicKey(), asBytes("report"));
    for (std::size_t length = 0; length < sealed.size(); ++length) {
        CAPTURE(length);
        CHECK_FALSE(sealedBoxDecrypt(recipient, ByteSpan(sealed).first(length)).has_value());
    }
}

TEST_CASE("sealing to an all-zero public key is a fault")
{
    CHECK_THROWS_AS(sealedBoxEncrypt(CurvePublicKey{}, asBytes("x")), CryptoError);
}
