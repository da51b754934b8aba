#pragma once

#include "crypto/SigningKeyPair.h"

#include <optional>
#include <string>
#include <string_view>

namespace examroom {

inline constexpr std::string_view kBinaryDocumentMagic = "XRD1";

// A document that crosses an organisation boundary (score sheet, practical sheet, plan
// confirmation, receipt…): its exact body bytes, who signed them and the Ed25519 signature.
//
// The signature covers "examroom.document.v1\0" + kind + "\0" + id + "\0" + body, so a
// signature can never be moved to a document of another kind or id. The body is kept as the
// exact bytes that were signed; never re-serialise it before verifying.
struct SignedDocument
{
    std::string kind; // e.g. "knowledge-score-sheet"
    std::string id;   // unique per kind, the idempotency key (e.g. the sheet id)
    std::string body; // the signed bytes: canonical JSON text, or binary (a v2 score sheet)
    crypto::SigningPublicKey signer{};
    crypto::Signature signature{};

    // The envelope as one JSON object (keys and signature in hex); the body is embedded as a
    // string ("body") so its bytes survive unchanged, or, when it is not UTF-8 text (a v2
    // score sheet), as lower-case hex ("body_hex").
    std::string toJson() const;
    // Parses an envelope; nullopt when it is not one (wrong shape, bad hex, wrong sizes).
    // Does not verify: call verifySignature().
    [[nodiscard]] static std::optional<SignedDocument> fromJson(std::string_view text);

    // The same document in the binary form the centre link carries and stores
    // (docs/protocol-centre.md, "Signed documents in binary"): magic "XRD1", kind and id each
    // after a big-endian u16 length, the signer (32 bytes) and the signature (64 bytes), then
    // the body after a big-endian u32 length. The body travels as its signed bytes, so it is
    // hashed and verified as it arrives and lexed once, by the reader of its kind. Throws
    // std::invalid_argument if the kind or id is empty, longer than 65,535 bytes or holds a
    // NUL byte (the signed message separates them with NULs).
    std::string toBinary() const;
    // Reads exactly one binary document (no bytes before or after); nullopt with the reason in
    // `error` for anything else. Does not verify: call verifySignature().
    [[nodiscard]] static std::optional<SignedDocument> fromBinary(std::string_view bytes,
                                                                  std::string* error = nullptr);

    // BLAKE2b-256 over the signed message and the signature: the document's fingerprint for
    // receipts and "same upload twice" checks.
    std::string contentHash() const;
};

// Signs `body` as a document of `kind` and `id` with `key`.
SignedDocument signDocument(std::string kind, std::string id, std::string body,
                            const crypto::SigningKeyPair& key);

// True when the signature is valid for the signer named in the document. Whether that signer
// is allowed to sign such documents is the caller's question.
[[nodiscard]] bool verifySignature(const SignedDocument& document);

} // namespace examroom
