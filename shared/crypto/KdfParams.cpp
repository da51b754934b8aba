#include "crypto/KdfParams.h"

#include "crypto/CryptoError.h"
#include "crypto/Sodium.h"

#include <algorithm>
#include <sodium.h>

namespace examroom::crypto {

static_assert(kKdfSaltBytes == crypto_pwhash_SALTBYTES);
static_assert(kKdfAlgorithmArgon2id13 == crypto_pwhash_ALG_ARGON2ID13);

namespace {

constexpr std::array<std::uint8_t, 4> kMagic{'E', 'R', 'K', 'D'};
constexpr std::uint8_t kLayoutVersion = 1;

constexpr std::size_t kMagicOffset = 0;
constexpr std::size_t kVersionOffset = 4;
constexpr std::size_t kAlgorithmOffset = 5;
constexpr std::size_t kOpsOffset = 6;
constexpr std::size_t kMemOffset = 14;
constexpr std::size_t kSaltOffset = 22;
static_assert(kSaltOffset + kKdfSaltBytes == KdfParams::kSerializedSize);

void putU64(ByteVector& out, std::size_t offset, std::uint64_t value)
{
    for (std::size_t i = 0; i < 8; ++i)
        out[offset + i] = static_cast<std::uint8_t>(value >> (8 * i));
}

std::uint64_t getU64(ByteSpan in, std::size_t offset)
{
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < 8; ++i)
        value |= static_cast<std::uint64_t>(in[offset + i]) << (8 * i);
    return value;
}

} // namespace

KdfParams KdfParams::fresh(KdfStrength strength)
{
    ensureSodium();
    KdfParams params;
    switch (strength) {
    case KdfStrength::Interactive:
        params.opsLimit = crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE;
        params.memLimit = crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE;
        break;
    case KdfStrength::Moderate:
        params.opsLimit = crypto_pwhash_argon2id_OPSLIMIT_MODERATE;
        params.memLimit = crypto_pwhash_argon2id_MEMLIMIT_MODERATE;
        break;
    case KdfStrength::MinForTests:
        params.opsLimit = crypto_pwhash_argon2id_OPSLIMIT_MIN;
        params.memLimit = crypto_pwhash_argon2id_MEMLIMIT_MIN;
        break;
    }
    randombytes_buf(params.salt.data(), params.salt.size());
    return params;
}

bool KdfParams::isValid() const noexcept
{
    return algorithm == kKdfAlgorithmArgon2id13 &&
           opsLimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN &&
           opsLimit <= crypto_pwhash_argon2id_OPSLIMIT_SENSITIVE &&
           memLimit >= crypto_pwhash_argon2id_MEMLIMIT_MIN &&
           memLimit <= crypto_pwhash_argon2id_MEMLIMIT_SENSITIVE;
}

ByteVector KdfParams::toBytes() const
{
    if (!isValid())
        throw CryptoError("refusing to store invalid KDF parameters");
    ByteVector out(kSerializedSize, 0);
    std::copy(kMagic.begin(), kMagic.end(), out.begin() + kMagicOffset);
    out[kVersionOffset] = kLayoutVersion;
    out[kAlgorithmOffset] = static_cast<std::uint8_t>(algorithm);
    putU64(out, kOpsOffset, opsLimit);
    putU64(out, kMemOffset, memLimit);
    std::copy(salt.begin(), salt.end(), out.begin() + kSaltOffset);
    return out;
}

std::optional<KdfParams> KdfParams::fromBytes(ByteSpan bytes)
{
    if (bytes.size() != kSerializedSize)
        return std::nullopt;
    if (!std::equal(kMagic.begin(), kMagic.end(), bytes.begin() + kMagicOffset))
        return std::nullopt;
    if (bytes[kVersionOffset] != kLayoutVersion)
        return std::nullopt;
    KdfParams params;
    params.algorithm = bytes[kAlgorithmOffset];
    params.opsLimit = getU64(bytes, kOpsOffset);
    params.memLimit = getU64(bytes, kMemOffset);
    std::copy_n(bytes.begin() + kSaltOffset, kKdfSaltBytes, params.salt.begin());
    ensureSodium(); // isValid() reads libsodium's limits
    if (!params.isValid())
        return std::nullopt;
    return params;
}

} // namespace examroom::crypto
