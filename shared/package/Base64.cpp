#include "package/Base64.h"

#include "crypto/Sodium.h"

#include <sodium.h>

namespace examroom::package {
namespace {

constexpr int kBase64Variant = sodium_base64_VARIANT_ORIGINAL;

} // namespace

std::string toBase64(crypto::ByteSpan bytes)
{
    crypto::ensureSodium();
    std::string out(sodium_base64_encoded_len(bytes.size(), kBase64Variant), '\0');
    sodium_bin2base64(out.data(), out.size(), bytes.data(), bytes.size(), kBase64Variant);
    out.resize(out.size() - 1); // the terminating NUL
    return out;
}

std::optional<crypto::ByteVector> fromBase64(std::string_view text)
{
    crypto::ensureSodium();
    crypto::ByteVector out(text.size() / 4 * 3 + 3);
    std::size_t length = 0;
    const char* end = nullptr;
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &length, &end,
                          kBase64Variant) != 0 ||
        end != text.data() + text.size())
        return std::nullopt;
    out.resize(length);
    return out;
}

} // namespace examroom::package
