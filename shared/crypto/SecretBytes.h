#pragma once

#include "crypto/Bytes.h"

#include <cstddef>
#include <cstdint>
#include <span>

namespace examroom::crypto {

// A secret (key, seed, derived key) kept in libsodium's guarded heap: locked against swapping,
// fenced by guard pages, and wiped when freed. Move-only so a secret has exactly one owner, and
// deliberately without any stream or string conversion so it cannot end up in a log.
class SecretBytes
{
public:
    // An empty secret (size 0, no allocation).
    SecretBytes() noexcept = default;
    // `size` zero bytes. Throws CryptoError if secure memory cannot be allocated.
    explicit SecretBytes(std::size_t size);
    // A copy of `bytes`. Throws CryptoError if secure memory cannot be allocated.
    explicit SecretBytes(ByteSpan bytes);
    ~SecretBytes();

    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    // The source is left empty.
    SecretBytes(SecretBytes&& other) noexcept;
    // Wipes and frees this secret first; the source is left empty.
    SecretBytes& operator=(SecretBytes&& other) noexcept;

    // `size` bytes from the system CSPRNG. Throws CryptoError if memory cannot be allocated.
    static SecretBytes random(std::size_t size);

    std::size_t size() const noexcept { return m_size; }
    bool empty() const noexcept { return m_size == 0; }
    // Null when empty.
    std::uint8_t* data() noexcept { return m_data; }
    const std::uint8_t* data() const noexcept { return m_data; }
    ByteSpan span() const noexcept { return {m_data, m_size}; }
    std::span<std::uint8_t> mutableSpan() noexcept { return {m_data, m_size}; }

    // True when both hold the same bytes; compared in constant time so timing leaks nothing.
    [[nodiscard]] bool equals(const SecretBytes& other) const noexcept;

private:
    void release() noexcept;

    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace examroom::crypto
