#pragma once

#include "crypto/Bytes.h"
#include "crypto/SecretBytes.h"
#include "import/FileSource.h"
#include "package/SealedQuestions.h"

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
// Format `examroom.bank.v3`: v2 with the bank as a binary question table (before the files)
// instead of bank.csv, so that the kiosk builds its QuestionBank at unlock straight from the
// opened box: no CSV parse and no second validation of what the centre validated and sealed.
inline constexpr std::string_view kSealedBankMagicV3 = "examroom.bank.v3"; // 16 bytes

// File name -> exact bytes.
using SealedFiles = std::map<std::string, std::string>;

// Encodes `files` as examroom.bank.v2 (what packages before v3 sealed; the reader's tests and
// fuzz seeds write it). Throws std::invalid_argument for an empty plan or site id, an empty file
// name or a name or content too long for its length field.
crypto::ByteVector encodeSealedBank(std::string_view planId, std::string_view siteId,
                                    const SealedFiles& files);
// Encodes `questions` (in their order) and `images` (the files the questions name) as
// examroom.bank.v3. Throws std::invalid_argument as above and for a question the table cannot
// hold (package/SealedQuestions.h).
crypto::ByteVector encodeSealedBankV3(std::string_view planId, std::string_view siteId,
                                      const std::vector<Question>& questions,
                                      const SealedFiles& images);

// An opened sealed part: the plaintext kept once, wiped when this goes, and the files as views
// into it (nothing is copied). Move-only.
class OpenedBank
{
public:
    using Files = FileViews;

    // Opens `box` (secretbox under `dataKey`) and indexes it: v3 and v2 directly, v1 (JSON of
    // base64 files) decoded once. nullopt when the key does not open the box, the content is not a
    // well-formed v1, v2 or v3 sealed part, or it names another plan or site than expected (a box
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

    // 1, 2 or 3: the format the centre sealed.
    int formatVersion() const { return m_version; }
    // True for v3: the bank is the question table (questions()); v1 and v2 hold bank.csv.
    bool hasQuestionTable() const { return m_version == 3; }
    // The files: bank.csv and the images (v1, v2); the images only (v3).
    const Files& files() const { return m_files; }
    // v3: the questions in the bank's order, views into the plaintext; empty for v1 and v2.
    const std::vector<QuestionView>& questions() const { return m_questions; }
    // v3: the QuestionBank of questions() (each text copied once); empty for v1 and v2.
    QuestionBank questionBank() const;
    // Copies of the files (for callers that need owning strings; they wipe them).
    SealedFiles copyFiles() const;

private:
    OpenedBank() = default;
    void wipe() noexcept;

    crypto::ByteVector m_plain; // v2 bytes (v1 content is re-encoded into this once)
    Files m_files;
    std::vector<QuestionView> m_questions;
    int m_version = 0;
};

} // namespace examroom::package
