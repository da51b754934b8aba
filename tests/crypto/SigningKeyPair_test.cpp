#include "crypto/CryptoError.h"
#include "crypto/Hex.h"
#include "crypto/SigningKeyPair.h"
#include "CryptoTestUtil.h"

#include <algorithm>
#include <doctest/doctest.h>
#include <utility>

using namespace examroom::crypto;
using examroom::crypto::test::flipped;
using examroom::crypto::test::unhex;

namespace {

// RFC 8032, section 7.1, TEST 1.
constexpr const char* kRfcSeed = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
constexpr const char* kRfcPublic =
    "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
constexpr const char* kRfcSignature =
    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9"
    "b46bd25bf5f0595bbe24655141438e7a100b";

Signature toSignature(ByteSpan bytes)
{
    Signature signature{};
    REQUIRE(bytes.size() == signature.size());
    std::copy(bytes.begin(), bytes.end(), signature.begin());
    return signature;
}

} // namespace

TEST_CASE("a key pair from the RFC 8032 seed has the RFC public key and signature")
{
    const auto pair = SigningKeyPair::fromSeed(unhex(kRfcSeed));
    CHECK(toHex(pair.publicKey()) == kRfcPublic);

    const Signature signature = pair.sign({});
    CHECK(toHex(signature) == kRfcSignature);
    CHECK(verify(pair.publicKey(), {}, signature));
}

TEST_CASE("the stored secret key is the seed followed by the public key")
{
    const auto pair = SigningKeyPair::fromSeed(unhex(kRfcSeed));
    CHECK(toHex(pair.secretKey().span()) == std::string(kRfcSeed) + kRfcPublic);
}

TEST_CASE("a key pair reloaded from its secret key signs the same")
{
    const auto pair = SigningKeyPair::generate();
    const auto reloaded = SigningKeyPair::fromSecretKey(SecretBytes(pair.secretKey().span()));
    CHECK(reloaded.publicKey() == pair.publicKey());
    const auto message = asBytes("paper 2027-03-08 room 3");
    CHECK(reloaded.sign(message) == pair.sign(message));
}

TEST_CASE("a signature verifies under its own public key only")
{
    const auto pair = SigningKeyPair::generate();
    const auto other = SigningKeyPair::generate();
    const auto message = asBytes("result: candidate 42 scored 87");
    const auto signature = pair.sign(message);
    CHECK(verify(pair.publicKey(), message, signature));
    CHECK_FALSE(verify(other.publicKey(), message, signature));
}

TEST_CASE("a signature over a changed message does not verify")
{
    const auto pair = SigningKeyPair::generate();
    const auto message = asBytes("result: candidate 42 scored 87");
    const auto signature = pair.sign(message);
    for (std::size_t i = 0; i < message.size(); ++i) {
        CAPTURE(i);
        CHECK_FALSE(verify(pair.publicKey(), flipped(message, i), signature));
    }
    CHECK_FALSE(verify(pair.publicKey(), message.first(message.size() - 1), signature));
}

TEST_CASE("a changed signature does not verify")
{
    const auto pair = SigningKeyPair::generate();
    const auto message = asBytes("result: candidate 42 scored 87");
    const auto signature = pair.sign(message);
    for (std::size_t i = 0; i < signature.size(); ++i) {
        CAPTURE(i);
        CHECK_FALSE(verify(pair.publicKey(), message, toSignature(flipped(signature, i))));
        CHECK_FALSE(verify(pair.publicKey(), message, toSignature(flipped(signature, i, 0x80))));
    }
}

TEST_CASE("a changed public key does not verify")
{
    const auto pair = SigningKeyPair::generate();
    const auto message = asBytes("bundle");
    const auto signature = pair.sign(message);
    for (std::size_t i = 0; i < pair.publicKey().size(); ++i) {
        CAPTURE(i);
        SigningPublicKey key = pair.publicKey();
        key[i] ^= 0x01;
        CHECK_FALSE(verify(key, message, signature));
    }
    CHECK_FALSE(verify(SigningPublicKey{}, message, signature));
}

TEST_CASE("a seed or secret key of the wrong size is a fault")
{
    CHECK_THROWS_AS(SigningKeyPair::fromSeed(unhex("00")), CryptoError);
    CHECK_THROWS_AS(SigningKeyPair::fromSecretKey(SecretBytes::random(32)), CryptoError);
}
