#include "room/WireCodec.h"

#include "crypto/Hex.h"

#include <algorithm>
#include <sodium.h>

namespace examroom::room::detail {

std::string toBase64(crypto::ByteSpan bytes)
{
    std::string out(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), bytes.data(), bytes.size(),
                      sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.size() - 1); // the terminating NUL
    return out;
}

std::optional<crypto::ByteVector> fromBase64(std::string_view text)
{
    crypto::ByteVector out(text.size() / 4 * 3 + 3);
    std::size_t length = 0;
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &length,
                          nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
        return std::nullopt;
    out.resize(length);
    return out;
}

template <std::size_t N>
std::optional<std::array<std::uint8_t, N>> keyFromHex(const nlohmann::json& object, const char* key)
{
    auto text = field<std::string>(object, key);
    if (!text)
        return std::nullopt;
    auto bytes = crypto::fromHex(*text);
    if (!bytes || bytes->size() != N)
        return std::nullopt;
    std::array<std::uint8_t, N> out{};
    std::copy(bytes->begin(), bytes->end(), out.begin());
    return out;
}

template std::optional<std::array<std::uint8_t, 32>> keyFromHex<32>(const nlohmann::json&,
                                                                    const char*);
template std::optional<std::array<std::uint8_t, 64>> keyFromHex<64>(const nlohmann::json&,
                                                                    const char*);

} // namespace examroom::room::detail
