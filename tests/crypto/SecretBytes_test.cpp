#include "crypto/Bytes.h"
#include "crypto/SecretBytes.h"

#include <doctest/doctest.h>
#include <utility>

using examroom::crypto::asBytes;
using examroom::crypto::SecretBytes;

TEST_CASE("a default secret is empty")
{
    const SecretBytes secret;
    CHECK(secret.empty());
    CHECK(secret.size() == 0);
    CHECK(secret.data() == nullptr);
}

TEST_CASE("a sized secret starts as zeros")
{
    const SecretBytes secret(48);
    REQUIRE(secret.size() == 48);
    for (auto byte : secret.span())
        CHECK(byte == 0);
}

TEST_CASE("a secret built from bytes holds a copy of them")
{
    const auto source = asBytes("exam-room");
    const SecretBytes secret(source);
    REQUIRE(secret.size() == source.size());
    CHECK(std::equal(source.begin(), source.end(), secret.span().begin()));
    CHECK(secret.data() != source.data());
}

TEST_CASE("moving a secret leaves the source empty")
{
    SecretBytes source = SecretBytes::random(32);
    const auto* original = source.data();

    SecretBytes moved(std::move(source));
    CHECK(source.empty()); // NOLINT(bugprone-use-after-move): checking the moved-from state
    CHECK(source.data() == nullptr);
    CHECK(moved.size() == 32);
    CHECK(moved.data() == original);

    SecretBytes assigned = SecretBytes::random(8);
    assigned = std::move(moved);
    CHECK(moved.empty()); // NOLINT(bugprone-use-after-move)
    CHECK(assigned.size() == 32);
    CHECK(assigned.data() == original);
}

TEST_CASE("random secrets differ from each other")
{
    const auto a = SecretBytes::random(32);
    const auto b = SecretBytes::random(32);
    CHECK(a.size() == 32);
    CHECK_FALSE(a.equals(b));
}

TEST_CASE("secrets are equal only with the same bytes and the same length")
{
    const auto a = SecretBytes::random(32);
    const SecretBytes copy(a.span());
    CHECK(a.equals(copy));
    CHECK(copy.equals(a));

    SecretBytes changed(a.span());
    changed.data()[31] ^= 0x80;
    CHECK_FALSE(a.equals(changed));

    const SecretBytes shorter(a.span().first(31));
    CHECK_FALSE(a.equals(shorter));

    CHECK(SecretBytes().equals(SecretBytes()));
    CHECK_FALSE(SecretBytes().equals(a));
}

TEST_CASE("a random secret of size zero is empty")
{
    CHECK(SecretBytes::random(0).empty());
}
