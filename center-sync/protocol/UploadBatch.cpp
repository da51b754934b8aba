#include "protocol/UploadBatch.h"

#include <nlohmann/json.hpp>

namespace examroom::centersync {
namespace {

using nlohmann::json;

void appendFramed(std::string& out, std::string_view document)
{
    const auto size = document.size();
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(static_cast<char>((size >> shift) & 0xff));
    out += document;
}

} // namespace

std::string makeUpload(const std::string& siteId, const std::vector<UploadItem>& items,
                       const crypto::SigningKeyPair& siteKey, const std::string& batchId)
{
    json hashes = json::array();
    std::size_t size = 0;
    for (const auto& item : items) {
        hashes.push_back(item.contentHash);
        size += item.document.size() + 4;
    }
    json body = {{"format", kUploadBatchFormat}, {"site_id", siteId}, {"items", hashes}};
    const auto batch =
        signDocument(std::string(kUploadBatchKind), batchId, body.dump(), siteKey).toBinary();
    std::string out(kUploadMagic);
    out.reserve(out.size() + 4 + batch.size() + size);
    appendFramed(out, batch);
    for (const auto& item : items)
        appendFramed(out, item.document);
    return out;
}

std::optional<ParsedUpload> parseUpload(std::string_view bytes, std::string* error)
{
    auto fail = [&](std::string reason) -> std::optional<ParsedUpload> {
        if (error)
            *error = std::move(reason);
        return std::nullopt;
    };
    if (!bytes.starts_with(kUploadMagic)) {
        // v2 was lines of JSON, its first line a signed envelope: an agent older than
        // protocol 3. Say so rather than "malformed".
        if (bytes.starts_with("{"))
            return fail("an examroom.upload-batch.v2 upload (JSON lines) from an agent older "
                        "than protocol 3; this hub reads only examroom.upload-batch.v3: update "
                        "the agent");
        return fail("not an examroom.upload-batch.v3 upload");
    }
    bytes.remove_prefix(kUploadMagic.size());
    std::vector<std::string_view> documents;
    while (!bytes.empty()) {
        if (bytes.size() < 4)
            return fail("the upload is cut short in a length prefix");
        std::size_t size = 0;
        for (std::size_t i = 0; i < 4; ++i)
            size = (size << 8) | static_cast<unsigned char>(bytes[i]);
        bytes.remove_prefix(4);
        if (size > bytes.size())
            return fail("the upload is cut short in a document");
        documents.push_back(bytes.substr(0, size));
        bytes.remove_prefix(size);
    }
    if (documents.empty())
        return fail("the upload holds no signed upload batch");
    std::string why;
    auto batch = SignedDocument::fromBinary(documents.front(), &why);
    if (!batch)
        return fail("the first document is not a signed upload batch: " + why);
    if (batch->kind != kUploadBatchKind)
        return fail("the first document is not a signed upload batch");
    auto body = json::parse(batch->body, nullptr, false);
    auto format = body.is_object() ? body.find("format") : body.end();
    if (body.is_discarded() || !body.is_object() || format == body.end() || !format->is_string() ||
        *format != kUploadBatchFormat)
        return fail("the batch body is not examroom.upload-batch.v3");
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
    upload.items.assign(documents.begin() + 1, documents.end());
    if (upload.items.size() != upload.listedHashes.size())
        return fail("the number of items differs from the signed list");
    return upload;
}

} // namespace examroom::centersync
