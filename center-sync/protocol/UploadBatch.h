#pragma once

#include "documents/SignedDocument.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace examroom::centersync {

// The site-centre protocol's version, exchanged in hello/welcome (docs/protocol-centre.md): 3
// carries signed documents in binary (examroom.upload-batch.v3). A peer of another version is
// refused by name before anything is sent.
inline constexpr int kCentreProtocol = 3;

inline constexpr std::string_view kUploadBatchKind = "upload-batch";
inline constexpr std::string_view kUploadBatchFormat = "examroom.upload-batch.v3";
// The first bytes of an upload; an upload of another version is refused by name.
inline constexpr std::string_view kUploadMagic = "examroom.upload-batch.v3\n";

// One outbox item as it goes up: its signed document in binary form
// (SignedDocument::toBinary) and the content hash the site recorded when it queued the item.
struct UploadItem
{
    std::string document;
    std::string contentHash;
};

// An upload split into its parts (docs/protocol-centre.md, "Upload batches"). The item views
// point into the bytes that were parsed; each is one binary signed document, not yet read.
struct ParsedUpload
{
    SignedDocument batch;
    std::string siteId;
    std::vector<std::string> listedHashes;
    std::vector<std::string_view> items;
};

// The upload: kUploadMagic, then length-prefixed binary signed documents (a big-endian u32
// length before each): first the site-signed batch document listing each item's content hash,
// then each item in the listed order. Bodies travel as their signed bytes: nothing is escaped
// and each item is lexed once at the hub, by the reader of its kind.
std::string makeUpload(const std::string& siteId, const std::vector<UploadItem>& items,
                       const crypto::SigningKeyPair& siteKey, const std::string& batchId);

// Splits `bytes` and reads the batch document's body. Does not verify anything: the caller
// checks the batch signature against the site it expects. nullopt with the reason in `error`
// for a malformed upload or one of an older version (then nothing of it may be stored).
[[nodiscard]] std::optional<ParsedUpload> parseUpload(std::string_view bytes, std::string* error);

} // namespace examroom::centersync
