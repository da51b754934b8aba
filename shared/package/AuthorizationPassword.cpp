#include "package/AuthorizationPassword.h"

#include "crypto/Sodium.h"

#include <sodium.h>

namespace examroom::package {

crypto::SecretBytes generatePassword()
{
    crypto::ensureSodium();
    crypto::SecretBytes password(kPasswordLength);
    for (std::size_t i = 0; i < kPasswordLength; ++i)
        password.data()[i] = static_cast<std::uint8_t>(kPasswordAlphabet[randombytes_uniform(
            static_cast<std::uint32_t>(kPasswordAlphabet.size()))]);
    return password;
}

std::string groupPassword(const crypto::SecretBytes& password)
{
    std::string out;
    for (std::size_t i = 0; i < password.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out.push_back('-');
        out.push_back(static_cast<char>(password.data()[i]));
    }
    return out;
}

std::optional<crypto::SecretBytes> normalizePassword(std::string_view typed)
{
    crypto::SecretBytes out(kPasswordLength);
    std::size_t length = 0;
    for (char c : typed) {
        if (c == '-' || c == ' ')
            continue;
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        if (kPasswordAlphabet.find(c) == std::string_view::npos || length == kPasswordLength)
            return std::nullopt;
        out.data()[length++] = static_cast<std::uint8_t>(c);
    }
    if (length != kPasswordLength)
        return std::nullopt;
    return out;
}

} // namespace examroom::package
