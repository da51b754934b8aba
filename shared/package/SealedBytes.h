#pragma once

#include "crypto/Bytes.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string_view>

// The little-endian, length-prefixed encoding of the sealed bank (schema/package/README.md),
// shared by its file index and its question table. Internal to shared/package.
namespace examroom::package::sealed {

inline void putNumber(crypto::ByteVector& out, std::uint64_t value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.push_back(std::uint8_t(value >> (8 * i)));
}

// A 4-byte length, then the bytes. Throws std::invalid_argument when `text` is longer than
// the length field can say.
inline void putText(crypto::ByteVector& out, std::string_view text)
{
    if (text.size() > std::numeric_limits<std::uint32_t>::max())
        throw std::invalid_argument("sealed bank: a text is too long");
    putNumber(out, text.size(), 4);
    out.insert(out.end(), text.begin(), text.end());
}

// Reads front to back; every length is checked against what is left, so a malformed part can
// neither overrun the buffer nor make the reader allocate.
class Reader
{
public:
    explicit Reader(crypto::ByteSpan bytes) : m_bytes(bytes) {}

    bool skip(std::string_view magic)
    {
        if (left() < magic.size() ||
            std::string_view(reinterpret_cast<const char*>(m_bytes.data()) + m_at, magic.size()) !=
                magic)
            return false;
        m_at += magic.size();
        return true;
    }
    std::optional<std::uint64_t> number(int bytes)
    {
        if (left() < std::size_t(bytes))
            return std::nullopt;
        std::uint64_t value = 0;
        for (int i = 0; i < bytes; ++i)
            value |= std::uint64_t(m_bytes[m_at + std::size_t(i)]) << (8 * i);
        m_at += std::size_t(bytes);
        return value;
    }
    // A view of the next `length` bytes (inside the buffer: nothing copied).
    std::optional<std::string_view> text(std::uint64_t length)
    {
        if (length > left())
            return std::nullopt;
        std::string_view view(reinterpret_cast<const char*>(m_bytes.data()) + m_at,
                              std::size_t(length));
        m_at += std::size_t(length);
        return view;
    }
    std::size_t left() const { return m_bytes.size() - m_at; }
    std::size_t offset() const { return m_at; }

private:
    crypto::ByteSpan m_bytes;
    std::size_t m_at = 0;
};

} // namespace examroom::package::sealed
