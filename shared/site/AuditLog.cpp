#include "site/AuditLog.h"

#include "crypto/Hasher.h"
#include "crypto/Hex.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "util/Clock.h"
#include "util/IsoTime.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace examroom::site {
namespace {

constexpr std::size_t kHashBytes = 32;
constexpr std::string_view kDomain = "examroom.audit.v1";
constexpr std::string_view kConsoleActor = "console";

void feed(crypto::Hasher& hasher, crypto::ByteSpan bytes)
{
    std::uint8_t length[8];
    for (int i = 0; i < 8; ++i)
        length[i] = static_cast<std::uint8_t>(std::uint64_t(bytes.size()) >> (8 * i));
    hasher.update(length);
    hasher.update(bytes);
}

void feed(crypto::Hasher& hasher, std::string_view text)
{
    feed(hasher, crypto::asBytes(text));
}

template <std::size_t N> std::array<std::uint8_t, N> toArray(const std::vector<std::uint8_t>& in)
{
    std::array<std::uint8_t, N> out{};
    if (in.size() == N)
        std::copy(in.begin(), in.end(), out.begin());
    return out;
}

nlohmann::json entryToJson(const AuditEntry& e)
{
    return {{"seq", e.seq},
            {"at", e.at},
            {"actor", e.actor},
            {"actor_key", crypto::toHex(e.actorKey)},
            {"action", e.action},
            {"subject", e.subject},
            {"reason", e.reason},
            {"detail", e.detail},
            {"prev_hash", crypto::toHex(e.prevHash)},
            {"hash", crypto::toHex(e.hash)},
            {"signature", crypto::toHex(e.signature)}};
}

std::optional<crypto::ByteVector> hexField(const nlohmann::json& j, const char* key,
                                           std::size_t size)
{
    if (!j.contains(key) || !j[key].is_string())
        return std::nullopt;
    auto bytes = crypto::fromHex(j[key].get<std::string>());
    if (!bytes || bytes->size() != size)
        return std::nullopt;
    return bytes;
}

std::optional<AuditEntry> entryFromJson(const nlohmann::json& j)
{
    if (!j.is_object())
        return std::nullopt;
    for (const char* key : {"at", "actor", "action", "subject", "reason", "detail"})
        if (!j.contains(key) || !j[key].is_string())
            return std::nullopt;
    if (!j.contains("seq") || !j["seq"].is_number_integer())
        return std::nullopt;
    auto actorKey = hexField(j, "actor_key", crypto::kSigningPublicKeyBytes);
    auto prev = hexField(j, "prev_hash", kHashBytes);
    auto hash = hexField(j, "hash", kHashBytes);
    auto signature = hexField(j, "signature", crypto::kSignatureBytes);
    if (!actorKey || !prev || !hash || !signature)
        return std::nullopt;
    AuditEntry e;
    e.seq = j["seq"].get<std::int64_t>();
    e.at = j["at"].get<std::string>();
    e.actor = j["actor"].get<std::string>();
    e.actorKey = toArray<crypto::kSigningPublicKeyBytes>(*actorKey);
    e.action = j["action"].get<std::string>();
    e.subject = j["subject"].get<std::string>();
    e.reason = j["reason"].get<std::string>();
    e.detail = j["detail"].get<std::string>();
    e.prevHash = *prev;
    e.hash = *hash;
    e.signature = toArray<crypto::kSignatureBytes>(*signature);
    return e;
}

AuditCheck broken(std::int64_t seq, std::string why)
{
    return {false, seq, std::move(why)};
}

} // namespace

crypto::ByteVector auditEntryHash(const AuditEntry& entry)
{
    crypto::Hasher hasher(kHashBytes);
    feed(hasher, kDomain);
    feed(hasher, entry.prevHash);
    feed(hasher, std::to_string(entry.seq));
    feed(hasher, entry.at);
    feed(hasher, entry.actor);
    feed(hasher, entry.actorKey);
    feed(hasher, entry.action);
    feed(hasher, entry.subject);
    feed(hasher, entry.reason);
    feed(hasher, entry.detail);
    return hasher.finish();
}

AuditCheck verifyAuditChain(const std::vector<AuditEntry>& entries,
                            const std::map<std::string, crypto::SigningPublicKey>* keys,
                            const std::optional<std::pair<std::int64_t, crypto::ByteVector>>& head)
{
    crypto::ByteVector prev(kHashBytes, 0);
    std::int64_t expected = 1;
    for (const AuditEntry& e : entries) {
        if (e.seq != expected)
            return broken(expected, "entry " + std::to_string(expected) +
                                        " is missing or out of order (found " +
                                        std::to_string(e.seq) + ")");
        if (e.prevHash != prev)
            return broken(e.seq, "entry " + std::to_string(e.seq) +
                                     " does not follow the entry before it");
        if (auditEntryHash(e) != e.hash)
            return broken(e.seq, "entry " + std::to_string(e.seq) + " was altered");
        if (!crypto::verify(e.actorKey, e.hash, e.signature))
            return broken(e.seq, "entry " + std::to_string(e.seq) + " has a bad signature");
        if (keys) {
            auto it = keys->find(e.actor);
            if (it == keys->end() || it->second != e.actorKey)
                return broken(e.seq, "entry " + std::to_string(e.seq) +
                                         " is signed by a key that is not " + e.actor + "'s");
        }
        prev = e.hash;
        ++expected;
    }
    if (head) {
        std::int64_t last = expected - 1;
        if (head->first != last || (last > 0 && head->second != prev))
            return broken(last + 1, "the log ends at entry " + std::to_string(last) +
                                        " but its head is entry " + std::to_string(head->first));
    }
    return {};
}

AuditEntry AuditLog::appendWithin(const std::string& actor, const crypto::SigningKeyPair& key,
                                  const std::string& action, const std::string& subject,
                                  const std::string& reason, const std::string& detail)
{
    AuditEntry e;
    auto last = head();
    e.seq = last ? last->first + 1 : 1;
    e.prevHash = last ? last->second : crypto::ByteVector(kHashBytes, 0);
    e.at = OffsetTime{m_clock.now(), std::chrono::minutes{0}}.toIso();
    e.actor = actor;
    e.actorKey = key.publicKey();
    e.action = action;
    e.subject = subject;
    e.reason = reason;
    e.detail = detail;
    e.hash = auditEntryHash(e);
    e.signature = key.sign(e.hash);

    auto insert = m_db.prepare(
        "INSERT INTO audit_log (seq, at, actor, actor_key, action, subject, reason, detail, "
        "prev_hash, hash, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, e.seq)
        .bind(2, std::string_view(e.at))
        .bind(3, std::string_view(e.actor))
        .bindBlob(4, e.actorKey)
        .bind(5, std::string_view(e.action))
        .bind(6, std::string_view(e.subject))
        .bind(7, std::string_view(e.reason))
        .bind(8, std::string_view(e.detail))
        .bindBlob(9, e.prevHash)
        .bindBlob(10, e.hash)
        .bindBlob(11, e.signature);
    insert.execute();
    auto setHead =
        m_db.prepare("INSERT OR REPLACE INTO audit_head (id, seq, hash) VALUES (1, ?, ?)");
    setHead.bind(1, e.seq).bindBlob(2, e.hash);
    setHead.execute();
    return e;
}

std::vector<AuditEntry> AuditLog::entries()
{
    std::vector<AuditEntry> out;
    auto read = m_db.prepare("SELECT seq, at, actor, actor_key, action, subject, reason, detail, "
                             "prev_hash, hash, signature FROM audit_log ORDER BY seq");
    while (read.step()) {
        AuditEntry e;
        e.seq = read.columnInt64(0);
        e.at = read.columnText(1);
        e.actor = read.columnText(2);
        e.actorKey = toArray<crypto::kSigningPublicKeyBytes>(read.columnBlob(3));
        e.action = read.columnText(4);
        e.subject = read.columnText(5);
        e.reason = read.columnText(6);
        e.detail = read.columnText(7);
        e.prevHash = read.columnBlob(8);
        e.hash = read.columnBlob(9);
        e.signature = toArray<crypto::kSignatureBytes>(read.columnBlob(10));
        out.push_back(std::move(e));
    }
    return out;
}

std::optional<std::pair<std::int64_t, crypto::ByteVector>> AuditLog::head()
{
    auto read = m_db.prepare("SELECT seq, hash FROM audit_head WHERE id = 1");
    if (!read.step())
        return std::nullopt;
    return std::make_pair(read.columnInt64(0), read.columnBlob(1));
}

std::map<std::string, crypto::SigningPublicKey> AuditLog::knownKeys()
{
    std::map<std::string, crypto::SigningPublicKey> keys;
    auto accounts = m_db.prepare("SELECT name, public_key FROM accounts");
    while (accounts.step())
        keys[accounts.columnText(0)] =
            toArray<crypto::kSigningPublicKeyBytes>(accounts.columnBlob(1));
    auto console = m_db.prepare("SELECT console_public_key FROM site_identity WHERE id = 1");
    if (console.step())
        keys[std::string(kConsoleActor)] =
            toArray<crypto::kSigningPublicKeyBytes>(console.columnBlob(0));
    return keys;
}

AuditCheck AuditLog::verify()
{
    auto keys = knownKeys();
    auto stored = head();
    // An empty log has no head row; a head row with no entries means they were removed.
    return verifyAuditChain(
        entries(), &keys,
        stored ? stored
               : std::make_optional(std::make_pair(std::int64_t{0}, crypto::ByteVector{})));
}

SignedDocument AuditLog::exportSigned(const std::string& siteId, const std::string& exportId,
                                      const crypto::SigningKeyPair& key)
{
    nlohmann::json body;
    body["site"] = siteId;
    nlohmann::json keys = nlohmann::json::object();
    for (const auto& [name, publicKey] : knownKeys())
        keys[name] = crypto::toHex(publicKey);
    body["keys"] = keys;
    nlohmann::json list = nlohmann::json::array();
    for (const AuditEntry& e : entries())
        list.push_back(entryToJson(e));
    body["entries"] = list;
    auto last = head();
    body["head"] = {{"seq", last ? last->first : 0},
                    {"hash", last ? crypto::toHex(last->second) : std::string()}};
    return signDocument(std::string(exportKind), exportId, body.dump(), key);
}

AuditCheck verifyAuditExport(const SignedDocument& document)
{
    if (document.kind != AuditLog::exportKind)
        return broken(0, "not an audit log export");
    if (!verifySignature(document))
        return broken(0, "the export's signature is not valid");
    nlohmann::json body = nlohmann::json::parse(document.body, nullptr, false);
    if (!body.is_object() || !body.contains("entries") || !body["entries"].is_array() ||
        !body.contains("keys") || !body["keys"].is_object() || !body.contains("head") ||
        !body["head"].is_object())
        return broken(0, "the export is not an audit log");
    std::map<std::string, crypto::SigningPublicKey> keys;
    for (const auto& [name, hex] : body["keys"].items()) {
        auto bytes = hex.is_string() ? crypto::fromHex(hex.get<std::string>()) : std::nullopt;
        if (!bytes || bytes->size() != crypto::kSigningPublicKeyBytes)
            return broken(0, "the export lists a malformed key for " + name);
        keys[name] = toArray<crypto::kSigningPublicKeyBytes>(*bytes);
    }
    std::vector<AuditEntry> list;
    for (const auto& item : body["entries"]) {
        auto e = entryFromJson(item);
        if (!e)
            return broken(std::int64_t(list.size()) + 1,
                          "entry " + std::to_string(list.size() + 1) + " is malformed");
        list.push_back(std::move(*e));
    }
    const auto& h = body["head"];
    if (!h.contains("seq") || !h["seq"].is_number_integer() || !h.contains("hash") ||
        !h["hash"].is_string())
        return broken(0, "the export's head is malformed");
    auto headHash = crypto::fromHex(h["hash"].get<std::string>());
    if (!headHash)
        return broken(0, "the export's head is malformed");
    return verifyAuditChain(list, &keys, std::make_pair(h["seq"].get<std::int64_t>(), *headHash));
}

} // namespace examroom::site
