#include "protocol/Receipt.h"

#include <nlohmann/json.hpp>

namespace examroom::centersync {

using nlohmann::json;

SignedDocument signReceipt(const Receipt& receipt, const crypto::SigningKeyPair& centreKey)
{
    json items = json::array();
    for (const auto& entry : receipt.entries) {
        json item = {{"index", entry.index}, {"status", entry.status}};
        // Each only when known (all three are for any readable item), so that what a reader
        // took from a receipt is written back as it was.
        if (!entry.kind.empty())
            item["kind"] = entry.kind;
        if (!entry.id.empty())
            item["id"] = entry.id;
        if (!entry.contentHash.empty())
            item["content_hash"] = entry.contentHash;
        if (!entry.receivedAt.empty())
            item["received_at"] = entry.receivedAt;
        if (!entry.receiptCode.empty())
            item["receipt_code"] = entry.receiptCode;
        if (!entry.reason.empty())
            item["reason"] = entry.reason;
        items.push_back(std::move(item));
    }
    json body = {{"format", kReceiptFormat},
                 {"site_id", receipt.siteId},
                 {"batch_id", receipt.batchId},
                 {"batch_hash", receipt.batchHash},
                 {"items", std::move(items)}};
    return signDocument(std::string(kReceiptKind), "batch:" + receipt.batchHash, body.dump(),
                        centreKey);
}

std::optional<Receipt> openReceipt(std::string_view envelope,
                                   const crypto::SigningPublicKey& centreKey, std::string* error)
{
    auto fail = [&](const char* reason) -> std::optional<Receipt> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    auto document = SignedDocument::fromJson(envelope);
    if (!document || document->kind != kReceiptKind)
        return fail("not a signed receipt");
    if (document->signer != centreKey)
        return fail("the receipt is not signed by the pinned centre key");
    if (!verifySignature(*document))
        return fail("the receipt's signature does not match its content");
    return readReceipt(*document, error);
}

std::optional<Receipt> readReceipt(const SignedDocument& document, std::string* error)
{
    auto fail = [&](const char* reason) -> std::optional<Receipt> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (document.kind != kReceiptKind)
        return fail("not a signed receipt");
    // Mistyped fields read as empty (json::value() would throw on them).
    auto text = [](const json& object, const char* key) {
        auto found = object.find(key);
        return found != object.end() && found->is_string() ? found->get<std::string>()
                                                           : std::string();
    };
    auto body = json::parse(document.body, nullptr, false);
    if (body.is_discarded() || !body.is_object() || text(body, "format") != kReceiptFormat)
        return fail("the receipt body is not examroom.receipt.v2");
    Receipt receipt{text(body, "site_id"), text(body, "batch_id"), text(body, "batch_hash"), {}};
    if (document.id != "batch:" + receipt.batchHash)
        return fail("the receipt's id does not name its batch");
    auto items = body.find("items");
    if (items == body.end() || !items->is_array())
        return fail("the receipt lists no items");
    for (const auto& item : *items) {
        auto index = item.is_object() ? item.find("index") : item.end();
        if (!item.is_object() || index == item.end() || !index->is_number_integer())
            return fail("a receipt entry has no index");
        receipt.entries.push_back({index->get<int>(), text(item, "kind"), text(item, "id"),
                                   text(item, "status"), text(item, "content_hash"),
                                   text(item, "received_at"), text(item, "receipt_code"),
                                   text(item, "reason")});
    }
    return receipt;
}

} // namespace examroom::centersync
