#include "documents/SignedDocument.h"

#include "crypto/Hasher.h"
#include "crypto/Hex.h"
#include "util/TextPosition.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

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

template <std::size_t N> bool hexInto(std::string_view hex, std::array<std::uint8_t, N>& into)
{
    auto bytes = crypto::fromHex(hex);
    if (!bytes || bytes->size() != N)
        return false;
    std::copy(bytes->begin(), bytes->end(), into.begin());
    return true;
}

// Reads the envelope's string fields (the body as text or as hex) in one pass of nlohmann's SAX
// parser: no DOM, and the body (the bulk of every envelope) is moved out of the lexer, not copied.
// Unknown keys are skipped whatever they hold; a repeated known key, a known key with a non-string
// value or a top level that is not an object refuses the envelope (a repeated key would let two
// readers see two different documents).
class EnvelopeReader final : public nlohmann::json_sax<nlohmann::json>
{
public:
    static constexpr std::array<std::string_view, 7> kKeys = {
        "format", "kind", "id", "body", "signer", "signature", "body_hex"};
    std::array<std::string, 7> values;

    // Every field, the body exactly once: as text or as hex.
    bool complete() const
    {
        constexpr unsigned body = 1u << 3, bodyHex = 1u << 6, all = (1u << kKeys.size()) - 1;
        return m_seen == (all & ~bodyHex) || m_seen == (all & ~body);
    }
    bool bodyInHex() const { return m_seen & (1u << 6); }

    bool null() override { return scalar(); }
    bool boolean(bool) override { return scalar(); }
    bool number_integer(number_integer_t) override { return scalar(); }
    bool number_unsigned(number_unsigned_t) override { return scalar(); }
    bool number_float(number_float_t, const string_t&) override { return scalar(); }
    bool binary(binary_t&) override { return scalar(); }
    bool string(string_t& value) override
    {
        if (m_depth != 1)
            return m_depth > 1;
        if (m_field >= 0) {
            values[static_cast<std::size_t>(m_field)] = std::move(value);
            m_seen |= 1u << m_field;
            m_field = -1;
        }
        return true;
    }
    bool start_object(std::size_t) override { return open(); }
    bool start_array(std::size_t) override { return m_depth > 0 && open(); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }
    bool key(string_t& key) override
    {
        if (m_depth != 1)
            return true;
        m_field = -1;
        for (std::size_t i = 0; i < kKeys.size(); ++i)
            if (key == kKeys[i]) {
                if (m_seen & (1u << i))
                    return false;
                m_field = static_cast<int>(i);
            }
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override
    {
        return false;
    }

private:
    // A known key's value must be a string; anything at the top level must be the object.
    bool scalar() const { return m_depth > 1 || (m_depth == 1 && m_field < 0); }
    bool open()
    {
        if (m_depth == 1 && m_field >= 0)
            return false;
        ++m_depth;
        return true;
    }
    bool close()
    {
        --m_depth;
        return true;
    }

    int m_depth = 0;
    int m_field = -1;
    unsigned m_seen = 0;
};

void appendLength(std::string& out, std::size_t value, int bytes)
{
    for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8)
        out.push_back(static_cast<char>((value >> shift) & 0xff));
}

bool validName(std::string_view text)
{
    return !text.empty() && text.size() <= 0xffff && text.find('\0') == std::string_view::npos;
}

// A kind and an id are UTF-8 text: receipts, logs and the JSON envelope carry them as strings
// (a byte flipped in transit must be a refusal, not a receipt that cannot be written).
bool textName(std::string_view text)
{
    return validName(text) && !firstInvalidUtf8(text);
}

// Reads the binary form front to back; every read checks what is left first.
class BinaryReader
{
public:
    explicit BinaryReader(std::string_view bytes) : m_rest(bytes) {}
    std::optional<std::size_t> length(int bytes)
    {
        if (m_rest.size() < static_cast<std::size_t>(bytes))
            return std::nullopt;
        std::size_t value = 0;
        for (int i = 0; i < bytes; ++i)
            value = (value << 8) | static_cast<unsigned char>(m_rest[static_cast<std::size_t>(i)]);
        m_rest.remove_prefix(static_cast<std::size_t>(bytes));
        return value;
    }
    std::optional<std::string_view> take(std::size_t count)
    {
        if (m_rest.size() < count)
            return std::nullopt;
        auto out = m_rest.substr(0, count);
        m_rest.remove_prefix(count);
        return out;
    }
    bool done() const { return m_rest.empty(); }

private:
    std::string_view m_rest;
};

} // namespace

std::string SignedDocument::toBinary() const
{
    if (!validName(kind) || !validName(id))
        throw std::invalid_argument("a document's kind and id must be 1 to 65,535 bytes without "
                                    "NUL");
    std::string out;
    out.reserve(kBinaryDocumentMagic.size() + 2 + kind.size() + 2 + id.size() + signer.size() +
                signature.size() + 4 + body.size());
    out += kBinaryDocumentMagic;
    appendLength(out, kind.size(), 2);
    out += kind;
    appendLength(out, id.size(), 2);
    out += id;
    out.append(reinterpret_cast<const char*>(signer.data()), signer.size());
    out.append(reinterpret_cast<const char*>(signature.data()), signature.size());
    appendLength(out, body.size(), 4);
    out += body;
    return out;
}

std::optional<SignedDocument> SignedDocument::fromBinary(std::string_view bytes, std::string* error)
{
    auto fail = [&](const char* reason) -> std::optional<SignedDocument> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    BinaryReader in(bytes);
    if (in.take(kBinaryDocumentMagic.size()) != kBinaryDocumentMagic)
        return fail("not a binary signed document (no XRD1 magic)");
    SignedDocument document;
    auto kindLength = in.length(2);
    auto kind = kindLength ? in.take(*kindLength) : std::nullopt;
    auto idLength = kind ? in.length(2) : std::nullopt;
    auto id = idLength ? in.take(*idLength) : std::nullopt;
    if (!id)
        return fail("the document is cut short in its kind or id");
    if (!validName(*kind) || !validName(*id))
        return fail("the document's kind or id is empty or holds a NUL byte");
    if (!textName(*kind) || !textName(*id))
        return fail("the document's kind or id is not UTF-8 text");
    auto signer = in.take(document.signer.size());
    auto signature = signer ? in.take(document.signature.size()) : std::nullopt;
    auto bodyLength = signature ? in.length(4) : std::nullopt;
    auto body = bodyLength ? in.take(*bodyLength) : std::nullopt;
    if (!body)
        return fail("the document is cut short in its signer, signature or body");
    if (!in.done())
        return fail("bytes follow the document's body");
    document.kind = *kind;
    document.id = *id;
    std::copy(signer->begin(), signer->end(), document.signer.begin());
    std::copy(signature->begin(), signature->end(), document.signature.begin());
    document.body = *body;
    return document;
}

std::string SignedDocument::toJson() const
{
    nlohmann::json envelope = {{"format", "examroom.document.v1"},
                               {"kind", kind},
                               {"id", id},
                               {"signer", crypto::toHex(signer)},
                               {"signature", crypto::toHex(signature)}};
    // A JSON string holds only UTF-8 text: a binary body (a v2 score sheet) goes in hex.
    if (firstInvalidUtf8(body))
        envelope["body_hex"] = crypto::toHex(crypto::asBytes(body));
    else
        envelope["body"] = body;
    return envelope.dump();
}

std::optional<SignedDocument> SignedDocument::fromJson(std::string_view text)
{
    EnvelopeReader reader;
    if (!nlohmann::json::sax_parse(text, &reader) || !reader.complete())
        return std::nullopt;
    auto& [format, kind, id, body, signer, signature, bodyHex] = reader.values;
    if (format != "examroom.document.v1" || kind.empty() || id.empty())
        return std::nullopt;
    SignedDocument document;
    if (!hexInto(signer, document.signer) || !hexInto(signature, document.signature))
        return std::nullopt;
    if (reader.bodyInHex()) {
        // Only a body that is not UTF-8 text travels in hex: one JSON form per document.
        auto bytes = crypto::fromHex(bodyHex);
        if (!bytes)
            return std::nullopt;
        body.assign(bytes->begin(), bytes->end());
        if (!firstInvalidUtf8(body))
            return std::nullopt;
    }
    document.kind = std::move(kind);
    document.id = std::move(id);
    document.body = std::move(body);
    return document;
}

std::string SignedDocument::contentHash() const
{
    // The signed message in pieces: the same digest as over signedMessage(), without copying
    // the body.
    crypto::Hasher hasher(32);
    constexpr char zero = '\0';
    const auto separator = crypto::asBytes(std::string_view(&zero, 1));
    hasher.update(crypto::asBytes(std::string_view("examroom.document.v1")));
    hasher.update(separator);
    hasher.update(crypto::asBytes(kind));
    hasher.update(separator);
    hasher.update(crypto::asBytes(id));
    hasher.update(separator);
    hasher.update(crypto::asBytes(body));
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
