#pragma once

#include "crypto/Bytes.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace examroom::room::detail {

// Base64 (standard alphabet, padded) as the bundle's JSON carries file contents.
std::string toBase64(crypto::ByteSpan bytes);
[[nodiscard]] std::optional<crypto::ByteVector> fromBase64(std::string_view text);

// Reads a JSON value of type T at `key`, nullopt when missing or of another type. Never throws.
template <typename T> std::optional<T> field(const nlohmann::json& object, const char* key)
{
    if (!object.is_object())
        return std::nullopt;
    auto it = object.find(key);
    if (it == object.end())
        return std::nullopt;
    try {
        return it->get<T>();
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
}

// A fixed-size key from hex; nullopt when it is not exactly N bytes of hex.
template <std::size_t N>
std::optional<std::array<std::uint8_t, N>> keyFromHex(const nlohmann::json& object,
                                                      const char* key);

} // namespace examroom::room::detail
