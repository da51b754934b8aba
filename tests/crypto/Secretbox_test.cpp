#include "crypto/CryptoError.h"
#include "crypto/Secretbox.h"
#include "CryptoTestUtil.h"

#include <doctest/doctest.h>

using namespace examroom::crypto;
using examroom::crypto::test::flipped;

TEST_CASE("a secretbox opens to its plaintext under the same key")
{
    const auto key = SecretBytes::random(kSecretboxKeyBytes);
    const auto plaintext = asBytes("answers of candidate 42");
    const auto box = secretboxEncrypt(key, plaintext);
    CHECK(box.size() == plaintext.size() + kSecretboxOverhead);

    const auto opened = secretboxDecrypt(key, box);
    REQUIRE(opened.has_value());
    CHECK(*opened == ByteVector(plaintext.begin(), plaintext.end()));
}

TEST_CASE("an empty plaintext makes a box that opens to nothing")
{
    const auto key = SecretBytes::random(kSecretboxKeyBytes);
    const auto box = secretboxEncrypt(key, {});
    CHECK(box.size() == kSecretboxOverhead);
    const auto opened = secretboxDecrypt(key, box);
    REQUIRE(opened.has_value());
    CHECK(opened->empty());
}

TEST_CASE("sealing the same plaintext twice gives different boxes")
{
    const auto key = SecretBytes::random(kSecretboxKeyBytes);
    CHECK(secretboxEncrypt(key, asBytes("same")) != secretboxEncrypt(key, asBytes("same")));
}

TEST_CASE("a secretbox with any byte changed does not open")
{
    const auto key = SecretBytes::random(kSecretboxKeyBytes);
    const auto box = secretboxEncrypt(key, asBytes("answers of candidate 42"));
    for (std::size_t i = 0; i < box.size(); ++i) {
        CAPTURE(i);
        CHECK_FALSE(secretboxDecrypt(key, flipped(box, i)).has_value());
    }
}

TEST_CASE("a truncated secretbox does not open")
{
    const auto key = SecretBytes::random(kSecretboxKeyBytes);
    const auto box = secretboxEncrypt(key, asBytes("answers"));
    for (std::size_t length = 0; length < box.size(); ++length) {
        CAPTURE(length);
        CHECK_FALSE(secretboxDecrypt(key, ByteSpan(box).first(length)).has_value());
    }
}

TEST_CASE("a secretbox does not open under another key")
{
    const auto box = secretboxEncrypt(SecretBytes::random(32), asBytes("answers"));
    CHECK_FALSE(secretboxDecrypt(SecretBytes::random(32), box).has_value());
}

TEST_CASE("a secretbox key of the wrong size is a fault")
{
    CHECK_THROWS_AS(secretboxEncrypt(SecretBytes::random(16), asBytes("x")), CryptoError);
    CHECK_THROWS_AS((void)secretboxDecrypt(SecretBytes::random(16), ByteVector(64)), CryptoError);
}
