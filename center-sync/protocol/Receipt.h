#pragma once

#include "documents/SignedDocument.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace examroom::centersync {

inline constexpr std::string_view kReceiptKind = "receipt";
inline constexpr std::string_view kReceiptFormat = "examroom.receipt.v2";

// What the centre says about one item of a batch. `status` is accepted (stored now or
// before: the same content), rejected or conflict; `kind`, `id` and `contentHash` are empty
// when the item was not even a readable envelope.
struct ReceiptEntry
{
    int index = 0;
    std::string kind;
    std::string id;
    std::string status;
    std::string contentHash;
    std::string receivedAt;  // accepted: when the centre first stored it
    std::string receiptCode; // accepted: the code printed on the confirmation sheet
    std::string reason;      // rejected / conflict
};

// One signed receipt per batch (docs/protocol-centre.md, "Receipts"). Nothing in it depends
// on when it was made, so the same batch always gets byte-identical receipts (Ed25519
// signatures are deterministic).
struct Receipt
{
    std::string siteId;
    std::string batchId;
    std::string batchHash;
    std::vector<ReceiptEntry> entries;
};

// Signs `receipt` with the centre's key; id "batch:<batch hash>".
SignedDocument signReceipt(const Receipt& receipt, const crypto::SigningKeyPair& centreKey);

// Reads a receipt envelope that must be signed by `centreKey`; nullopt with the reason in
// `error` when it is not one, is signed by another key, or its signature or shape is wrong.
[[nodiscard]] std::optional<Receipt> openReceipt(std::string_view envelope,
                                                 const crypto::SigningPublicKey& centreKey,
                                                 std::string* error);

// The receipt in a signed document whose signature the caller has checked (openReceipt does
// both); nullopt with the reason in `error` when its kind, id or body is not a receipt's.
[[nodiscard]] std::optional<Receipt> readReceipt(const SignedDocument& document,
                                                 std::string* error);

} // namespace examroom::centersync
