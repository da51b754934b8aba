#include "protocol/UploadBatch.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace examroom::centersync {

using nlohmann::json;

std::string makeUpload(const std::string& siteId, const std::vector<UploadItem>& items,
                       const crypto::SigningKeyPair& siteKey, const std::string& batchId)
{
    json hashes = json::array();
    std::size_t size = 0;
    for (const auto& item : items) {
        if (item.envelope.find('\n') != std::string::npos)
            throw std::invalid_argument("an envelope spans several lines");
        hashes.push_back(item.contentHash);
        size += item.envelope.size() + 1;
    }
    json body = {{"format", kUploadBatchFormat}, {"site_id", siteId}, {"items", hashes}};
    auto text = signDocument(std::string(kUploadBatchKind), batchId, body.dump(), siteKey).toJson();
    text.reserve(text.size() + 1 + size);
    for (const auto& item : items) {
        text.push_back('\n');
        text += item.envelope;
    }
    return text;
}

std::optional<ParsedUpload> parseUpload(std::string_view text, std::string* error)
{
    auto fail = [&](const char* reason) -> std::optional<ParsedUpload> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    const auto firstEnd = std::min(text.find('\n'), text.size());
    auto batch = SignedDocument::fromJson(text.substr(0, firstEnd));
    if (!batch || batch->kind != kUploadBatchKind)
        return fail("the first line is not a signed upload batch");
    auto body = json::parse(batch->body, nullptr, false);
    auto format = body.is_object() ? body.find("format") : body.end();
    if (body.is_discarded() || !body.is_object() || format == body.end() || !format->is_string() ||
        *format != kUploadBatchFormat)
        return fail("the batch body is not examroom.upload-batch.v2");
    auto site = body.find("site_id");
    auto listed = body.find("items");
    if (site == body.end() || !site->is_string() || listed == body.end() || !listed->is_array())
        return fail("the batch body names no site or lists no items");
    ParsedUpload upload{std::move(*batch), site->get<std::string>(), {}, {}};
    upload.listedHashes.reserve(listed->size());
    for (const auto& hash : *listed) {
        if (!hash.is_string())
            return fail("the batch lists an item hash that is not a string");
        upload.listedHashes.push_back(hash.get<std::string>());
    }
    for (auto at = firstEnd; at < text.size();) {
        const auto start = at + 1;
        const auto end = std::min(text.find('\n', start), text.size());
        upload.items.push_back(text.substr(start, end - start));
        at = end;
    }
    if (upload.items.size() != upload.listedHashes.size())
        return fail("the number of items differs from the signed list");
    return upload;
}

} // namespace examroom::centersync
