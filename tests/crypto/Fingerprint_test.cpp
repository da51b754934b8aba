#include "crypto/CryptoError.h"
#include "crypto/CurveKeyPair.h"
#include "crypto/Fingerprint.h"
#include "crypto/SigningKeyPair.h"
#include "CryptoTestUtil.h"

#include <doctest/doctest.h>
#include <string_view>

using namespace examroom::crypto;
using examroom::crypto::test::unhex;

namespace {

bool hasFingerprintFormat(const std::string& text)
{
    constexpr std::string_view alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    if (text.size() != 24)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i % 5 == 4) {
            if (text[i] != '-')
                return false;
        } else if (alphabet.find(text[i]) == std::string_view::npos) {
            return false;
        }
    }
    return true;
}

} // namespace

TEST_CASE("the fingerprint of a known key is pinned")
{
    // RFC 8032 test 1 public key; cross-checked with Python (blake2b digest_size=20, base32).
    const auto key = unhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    CHECK(fingerprint(key) == "3CTH-FKTT-Y2P8-DE7F-X225");
}

TEST_CASE("fingerprints are five groups of four unambiguous characters")
{
    for (int i = 0; i < 50; ++i) {
        const auto text = fingerprint(CurveKeyPair::generate().publicKey());
        CAPTURE(text);
        CHECK(hasFingerprintFormat(text));
    }
}

TEST_CASE("a key's fingerprint is stable and differs between keys")
{
    const auto a = SigningKeyPair::generate();
    const auto b = SigningKeyPair::generate();
    CHECK(fingerprint(a.publicKey()) == fingerprint(a.publicKey()));
    CHECK(fingerprint(a.publicKey()) != fingerprint(b.publicKey()));

    auto changed = a.publicKey();
    changed[31] ^= 0x01;
    CHECK(fingerprint(changed) != fingerprint(a.publicKey()));
}

TEST_CASE("fingerprinting an empty key is a fault")
{
    CHECK_THROWS_AS(fingerprint({}), CryptoError);
}
