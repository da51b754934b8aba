#include "documents/SignedDocument.h"

#include "crypto/Hasher.h"
#include "crypto/Hex.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace examroom {
namespace {

std::string signedMessage(const SignedDocument& document)
{
    std::string message = "examroom.document.v1";
    message.push_back('\0');
    message += document.kind;
    message.push_back('\0');
    message += document.id;
    message.push_back('\0');
    message += document.body;
    return message;
}

template <std::size_t N>
bool hexInto(const nlohmann::json& value, std::array<std::uint8_t, N>& into)
{
    if (!value.is_string())
        return false;
    auto bytes = crypto::fromHex(value.get<std::string>());
    if (!bytes || bytes->size() != N)
        return false;
    std::copy(bytes->begin(), bytes->end(), into.begin());
    return true;
}

} // namespace

std::string SignedDocument::toJson() const
{
    nlohmann::json envelope = {{"format", "examroom.document.v1"},
                               {"kind", kind},
                               {"id", id},
                               {"body", body},
                               {"signer", crypto::toHex(signer)},
                               {"signature", crypto::toHex(signature)}};
    return envelope.dump();
}

std::optional<SignedDocument> SignedDocument::fromJson(std::string_view text)
{
    auto envelope = nlohmann::json::parse(text, nullptr, false);
    if (envelope.is_discarded() || !envelope.is_object())
        return std::nullopt;
    auto stringField = [&](const char* key) -> const nlohmann::json* {
        auto found = envelope.find(key);
        return found != envelope.end() && found->is_string() ? &*found : nullptr;
    };
    const auto* format = stringField("format");
    const auto* kind = stringField("kind");
    const auto* id = stringField("id");
    const auto* body = stringField("body");
    if (!format || format->get<std::string>() != "examroom.document.v1" || !kind || !id || !body)
        return std::nullopt;
    SignedDocument document;
    document.kind = kind->get<std::string>();
    document.id = id->get<std::string>();
    document.body = body->get<std::string>();
    if (document.kind.empty() || document.id.empty() || !envelope.contains("signer") ||
        !envelope.contains("signature") || !hexInto(envelope["signer"], document.signer) ||
        !hexInto(envelope["signature"], document.signature))
        return std::nullopt;
    return document;
}

std::string SignedDocument::contentHash() const
{
    crypto::Hasher hasher(32);
    auto message = signedMessage(*this);
    hasher.update(crypto::asBytes(message));
    hasher.update(signer);
    hasher.update(signature);
    return crypto::toHex(hasher.finish());
}

SignedDocument signDocument(std::string kind, std::string id, std::string body,
                            const crypto::SigningKeyPair& key)
{
    SignedDocument document{std::move(kind), std::move(id), std::move(body), key.publicKey(), {}};
    auto message = signedMessage(document);
    document.signature = key.sign(crypto::asBytes(message));
    return document;
}

bool verifySignature(const SignedDocument& document)
{
    auto message = signedMessage(document);
    return crypto::verify(document.signer, crypto::asBytes(message), document.signature);
}

} // namespace examroom
