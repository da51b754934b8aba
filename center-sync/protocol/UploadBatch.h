#pragma once

#include "documents/SignedDocument.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace examroom::centersync {

inline constexpr std::string_view kUploadBatchKind = "upload-batch";
inline constexpr std::string_view kUploadBatchFormat = "examroom.upload-batch.v2";

// One outbox item as it goes up: its envelope text and the content hash the site recorded
// when it queued the item.
struct UploadItem
{
    std::string envelope;
    std::string contentHash;
};

// An upload split into its parts (docs/protocol-centre.md, "Upload batches"). The item views
// point into the text that was parsed.
struct ParsedUpload
{
    SignedDocument batch;
    std::string siteId;
    std::vector<std::string> listedHashes;
    std::vector<std::string_view> items;
};

// The upload text: the site-signed batch document (listing each item's content hash) on the
// first line, then each item's envelope on a line of its own. Envelopes are single-line JSON,
// so nothing is escaped twice and each item is parsed once at the hub. Throws
// std::invalid_argument if an envelope contains a line break.
std::string makeUpload(const std::string& siteId, const std::vector<UploadItem>& items,
                       const crypto::SigningKeyPair& siteKey, const std::string& batchId);

// Splits `text` and reads the batch document's body. Does not verify anything: the caller
// checks the batch signature against the site it expects. nullopt with the reason in `error`
// for a malformed upload (then nothing of it may be stored).
[[nodiscard]] std::optional<ParsedUpload> parseUpload(std::string_view text, std::string* error);

} // namespace examroom::centersync
