#include "crypto/SecretBytes.h"

#include "crypto/CryptoError.h"
#include "crypto/Sodium.h"

#include <algorithm>
#include <sodium.h>
#include <utility>

namespace examroom::crypto {

SecretBytes::SecretBytes(std::size_t size)
{
    ensureSodium();
    if (size == 0)
        return;
    m_data = static_cast<std::uint8_t*>(sodium_malloc(size));
    if (m_data == nullptr)
        throw CryptoError("secure memory allocation failed");
    m_size = size;
    // sodium_malloc fills with a canary pattern, not zeros.
    sodium_memzero(m_data, m_size);
}

SecretBytes::SecretBytes(ByteSpan bytes) : SecretBytes(bytes.size())
{
    if (!bytes.empty())
        std::copy(bytes.begin(), bytes.end(), m_data);
}

SecretBytes::~SecretBytes()
{
    release();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes secret(size);
    if (size > 0)
        randombytes_buf(secret.m_data, size);
    return secret;
}

bool SecretBytes::equals(const SecretBytes& other) const noexcept
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecretBytes::release() noexcept
{
    // sodium_free wipes the region before unmapping it.
    if (m_data != nullptr)
        sodium_free(m_data);
    m_data = nullptr;
    m_size = 0;
}

} // namespace examroom::crypto
