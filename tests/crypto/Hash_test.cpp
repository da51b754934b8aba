#include "crypto/ConstantTime.h"
#include "crypto/CryptoError.h"
#include "crypto/Hash.h"
#include "crypto/Hasher.h"
#include "crypto/Hex.h"
#include "CryptoTestUtil.h"

#include <doctest/doctest.h>

using namespace examroom::crypto;
using examroom::crypto::test::unhex;

namespace {

const ByteVector kKey = unhex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

} // namespace

TEST_CASE("BLAKE2b matches the published test vectors")
{
    // RFC 7693, appendix A.
    CHECK(toHex(hash(asBytes("abc"), 64)) ==
          "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5"
          "de4533cc9518d38aa8dbf1925ab92386edd4009923");
    // BLAKE2b-256, cross-checked against Python's hashlib.blake2b(digest_size=32).
    CHECK(toHex(hash(asBytes("abc"))) ==
          "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319");
    CHECK(toHex(hash({})) == "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
}

TEST_CASE("keyed BLAKE2b matches a pinned value and depends on the key")
{
    // Python: hashlib.blake2b(b"abc", digest_size=32, key=bytes(range(32))).
    CHECK(toHex(keyedHash(kKey, asBytes("abc"))) ==
          "d63a32d3e44738d7907f964316c241adaba0abfeabc32349677578a15a203f7f");
    CHECK(keyedHash(kKey, asBytes("abc")) != hash(asBytes("abc")));
    auto otherKey = kKey;
    otherKey[0] ^= 1;
    CHECK(keyedHash(otherKey, asBytes("abc")) != keyedHash(kKey, asBytes("abc")));
}

TEST_CASE("hash lengths and key sizes outside BLAKE2b's range are faults")
{
    CHECK_THROWS_AS(hash(asBytes("abc"), 15), CryptoError);
    CHECK_THROWS_AS(hash(asBytes("abc"), 65), CryptoError);
    CHECK_THROWS_AS(keyedHash(ByteSpan(kKey).first(15), asBytes("abc")), CryptoError);
    CHECK_THROWS_AS(keyedHash({}, asBytes("abc")), CryptoError);
    CHECK_THROWS_AS(Hasher(8), CryptoError);
}

TEST_CASE("hashing in pieces equals hashing at once")
{
    const auto whole = asBytes("the quick brown fox jumps over the lazy dog");
    Hasher hasher;
    hasher.update(whole.first(10));
    hasher.update({});
    hasher.update(whole.subspan(10));
    CHECK(hasher.finish() == hash(whole));

    Hasher keyed(kKey, 64);
    keyed.update(whole.first(3));
    keyed.update(whole.subspan(3));
    CHECK(keyed.finish() == keyedHash(kKey, whole, 64));
}

TEST_CASE("a finished hasher cannot be used again")
{
    Hasher hasher;
    hasher.update(asBytes("abc"));
    CHECK(toHex(hasher.finish()) ==
          "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319");
    CHECK_THROWS_AS(hasher.update(asBytes("more")), CryptoError);
    CHECK_THROWS_AS(hasher.finish(), CryptoError);
}

TEST_CASE("hex round-trips and accepts either case")
{
    const ByteVector bytes{0x00, 0x01, 0x7f, 0x80, 0xab, 0xff};
    CHECK(toHex(bytes) == "00017f80abff");
    CHECK(fromHex("00017f80abff") == bytes);
    CHECK(fromHex("00017F80ABFF") == bytes);
    CHECK(toHex({}).empty());
    CHECK(fromHex("") == ByteVector{});
}

TEST_CASE("malformed hex is rejected")
{
    CHECK_FALSE(fromHex("abc").has_value());
    CHECK_FALSE(fromHex("zz").has_value());
    CHECK_FALSE(fromHex("0g").has_value());
    CHECK_FALSE(fromHex("00 11").has_value());
    CHECK_FALSE(fromHex("0011 ").has_value());
    CHECK_FALSE(fromHex(" 0011").has_value());
    CHECK_FALSE(fromHex("00:11").has_value());
    CHECK_FALSE(fromHex(std::string_view("00\0"
                                         "1",
                                         4))
                    .has_value());
}

TEST_CASE("constant-time comparison is equality of bytes and length")
{
    const ByteVector a{1, 2, 3, 4};
    CHECK(constantTimeEquals(a, ByteVector{1, 2, 3, 4}));
    CHECK_FALSE(constantTimeEquals(a, ByteVector{1, 2, 3, 5}));
    CHECK_FALSE(constantTimeEquals(a, ByteVector{1, 2, 3}));
    CHECK_FALSE(constantTimeEquals(a, ByteVector{1, 2, 3, 4, 0}));
    CHECK(constantTimeEquals({}, {}));
    CHECK_FALSE(constantTimeEquals({}, a));
}
