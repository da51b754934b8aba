#include "package/SealedBank.h"

#include "crypto/Secretbox.h"
#include "package/Base64.h"
#include "package/SealedBytes.h"

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

using sealed::Reader;

struct Index
{
    std::string_view planId, siteId;
    std::vector<QuestionView> questions; // v3
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

// Indexes a v2 or v3 part (`version`), whose magic the caller has seen.
std::optional<Index> index(crypto::ByteSpan bytes, int version, std::string* error)
{
    Reader in(bytes);
    if (!in.skip(version == 3 ? kSealedBankMagicV3 : kSealedBankMagic))
        return refuse(error, "does not start with " + std::string(kSealedBankMagic) + " or " +
                                 std::string(kSealedBankMagicV3));
    Index index;
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
    if (version == 3) {
        std::string why;
        auto questions = readQuestionTable(in, why);
        if (!questions)
            return refuse(error, why);
        index.questions = std::move(*questions);
    }
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
    // The kiosk shows each question's image from the box: it must be there.
    for (std::size_t i = 0; i < index.questions.size(); ++i) {
        const auto& image = index.questions[i].image;
        if (!image.empty() && index.files.find(image) == index.files.end())
            return refuse(error, "question " + std::to_string(i + 1) + " of " +
                                     std::to_string(index.questions.size()) +
                                     ": its image is not among the files");
    }
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

namespace {

// v2 when `questions` is null, else v3 with its question table before the files.
crypto::ByteVector encode(std::string_view planId, std::string_view siteId,
                          const std::vector<Question>* questions, const SealedFiles& files)
{
    if (planId.empty() || siteId.empty())
        throw std::invalid_argument("sealed bank: plan and site ids must not be empty");
    std::size_t total = kSealedBankMagic.size() + 12 + planId.size() + siteId.size();
    for (const auto& [name, bytes] : files)
        total += 12 + name.size() + bytes.size();
    if (questions)
        for (const Question& q : *questions) {
            total += 4 + 4 * (5 + q.options.size()) + q.id.size() + q.stem.size() + q.area.size() +
                     q.image.size() + q.explanation.size();
            for (const auto& option : q.options)
                total += option.size();
        }
    crypto::ByteVector out;
    out.reserve(total + (questions ? 4 : 0));
    const auto magic = questions ? kSealedBankMagicV3 : kSealedBankMagic;
    out.insert(out.end(), magic.begin(), magic.end());
    sealed::putText(out, planId);
    sealed::putText(out, siteId);
    if (questions)
        appendQuestionTable(out, *questions);
    if (files.size() > std::numeric_limits<std::uint32_t>::max())
        throw std::invalid_argument("sealed bank: too many files");
    sealed::putNumber(out, files.size(), 4);
    // std::map iterates in ascending byte order of the names: the order the format requires.
    for (const auto& [name, bytes] : files) {
        if (name.empty() || name.size() > kMaxNameBytes)
            throw std::invalid_argument("sealed bank: a file name is empty or too long");
        sealed::putText(out, name);
        sealed::putNumber(out, bytes.size(), 8);
        out.insert(out.end(), bytes.begin(), bytes.end());
    }
    return out;
}

} // namespace

crypto::ByteVector encodeSealedBank(std::string_view planId, std::string_view siteId,
                                    const SealedFiles& files)
{
    return encode(planId, siteId, nullptr, files);
}

crypto::ByteVector encodeSealedBankV3(std::string_view planId, std::string_view siteId,
                                      const std::vector<Question>& questions,
                                      const SealedFiles& images)
{
    return encode(planId, siteId, &questions, images);
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
    } else if (bank.m_plain.size() >= kSealedBankMagicV3.size() &&
               std::equal(kSealedBankMagicV3.begin(), kSealedBankMagicV3.end(),
                          bank.m_plain.begin())) {
        bank.m_version = 3;
    }
    auto index = examroom::package::index(bank.m_plain, bank.m_version == 3 ? 3 : 2, error);
    if (!index)
        return std::nullopt;
    // A box moved into another package: the ids are the centre's, not personal data.
    if (index->planId != planId || index->siteId != siteId)
        return refuse(error, "sealed for plan " + std::string(index->planId) + " at site " +
                                 std::string(index->siteId) + ", not plan " + std::string(planId) +
                                 " at site " + std::string(siteId));
    bank.m_files = std::move(index->files);
    bank.m_questions = std::move(index->questions);
    return bank;
}

OpenedBank::OpenedBank(OpenedBank&& other) noexcept
    : m_plain(std::move(other.m_plain)), m_files(std::move(other.m_files)),
      m_questions(std::move(other.m_questions)), m_version(other.m_version)
{
    // Moving a vector keeps its buffer, so the views stay valid.
    other.m_plain.clear();
    other.m_files.clear();
    other.m_questions.clear();
}

OpenedBank& OpenedBank::operator=(OpenedBank&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_plain = std::move(other.m_plain);
        m_files = std::move(other.m_files);
        m_questions = std::move(other.m_questions);
        m_version = other.m_version;
        other.m_plain.clear();
        other.m_files.clear();
        other.m_questions.clear();
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
    m_questions.clear();
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

namespace examroom::package {

QuestionBank OpenedBank::questionBank() const
{
    QuestionBank bank;
    bank.questions.reserve(m_questions.size());
    for (const auto& view : m_questions)
        bank.questions.push_back(view.toQuestion());
    return bank;
}

} // namespace examroom::package
