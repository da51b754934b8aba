#include "crypto/CryptoError.h"
#include "crypto/KdfParams.h"

#include <algorithm>
#include <doctest/doctest.h>
#include <sodium.h>

using namespace examroom::crypto;

namespace {

KdfParams minParams()
{
    return KdfParams::fresh(KdfStrength::MinForTests);
}

} // namespace

TEST_CASE("fresh parameters use libsodium's limits for the chosen strength")
{
    const auto interactive = KdfParams::fresh(KdfStrength::Interactive);
    CHECK(interactive.opsLimit == crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE);
    CHECK(interactive.memLimit == crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE);
    CHECK(interactive.algorithm == crypto_pwhash_ALG_ARGON2ID13);

    const auto moderate = KdfParams::fresh(KdfStrength::Moderate);
    CHECK(moderate.opsLimit == crypto_pwhash_argon2id_OPSLIMIT_MODERATE);
    CHECK(moderate.memLimit == crypto_pwhash_argon2id_MEMLIMIT_MODERATE);

    const auto min = minParams();
    CHECK(min.opsLimit == crypto_pwhash_argon2id_OPSLIMIT_MIN);
    CHECK(min.memLimit == crypto_pwhash_argon2id_MEMLIMIT_MIN);

    CHECK(interactive.isValid());
    CHECK(moderate.isValid());
    CHECK(min.isValid());
}

TEST_CASE("fresh parameters get a fresh salt each time")
{
    CHECK(minParams().salt != minParams().salt);
}

TEST_CASE("parameters survive a round trip through their stored bytes")
{
    const auto params = KdfParams::fresh(KdfStrength::Moderate);
    const auto bytes = params.toBytes();
    CHECK(bytes.size() == KdfParams::kSerializedSize);
    const auto parsed = KdfParams::fromBytes(bytes);
    REQUIRE(parsed.has_value());
    CHECK(*parsed == params);
}

TEST_CASE("the stored layout is fixed")
{
    KdfParams params;
    params.opsLimit = 3;
    params.memLimit = 0x10000000; // 256 MiB
    for (std::size_t i = 0; i < params.salt.size(); ++i)
        params.salt[i] = static_cast<std::uint8_t>(0xa0 + i);
    const ByteVector expected{'E',  'R',  'K',  'D',  1,    2,    3,    0,    0,    0,
                              0,    0,    0,    0,    0,    0,    0,    0x10, 0,    0,
                              0,    0,    0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7,
                              0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    CHECK(params.toBytes() == expected);
}

TEST_CASE("garbage is not accepted as stored parameters")
{
    const auto good = minParams().toBytes();

    CHECK_FALSE(KdfParams::fromBytes({}).has_value());
    CHECK_FALSE(KdfParams::fromBytes(ByteSpan(good).first(good.size() - 1)).has_value());
    auto longer = good;
    longer.push_back(0);
    CHECK_FALSE(KdfParams::fromBytes(longer).has_value());

    auto badMagic = good;
    badMagic[0] = 'X';
    CHECK_FALSE(KdfParams::fromBytes(badMagic).has_value());

    auto badVersion = good;
    badVersion[4] = 2;
    CHECK_FALSE(KdfParams::fromBytes(badVersion).has_value());

    auto argon2i = good;
    argon2i[5] = crypto_pwhash_ALG_ARGON2I13;
    CHECK_FALSE(KdfParams::fromBytes(argon2i).has_value());

    auto zeroOps = good;
    std::fill(zeroOps.begin() + 6, zeroOps.begin() + 14, 0);
    CHECK_FALSE(KdfParams::fromBytes(zeroOps).has_value());

    auto tinyMemory = good;
    std::fill(tinyMemory.begin() + 14, tinyMemory.begin() + 22, 0);
    tinyMemory[14] = 1;
    CHECK_FALSE(KdfParams::fromBytes(tinyMemory).has_value());

    auto hugeMemory = good;
    std::fill(hugeMemory.begin() + 14, hugeMemory.begin() + 22, 0xff);
    CHECK_FALSE(KdfParams::fromBytes(hugeMemory).has_value());

    ByteVector noise(KdfParams::kSerializedSize);
    randombytes_buf(noise.data(), noise.size());
    CHECK_FALSE(KdfParams::fromBytes(noise).has_value());
}

TEST_CASE("invalid parameters cannot be stored")
{
    KdfParams params;
    CHECK_FALSE(params.isValid());
    CHECK_THROWS_AS(params.toBytes(), CryptoError);
}
