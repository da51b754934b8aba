#pragma once

#include "crypto/SecretBytes.h"
#include "import/FileSource.h"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace examroom::package {

// Files that must not reach any disk (a session's question images and candidates' photos),
// copied into one libsodium guarded buffer (locked against swapping, wiped when freed) with
// an index. One buffer rather than one per file: each sodium_malloc costs guard pages and
// system calls. Move-only; clear() or the destructor wipes the bytes.
class SecretFiles
{
public:
    SecretFiles() = default;
    // Copies every file of `files` (views, read during the call only). Throws
    // crypto::CryptoError when secure memory cannot be allocated.
    explicit SecretFiles(const FileViews& files);

    // The source is left empty.
    SecretFiles(SecretFiles&& other) noexcept;
    // Wipes this one's bytes first; the source is left empty.
    SecretFiles& operator=(SecretFiles&& other) noexcept;
    ~SecretFiles() = default; // SecretBytes wipes
    SecretFiles(const SecretFiles&) = delete;
    SecretFiles& operator=(const SecretFiles&) = delete;

    // The bytes of `name`, viewed in the guarded buffer (valid until this is cleared, moved
    // from or destroyed); nullopt when there is no such file.
    std::optional<std::string_view> find(std::string_view name) const;
    std::size_t count() const { return m_index.size(); }
    // The bytes held, all files together.
    std::size_t size() const { return m_bytes.size(); }
    bool empty() const { return m_index.empty(); }
    // Wipes and frees the bytes; afterwards empty.
    void clear() noexcept;

private:
    struct Slice
    {
        std::size_t offset = 0;
        std::size_t size = 0;
    };
    crypto::SecretBytes m_bytes;
    std::map<std::string, Slice, std::less<>> m_index;
};

} // namespace examroom::package
