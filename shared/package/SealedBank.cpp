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

private:
    crypto::ByteSpan m_bytes;
    std::size_t m_at = 0;
};

struct V2Index
{
    std::string_view planId, siteId;
    OpenedBank::Files files;
};

std::optional<V2Index> indexV2(crypto::ByteSpan bytes)
{
    Reader in(bytes);
    if (!in.skipMagic())
        return std::nullopt;
    V2Index index;
    auto planLength = in.number(4);
    auto plan = planLength ? in.text(*planLength) : std::nullopt;
    auto siteLength = plan ? in.number(4) : std::nullopt;
    auto site = siteLength ? in.text(*siteLength) : std::nullopt;
    auto count = site ? in.number(4) : std::nullopt;
    if (!count || plan->empty() || site->empty())
        return std::nullopt;
    index.planId = *plan;
    index.siteId = *site;
    std::string_view previous;
    for (std::uint64_t i = 0; i < *count; ++i) {
        auto nameLength = in.number(4);
        if (!nameLength || *nameLength == 0 || *nameLength > kMaxNameBytes)
            return std::nullopt;
        auto name = in.text(*nameLength);
        auto contentLength = name ? in.number(8) : std::nullopt;
        auto content = contentLength ? in.text(*contentLength) : std::nullopt;
        // Strictly ascending names: one encoding per set of files, no duplicates.
        if (!content || (i > 0 && *name <= previous))
            return std::nullopt;
        previous = *name;
        index.files.emplace(std::string(*name), *content);
    }
    if (in.left() != 0)
        return std::nullopt;
    return index;
}

// The v1 sealed part (JSON of base64 files), re-encoded as v2 so both are read one way.
std::optional<crypto::ByteVector> v1AsV2(const crypto::ByteVector& plain)
{
    const char* text = reinterpret_cast<const char*>(plain.data());
    auto sealed = nlohmann::json::parse(text, text + plain.size(), nullptr, false);
    if (sealed.is_discarded() || !sealed.is_object())
        return std::nullopt;
    const auto format = sealed.find("format");
    const auto plan = sealed.find("plan_id");
    const auto site = sealed.find("site_id");
    const auto files = sealed.find("files");
    if (format == sealed.end() || !format->is_string() || *format != kV1Format ||
        plan == sealed.end() || !plan->is_string() || site == sealed.end() || !site->is_string() ||
        files == sealed.end() || !files->is_object())
        return std::nullopt;
    SealedFiles decoded;
    std::optional<crypto::ByteVector> encoded;
    bool ok = true;
    for (const auto& [name, value] : files->items()) {
        auto content =
            value.is_string() ? fromBase64(value.get_ref<const std::string&>()) : std::nullopt;
        if (!content || name.empty() || name.size() > kMaxNameBytes) {
            ok = false;
            break;
        }
        decoded[name].assign(content->begin(), content->end());
        sodium_memzero(content->data(), content->size());
    }
    if (ok && !plan->get_ref<const std::string&>().empty() &&
        !site->get_ref<const std::string&>().empty())
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
                                           std::string_view planId, std::string_view siteId)
{
    auto plain = crypto::secretboxDecrypt(dataKey, box);
    if (!plain)
        return std::nullopt;
    return fromPlaintext(std::move(*plain), planId, siteId);
}

std::optional<OpenedBank> OpenedBank::fromPlaintext(crypto::ByteVector plain,
                                                    std::string_view planId,
                                                    std::string_view siteId)
{
    OpenedBank bank; // owns (and wipes) every plaintext from here on
    bank.m_plain = std::move(plain);
    bank.m_version = 2;
    if (!bank.m_plain.empty() && bank.m_plain.front() == '{') {
        auto converted = v1AsV2(bank.m_plain);
        bank.wipe();
        if (!converted)
            return std::nullopt;
        bank.m_plain = std::move(*converted);
        bank.m_version = 1;
    }
    auto index = indexV2(bank.m_plain);
    if (!index || index->planId != planId || index->siteId != siteId)
        return std::nullopt;
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
