#include "net/Z85.h"

#include <algorithm>
#include <zmq.h>

namespace examroom::net {

std::string z85Encode(const crypto::CurvePublicKey& key)
{
    char text[41] = {};
    zmq_z85_encode(text, key.data(), key.size());
    return std::string(text, 40);
}

std::optional<crypto::CurvePublicKey> z85DecodeKey(std::string_view text)
{
    static constexpr std::string_view alphabet =
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN"
        "OPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#";
    // zmq_z85_decode needs a NUL-terminated string and does not reject every bad character
    // itself, so the length and alphabet are checked first.
    if (text.size() != 40 || !std::all_of(text.begin(), text.end(), [](char c) {
            return c != '\0' && alphabet.find(c) != std::string_view::npos;
        }))
        return std::nullopt;
    std::string copy(text);
    crypto::CurvePublicKey key{};
    if (!zmq_z85_decode(key.data(), copy.c_str()))
        return std::nullopt;
    return key;
}

} // namespace examroom::net
