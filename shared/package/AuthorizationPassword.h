#pragma once

#include "crypto/SecretBytes.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace examroom::package {

// 授权密码: 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L, U/V pairs are
// kept apart: 23456789ABCDEFGHJKMNPQRSTVWXYZ, 30 symbols, about 59 bits), shown in groups of
// four ("K7Q2-M9XD-4HTR"). Hyphens, spaces and letter case do not matter when it is typed.
inline constexpr std::string_view kPasswordAlphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
inline constexpr std::size_t kPasswordLength = 12;

// A fresh password from the system CSPRNG, in secure memory (12 ASCII bytes, no grouping).
crypto::SecretBytes generatePassword();

// The grouped display form of a 12-character password. The result is an ordinary string, so
// callers show it and drop it; never log it.
std::string groupPassword(const crypto::SecretBytes& password);

// What was typed, reduced to the 12 canonical characters (upper case, no separators);
// nullopt if anything else remains (a wrong length or a character outside the alphabet).
[[nodiscard]] std::optional<crypto::SecretBytes> normalizePassword(std::string_view typed);

} // namespace examroom::package
