#include "crypto/CurveKeyPair.h"
#include "net/Z85.h"

#include <doctest/doctest.h>

using namespace examroom;

TEST_CASE("z85 text of a curve key reads back as the same key")
{
    auto pair = crypto::CurveKeyPair::generate();
    auto text = net::z85Encode(pair.publicKey());
    CHECK(text.size() == 40);
    auto back = net::z85DecodeKey(text);
    REQUIRE(back);
    CHECK(*back == pair.publicKey());
}

TEST_CASE("z85 decoding refuses wrong lengths and characters")
{
    auto text = net::z85Encode(crypto::CurveKeyPair::generate().publicKey());
    CHECK_FALSE(net::z85DecodeKey(text.substr(0, 39)));
    CHECK_FALSE(net::z85DecodeKey(text + "0"));
    CHECK_FALSE(net::z85DecodeKey(""));
    auto bad = text;
    bad[5] = '~'; // not in the Z85 alphabet
    CHECK_FALSE(net::z85DecodeKey(bad));
    bad[5] = '\0';
    CHECK_FALSE(net::z85DecodeKey(bad));
}
