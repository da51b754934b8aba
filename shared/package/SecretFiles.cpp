#include "package/SecretFiles.h"

#include <algorithm>
#include <utility>

namespace examroom::package {

SecretFiles::SecretFiles(const FileViews& files)
{
    std::size_t total = 0;
    for (const auto& [name, bytes] : files)
        total += bytes.size();
    if (total > 0)
        m_bytes = crypto::SecretBytes(total);
    std::size_t offset = 0;
    for (const auto& [name, bytes] : files) {
        std::copy(bytes.begin(), bytes.end(), m_bytes.data() + offset);
        m_index.emplace(name, Slice{offset, bytes.size()});
        offset += bytes.size();
    }
}

SecretFiles::SecretFiles(SecretFiles&& other) noexcept
    : m_bytes(std::move(other.m_bytes)), m_index(std::exchange(other.m_index, {}))
{
}

SecretFiles& SecretFiles::operator=(SecretFiles&& other) noexcept
{
    if (this != &other) {
        m_bytes = std::move(other.m_bytes);
        m_index = std::exchange(other.m_index, {});
    }
    return *this;
}

std::optional<std::string_view> SecretFiles::find(std::string_view name) const
{
    const auto found = m_index.find(name);
    if (found == m_index.end())
        return std::nullopt;
    if (found->second.size == 0)
        return std::string_view();
    return std::string_view(reinterpret_cast<const char*>(m_bytes.data()) + found->second.offset,
                            found->second.size);
}

void SecretFiles::clear() noexcept
{
    m_bytes = crypto::SecretBytes(); // the old buffer is wiped and freed
    m_index.clear();
}

} // namespace examroom::package
