#pragma once

#include "crypto/Bytes.h"
#include "crypto/SigningKeyPair.h"
#include "documents/SignedDocument.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace examroom {
class Clock;
namespace store {
class Database;
}
} // namespace examroom

namespace examroom::site {

// One entry of the console's audit log: who did what, when, to what, and why.
struct AuditEntry
{
    std::int64_t seq = 0; // 1, 2, 3…
    std::string at;       // ISO-8601, UTC
    std::string actor;    // account name, or "console" for entries no person is logged in for
    crypto::SigningPublicKey actorKey{};
    std::string action;          // e.g. "login", "check-in", "extend", "remove"
    std::string subject;         // what it concerns: a session, ticket number, seat, account
    std::string reason;          // the reason given (may be empty where none is required)
    std::string detail;          // canonical JSON with the particulars
    crypto::ByteVector prevHash; // 32 bytes; zeros for the first entry
    crypto::ByteVector hash;     // 32 bytes
    crypto::Signature signature{};
};

// BLAKE2b-256 over "examroom.audit.v1" and every field but hash and signature, each
// length-prefixed (8 bytes little-endian) so that no two entries encode alike.
crypto::ByteVector auditEntryHash(const AuditEntry& entry);

// Where a chain breaks (the first entry found wrong).
struct AuditCheck
{
    bool ok = true;
    std::int64_t firstBadSeq = 0;
    std::string why;
};

// Checks a chain from anywhere: seqs 1, 2, 3…, each prevHash the previous hash, each hash
// recomputed, each signature valid under actorKey and, when `keys` is given, actorKey being the
// key listed for the actor. `expectedHead` (seq, hash), when given, catches removed last
// entries. Leaves nothing behind.
[[nodiscard]] AuditCheck verifyAuditChain(
    const std::vector<AuditEntry>& entries,
    const std::map<std::string, crypto::SigningPublicKey>* keys = nullptr,
    const std::optional<std::pair<std::int64_t, crypto::ByteVector>>& expectedHead = std::nullopt);

// The audit log in site.db (tables audit_log, audit_head).
class AuditLog
{
public:
    static constexpr std::string_view exportKind = "site-audit-log";

    AuditLog(store::Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // Appends an entry signed by `key` within the caller's open transaction and returns it.
    // On failure throws StoreError; the caller's transaction decides what stays.
    AuditEntry appendWithin(const std::string& actor, const crypto::SigningKeyPair& key,
                            const std::string& action, const std::string& subject,
                            const std::string& reason, const std::string& detail = "{}");

    // Every entry, in order. Throws StoreError on a read failure.
    std::vector<AuditEntry> entries();
    // The newest entry's (seq, hash); nullopt for an empty log.
    std::optional<std::pair<std::int64_t, crypto::ByteVector>> head();
    // The public key of every account (and "console"), as verification expects them.
    std::map<std::string, crypto::SigningPublicKey> knownKeys();
    // verifyAuditChain over the stored log, its head and the accounts' keys.
    [[nodiscard]] AuditCheck verify();

    // The whole log as a document the hub can check on its own: body {"site": siteId,
    // "keys": {name: hex}, "entries": [...], "head": {...}}, signed by `key` (the person
    // exporting). Throws StoreError on a read failure.
    SignedDocument exportSigned(const std::string& siteId, const std::string& exportId,
                                const crypto::SigningKeyPair& key);

private:
    store::Database& m_db;
    const Clock& m_clock;
};

// Checks an exported log: the envelope's signature, its kind, then the chain against the keys
// and head it carries. Leaves nothing behind.
[[nodiscard]] AuditCheck verifyAuditExport(const SignedDocument& document);

} // namespace examroom::site
