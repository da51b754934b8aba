#include "crypto/CryptoError.h"
#include "crypto/CurveKeyPair.h"
#include "CryptoTestUtil.h"

#include <doctest/doctest.h>

using namespace examroom::crypto;
using examroom::crypto::test::unhex;

TEST_CASE("a generated curve key pair's public key matches its secret key")
{
    const auto pair = CurveKeyPair::generate();
    CHECK(pair.secretKey().size() == kCurveSecretKeyBytes);
    CHECK(publicKeyFromSecret(pair.secretKey()) == pair.publicKey());
}

TEST_CASE("generated curve key pairs differ")
{
    CHECK(CurveKeyPair::generate().publicKey() != CurveKeyPair::generate().publicKey());
}

TEST_CASE("a curve key pair reloaded from its secret key has the same public key")
{
    const auto pair = CurveKeyPair::generate();
    const auto reloaded = CurveKeyPair::fromSecretKey(SecretBytes(pair.secretKey().span()));
    CHECK(reloaded.publicKey() == pair.publicKey());
}

TEST_CASE("the X25519 public key of the RFC 7748 secret is the RFC value")
{
    // RFC 7748, section 6.1, Alice's key pair.
    const SecretBytes secret(
        unhex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"));
    CHECK(toHex(publicKeyFromSecret(secret)) ==
          "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
}

TEST_CASE("a curve secret key of the wrong size is a fault")
{
    CHECK_THROWS_AS(publicKeyFromSecret(SecretBytes::random(31)), CryptoError);
    CHECK_THROWS_AS(CurveKeyPair::fromSecretKey(SecretBytes::random(64)), CryptoError);
}
