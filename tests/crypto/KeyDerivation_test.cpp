#include "crypto/CryptoError.h"
#include "crypto/KeyDerivation.h"
#include "crypto/KeyWrap.h"
#include "CryptoTestUtil.h"

#include <doctest/doctest.h>

using namespace examroom::crypto;

namespace {

// Fixed parameters for known answers; salt 00 01 .. 0f.
KdfParams pinnedParams(std::uint64_t opsLimit, std::uint64_t memLimit)
{
    KdfParams params;
    params.opsLimit = opsLimit;
    params.memLimit = memLimit;
    for (std::size_t i = 0; i < params.salt.size(); ++i)
        params.salt[i] = static_cast<std::uint8_t>(i);
    return params;
}

} // namespace

TEST_CASE("Argon2id with fixed salt and limits gives the pinned key")
{
    // Cross-checked against OpenSSL's Argon2id (Python cryptography's Argon2id, lanes 1).
    const auto small = deriveKey("correct horse battery staple", pinnedParams(1, 8 * 1024));
    CHECK(toHex(small.span()) ==
          "d17ea6341ca93da6079ea2f64dc4aa31dd1aaf9caa67fb42ac4afd0714706f26");

    const auto larger = deriveKey("correct horse battery staple", pinnedParams(2, 64 * 1024));
    CHECK(toHex(larger.span()) ==
          "2df47ede6358ed17a9976d4fcedb897a10036d432a4acef17d263bfc98bd20ac");
}

TEST_CASE("the same password and parameters derive the same key")
{
    const auto params = KdfParams::fresh(KdfStrength::MinForTests);
    CHECK(deriveKey("s3cret", params).equals(deriveKey("s3cret", params)));
}

TEST_CASE("a different password or salt derives a different key")
{
    const auto params = KdfParams::fresh(KdfStrength::MinForTests);
    const auto key = deriveKey("s3cret", params);
    CHECK_FALSE(key.equals(deriveKey("s3cret!", params)));
    CHECK_FALSE(key.equals(deriveKey("s3cret", KdfParams::fresh(KdfStrength::MinForTests))));
}

TEST_CASE("the derived key has the requested length")
{
    const auto params = KdfParams::fresh(KdfStrength::MinForTests);
    CHECK(deriveKey("pw", params).size() == kDerivedKeyBytes);
    CHECK(deriveKey("pw", params, 64).size() == 64);
    CHECK_THROWS_AS(deriveKey("pw", params, 8), CryptoError);
}

TEST_CASE("deriving with invalid parameters is a fault")
{
    auto params = KdfParams::fresh(KdfStrength::MinForTests);
    params.algorithm = 1;
    CHECK_THROWS_AS(deriveKey("pw", params), CryptoError);
}

TEST_CASE("a key wrapped under a password cannot be unwrapped with a wrong password")
{
    const auto params = KdfParams::fresh(KdfStrength::MinForTests);
    const auto dataKey = SecretBytes::random(32);
    const auto wrapped = wrapKey(deriveKey("proctor pass 1", params), dataKey);

    const auto right = unwrapKey(deriveKey("proctor pass 1", params), wrapped);
    REQUIRE(right.has_value());
    CHECK(right->equals(dataKey));

    CHECK_FALSE(unwrapKey(deriveKey("proctor pass 2", params), wrapped).has_value());
}
