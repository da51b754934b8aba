#include "crypto/CryptoError.h"
#include "crypto/KeyWrap.h"
#include "crypto/Secretbox.h"
#include "CryptoTestUtil.h"

#include <doctest/doctest.h>

using namespace examroom::crypto;
using examroom::crypto::test::flipped;

TEST_CASE("a wrapped key unwraps to the same key")
{
    const auto kek = SecretBytes::random(32);
    const auto dataKey = SecretBytes::random(32);
    const auto wrapped = wrapKey(kek, dataKey);
    CHECK(wrapped.size() == dataKey.size() + kSecretboxOverhead);

    const auto unwrapped = unwrapKey(kek, wrapped);
    REQUIRE(unwrapped.has_value());
    CHECK(unwrapped->equals(dataKey));
}

TEST_CASE("a wrapped key with any byte changed does not unwrap")
{
    const auto kek = SecretBytes::random(32);
    const auto wrapped = wrapKey(kek, SecretBytes::random(32));
    for (std::size_t i = 0; i < wrapped.size(); ++i) {
        CAPTURE(i);
        CHECK_FALSE(unwrapKey(kek, flipped(wrapped, i)).has_value());
        CHECK_FALSE(unwrapKey(kek, flipped(wrapped, i, 0xff)).has_value());
    }
}

TEST_CASE("a truncated or padded wrapped key does not unwrap")
{
    const auto kek = SecretBytes::random(32);
    const auto wrapped = wrapKey(kek, SecretBytes::random(32));
    for (std::size_t length = 0; length < wrapped.size(); ++length) {
        CAPTURE(length);
        CHECK_FALSE(unwrapKey(kek, ByteSpan(wrapped).first(length)).has_value());
    }
    auto padded = wrapped;
    padded.push_back(0);
    CHECK_FALSE(unwrapKey(kek, padded).has_value());
}

TEST_CASE("a wrapped key does not unwrap under a wrong key-encryption key")
{
    const auto kek = SecretBytes::random(32);
    const auto wrapped = wrapKey(kek, SecretBytes::random(32));
    CHECK_FALSE(unwrapKey(SecretBytes::random(32), wrapped).has_value());

    SecretBytes nearlyKek(kek.span());
    nearlyKek.data()[0] ^= 0x01;
    CHECK_FALSE(unwrapKey(nearlyKek, wrapped).has_value());
}

TEST_CASE("wrapping with a bad key-encryption key or an empty key is a fault")
{
    CHECK_THROWS_AS(wrapKey(SecretBytes::random(31), SecretBytes::random(32)), CryptoError);
    CHECK_THROWS_AS(wrapKey(SecretBytes::random(32), SecretBytes()), CryptoError);
    CHECK_THROWS_AS((void)unwrapKey(SecretBytes(), ByteVector(72)), CryptoError);
}
