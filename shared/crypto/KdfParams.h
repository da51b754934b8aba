#pragma once

#include "crypto/Bytes.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>

namespace examroom::crypto {

// How hard a password-based key derivation should work.
enum class KdfStrength {
    Interactive, // libsodium's INTERACTIVE limits (~64 MiB): unlocking at a kiosk or console
    Moderate,    // libsodium's MODERATE limits (~256 MiB): long-lived keys, derived rarely
    MinForTests, // libsodium's MIN limits: fast but weak; only for tests
};

inline constexpr std::size_t kKdfSaltBytes = 16;
// libsodium's crypto_pwhash_ALG_ARGON2ID13; the only algorithm accepted.
inline constexpr int kKdfAlgorithmArgon2id13 = 2;

// The Argon2id parameters a key was derived with. They are not secret and are stored beside
// what the key protects, so that the key can be derived again after the defaults change.
//
// Stored layout (toBytes/fromBytes), kSerializedSize = 38 bytes:
//   0..3    magic "ERKD"
//   4       layout version, 1
//   5       algorithm id (2 = Argon2id v1.3)
//   6..13   opsLimit, unsigned 64-bit little-endian
//   14..21  memLimit in bytes, unsigned 64-bit little-endian
//   22..37  salt
struct KdfParams
{
    static constexpr std::size_t kSerializedSize = 38;

    std::uint64_t opsLimit = 0;
    std::uint64_t memLimit = 0;
    std::array<std::uint8_t, kKdfSaltBytes> salt{};
    int algorithm = kKdfAlgorithmArgon2id13;

    // Parameters for `strength` with a fresh random salt.
    static KdfParams fresh(KdfStrength strength);

    // True when the algorithm is Argon2id and the limits lie between libsodium's minimum and
    // its SENSITIVE level; the upper bound stops a forged file from making a machine spend
    // minutes or gigabytes on one derivation.
    [[nodiscard]] bool isValid() const noexcept;

    // The stored layout described above. Throws CryptoError if the parameters are not valid.
    ByteVector toBytes() const;
    // Parses the stored layout; nullopt for a wrong length, magic, version or algorithm, or
    // limits that isValid() rejects.
    [[nodiscard]] static std::optional<KdfParams> fromBytes(ByteSpan bytes);

    friend bool operator==(const KdfParams&, const KdfParams&) = default;
};

} // namespace examroom::crypto
