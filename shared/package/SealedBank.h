#pragma once

#include "crypto/Bytes.h"
#include "crypto/SecretBytes.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace examroom::package {

// The sealed part of a plan package (what the data key's secretbox holds), format
// `examroom.bank.v2` (schema/package/README.md): a binary, length-prefixed list of files, so
// that opening the bank at unlock is one secretbox open and an index, no JSON and no base64.
// Packages of format v1 hold a JSON object of base64 files instead; they are still read
// (a package is signed by the centre, so a site cannot rewrite it).
inline constexpr std::string_view kSealedBankMagic = "examroom.bank.v2"; // 16 bytes

// File name -> exact bytes.
using SealedFiles = std::map<std::string, std::string>;

// Encodes `files` as examroom.bank.v2. Throws std::invalid_argument for an empty plan or site
// id, an empty file name or a name or content too long for its length field.
crypto::ByteVector encodeSealedBank(std::string_view planId, std::string_view siteId,
                                    const SealedFiles& files);

// An opened sealed part: the plaintext kept once, wiped when this goes, and the files as views
// into it (nothing is copied). Move-only.
class OpenedBank
{
public:
    using Files = std::map<std::string, std::string_view, std::less<>>;

    // Opens `box` (secretbox under `dataKey`) and indexes it: v2 directly, v1 (JSON of base64
    // files) decoded once. nullopt when the key does not open the box, the content is not a
    // well-formed v1 or v2 sealed part, or it names another plan or site than expected (a box
    // moved into another package); then `error` (when given) says why, naming the byte offset
    // of a malformed field (never file contents). Throws crypto::CryptoError only for a key
    // not 32 bytes.
    [[nodiscard]] static std::optional<OpenedBank>
    open(const crypto::SecretBytes& dataKey, crypto::ByteSpan box, std::string_view planId,
         std::string_view siteId, std::string* error = nullptr);
    // Indexes an already opened plaintext (takes it; wiped when this goes). nullopt and
    // `error` as above.
    [[nodiscard]] static std::optional<OpenedBank> fromPlaintext(crypto::ByteVector plain,
                                                                 std::string_view planId,
                                                                 std::string_view siteId,
                                                                 std::string* error = nullptr);

    OpenedBank(OpenedBank&& other) noexcept;
    OpenedBank& operator=(OpenedBank&& other) noexcept;
    OpenedBank(const OpenedBank&) = delete;
    OpenedBank& operator=(const OpenedBank&) = delete;
    ~OpenedBank();

    // 1 or 2: the format the centre sealed.
    int formatVersion() const { return m_version; }
    const Files& files() const { return m_files; }
    // Copies of the files (for callers that need owning strings; they wipe them).
    SealedFiles copyFiles() const;

private:
    OpenedBank() = default;
    void wipe() noexcept;

    crypto::ByteVector m_plain; // v2 bytes (v1 content is re-encoded into this once)
    Files m_files;
    int m_version = 0;
};

} // namespace examroom::package
