#include "package/SealedBank.h"

#include "crypto/Secretbox.h"
#include "package/Base64.h"

#include <limits>
#include <nlohmann/json.hpp>
#include <sodium.h>
#include <stdexcept>
#include <utility>

namespace examroom::package {
namespace {

constexpr std::string_view kV1Format = "examroom.plan-package.v1.bank";
// Longer names are no file name a centre sends; the bound keeps a hostile length harmless.
constexpr std::uint32_t kMaxNameBytes = 4096;

void putU32(crypto::ByteVector& out, std::uint32_t value)
{
    for (int shift = 0; shift < 32; shift += 8)
        out.push_back(std::uint8_t(value >> shift));
}

void putU64(crypto::ByteVector& out, std::uint64_t value)
{
    for (int shift = 0; shift < 64; shift += 8)
        out.push_back(std::uint8_t(value >> shift));
}

void putText(crypto::ByteVector& out, std::string_view text)
{
    if (text.size() > std::numeric_limits<std::uint32_t>::max())
        throw std::invalid_argument("sealed bank: a name is too long");
    putU32(out, std::uint32_t(text.size()));
    out.insert(out.end(), text.begin(), text.end());
}

// Reads the v2 layout front to back; every length is checked against what is left, so a
// malformed part can neither overrun the buffer nor allocate.
class Reader
{
public:
    explicit Reader(crypto::ByteSpan bytes) : m_bytes(bytes) {}

    bool skipMagic()
    {
        if (left() < kSealedBankMagic.size() ||
            std::string_view(reinterpret_cast<const char*>(m_bytes.data()),
                             kSealedBankMagic.size()) != kSealedBankMagic)
            return false;
        m_at += kSealedBankMagic.size();
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

struct V2Index
{
    std::string_view planId, siteId;
    OpenedBank::Files files;
};

// Says why into `error` (when given) and returns nullopt.
std::nullopt_t refuse(std::string* error, std::string why)
{
    if (error)
        *error = "sealed bank: " + std::move(why);
    return std::nullopt;
}

std::string at(std::size_t offset)
{
    return " at byte " + std::to_string(offset);
}

std::optional<V2Index> indexV2(crypto::ByteSpan bytes, std::string* error)
{
    Reader in(bytes);
    if (!in.skipMagic())
        return refuse(error, "does not start with " + std::string(kSealedBankMagic));
    V2Index index;
    const auto idField = [&](const char* what) -> std::optional<std::string_view> {
        const std::size_t offset = in.offset();
        auto length = in.number(4);
        if (!length)
            return refuse(error, std::string(what) + ": length cut off" + at(offset));
        if (*length == 0)
            return refuse(error, std::string(what) + " is empty" + at(offset));
        auto text = in.text(*length);
        if (!text)
            return refuse(error, std::string(what) + ": length " + std::to_string(*length) +
                                     at(offset) + " runs past the end (" +
                                     std::to_string(in.left()) + " bytes left)");
        return text;
    };
    auto plan = idField("plan id");
    auto site = plan ? idField("site id") : std::nullopt;
    if (!site)
        return std::nullopt;
    const std::size_t countAt = in.offset();
    auto count = in.number(4);
    if (!count)
        return refuse(error, "file count cut off" + at(countAt));
    index.planId = *plan;
    index.siteId = *site;
    std::string_view previous;
    for (std::uint64_t i = 0; i < *count; ++i) {
        const std::string file = "file " + std::to_string(i + 1) + " of " + std::to_string(*count);
        const std::size_t nameAt = in.offset();
        auto nameLength = in.number(4);
        if (!nameLength)
            return refuse(error, file + ": name length cut off" + at(nameAt));
        if (*nameLength == 0 || *nameLength > kMaxNameBytes)
            return refuse(error, file + ": name length " + std::to_string(*nameLength) +
                                     at(nameAt) + " is not 1…" + std::to_string(kMaxNameBytes));
        auto name = in.text(*nameLength);
        if (!name)
            return refuse(error, file + ": name runs past the end" + at(nameAt));
        const std::size_t contentAt = in.offset();
        auto contentLength = in.number(8);
        if (!contentLength)
            return refuse(error, file + ": content length cut off" + at(contentAt));
        auto content = in.text(*contentLength);
        if (!content)
            return refuse(error, file + ": content length " + std::to_string(*contentLength) +
                                     at(contentAt) + " runs past the end (" +
                                     std::to_string(in.left()) + " bytes left)");
        // Strictly ascending names: one encoding per set of files, no duplicates.
        if (i > 0 && *name <= previous)
            return refuse(error, file + ": name" + at(nameAt) +
                                     (*name == previous ? " repeats the name before it"
                                                        : " is not after the name before it"));
        previous = *name;
        index.files.emplace(std::string(*name), *content);
    }
    if (in.left() != 0)
        return refuse(error,
                      std::to_string(in.left()) + " bytes after the last file" + at(in.offset()));
    return index;
}

// The v1 sealed part (JSON of base64 files), re-encoded as v2 so both are read one way.
std::optional<crypto::ByteVector> v1AsV2(const crypto::ByteVector& plain, std::string* error)
{
    const char* text = reinterpret_cast<const char*>(plain.data());
    auto sealed = nlohmann::json::parse(text, text + plain.size(), nullptr, false);
    if (sealed.is_discarded() || !sealed.is_object())
        return refuse(error, "starts with { but is no v1 JSON object");
    const auto format = sealed.find("format");
    const auto plan = sealed.find("plan_id");
    const auto site = sealed.find("site_id");
    const auto files = sealed.find("files");
    if (format == sealed.end() || !format->is_string() || *format != kV1Format ||
        plan == sealed.end() || !plan->is_string() || site == sealed.end() || !site->is_string() ||
        files == sealed.end() || !files->is_object())
        return refuse(error, std::string("v1: format, plan_id, site_id or files missing or ") +
                                 "mistyped (format must be " + std::string(kV1Format) + ")");
    SealedFiles decoded;
    std::optional<crypto::ByteVector> encoded;
    bool ok = true;
    for (const auto& [name, value] : files->items()) {
        auto content =
            value.is_string() ? fromBase64(value.get_ref<const std::string&>()) : std::nullopt;
        if (!content || name.empty() || name.size() > kMaxNameBytes) {
            ok = false;
            refuse(error, "v1: a file " + std::string(content ? "name is empty or too long"
                                                              : "is not base64 text"));
            break;
        }
        decoded[name].assign(content->begin(), content->end());
        sodium_memzero(content->data(), content->size());
    }
    if (ok && (plan->get_ref<const std::string&>().empty() ||
               site->get_ref<const std::string&>().empty()))
        refuse(error, "v1: plan_id or site_id is empty");
    else if (ok)
        encoded = encodeSealedBank(plan->get_ref<const std::string&>(),
                                   site->get_ref<const std::string&>(), decoded);
    for (auto& [name, bytes] : decoded)
        sodium_memzero(bytes.data(), bytes.size());
    return encoded;
}

} // namespace

crypto::ByteVector encodeSealedBank(std::string_view planId, std::string_view siteId,
                                    const SealedFiles& files)
{
    if (planId.empty() || siteId.empty())
        throw std::invalid_argument("sealed bank: plan and site ids must not be empty");
    std::size_t total = kSealedBankMagic.size() + 12 + planId.size() + siteId.size();
    for (const auto& [name, bytes] : files)
        total += 12 + name.size() + bytes.size();
    crypto::ByteVector out;
    out.reserve(total);
    out.insert(out.end(), kSealedBankMagic.begin(), kSealedBankMagic.end());
    putText(out, planId);
    putText(out, siteId);
    if (files.size() > std::numeric_limits<std::uint32_t>::max())
        throw std::invalid_argument("sealed bank: too many files");
    putU32(out, std::uint32_t(files.size()));
    // std::map iterates in ascending byte order of the names: the order v2 requires.
    for (const auto& [name, bytes] : files) {
        if (name.empty() || name.size() > kMaxNameBytes)
            throw std::invalid_argument("sealed bank: a file name is empty or too long");
        putText(out, name);
        putU64(out, bytes.size());
        out.insert(out.end(), bytes.begin(), bytes.end());
    }
    return out;
}

std::optional<OpenedBank> OpenedBank::open(const crypto::SecretBytes& dataKey, crypto::ByteSpan box,
                                           std::string_view planId, std::string_view siteId,
                                           std::string* error)
{
    auto plain = crypto::secretboxDecrypt(dataKey, box);
    if (!plain)
        return refuse(error, "the key does not open the box (wrong key or altered bytes)");
    return fromPlaintext(std::move(*plain), planId, siteId, error);
}

std::optional<OpenedBank> OpenedBank::fromPlaintext(crypto::ByteVector plain,
                                                    std::string_view planId,
                                                    std::string_view siteId, std::string* error)
{
    OpenedBank bank; // owns (and wipes) every plaintext from here on
    bank.m_plain = std::move(plain);
    bank.m_version = 2;
    if (!bank.m_plain.empty() && bank.m_plain.front() == '{') {
        auto converted = v1AsV2(bank.m_plain, error);
        bank.wipe();
        if (!converted)
            return std::nullopt;
        bank.m_plain = std::move(*converted);
        bank.m_version = 1;
    }
    auto index = indexV2(bank.m_plain, error);
    if (!index)
        return std::nullopt;
    // A box moved into another package: the ids are the centre's, not personal data.
    if (index->planId != planId || index->siteId != siteId)
        return refuse(error, "sealed for plan " + std::string(index->planId) + " at site " +
                                 std::string(index->siteId) + ", not plan " + std::string(planId) +
                                 " at site " + std::string(siteId));
    bank.m_files = std::move(index->files);
    return bank;
}

OpenedBank::OpenedBank(OpenedBank&& other) noexcept
    : m_plain(std::move(other.m_plain)), m_files(std::move(other.m_files)),
      m_version(other.m_version)
{
    // Moving a vector keeps its buffer, so the views stay valid.
    other.m_plain.clear();
    other.m_files.clear();
}

OpenedBank& OpenedBank::operator=(OpenedBank&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_plain = std::move(other.m_plain);
        m_files = std::move(other.m_files);
        m_version = other.m_version;
        other.m_plain.clear();
        other.m_files.clear();
    }
    return *this;
}

OpenedBank::~OpenedBank()
{
    wipe();
}

void OpenedBank::wipe() noexcept
{
    m_files.clear();
    if (!m_plain.empty())
        sodium_memzero(m_plain.data(), m_plain.size());
    m_plain.clear();
}

SealedFiles OpenedBank::copyFiles() const
{
    SealedFiles out;
    for (const auto& [name, bytes] : m_files)
        out.emplace(name, std::string(bytes));
    return out;
}

} // namespace examroom::package
