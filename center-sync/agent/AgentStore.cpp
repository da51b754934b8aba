#include "agent/AgentStore.h"

#include "crypto/Hex.h"
#include "hub/HubStore.h"
#include "package/PlanPackage.h"
#include "protocol/KeyList.h"
#include "protocol/Receipt.h"
#include "state/Log.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <limits>

namespace examroom::centersync {
namespace {

using nlohmann::json;

template <std::size_t N> std::array<std::uint8_t, N> toArray(const std::vector<std::uint8_t>& v)
{
    std::array<std::uint8_t, N> out{};
    if (v.size() == N)
        std::copy(v.begin(), v.end(), out.begin());
    return out;
}

std::string blobText(const store::Statement& query, int column)
{
    auto bytes = query.columnBlob(column);
    return std::string(bytes.begin(), bytes.end());
}

} // namespace

std::optional<std::string> storedSiteId(store::Database& db)
{
    auto query = db.prepare("SELECT site_id FROM identity WHERE id = 1");
    if (!query.step())
        return std::nullopt;
    return query.columnText(0);
}

AgentStore::AgentStore(store::Database db, Identity identity, std::string siteId,
                       const Clock& clock)
    : m_db(std::move(db)), m_identity(std::move(identity)), m_siteId(std::move(siteId)),
      m_clock(clock)
{
}

std::string AgentStore::nowText() const
{
    return utcText(m_clock.now());
}

std::optional<PublicKeys> AgentStore::centre()
{
    auto query = m_db.prepare("SELECT sign_public, curve_public FROM centre WHERE id = 1");
    if (!query.step())
        return std::nullopt;
    return PublicKeys{toArray<32>(query.columnBlob(0)), toArray<32>(query.columnBlob(1))};
}

void AgentStore::trustCentre(const PublicKeys& keys)
{
    store::Transaction tx(m_db);
    auto insert = m_db.prepare("INSERT OR REPLACE INTO centre (id, sign_public, curve_public, "
                               "trusted_at) VALUES (1, ?1, ?2, ?3)");
    insert.bind(1, crypto::ByteSpan(keys.sign))
        .bind(2, crypto::ByteSpan(keys.curve))
        .bind(3, std::string_view(nowText()));
    insert.execute();
    tx.commit();
}

EnqueueResult AgentStore::enqueue(const SignedDocument& document, std::string* why)
{
    store::Transaction tx(m_db);
    const auto result = enqueueIn(document, why);
    if (result == EnqueueResult::Queued)
        tx.commit();
    return result;
}

std::optional<std::string> AgentStore::removalOf(const crypto::SigningPublicKey& key)
{
    auto query = m_db.prepare("SELECT removed_by, removed_at FROM staff_keys WHERE "
                              "sign_public = ?1 AND removed_by IS NOT NULL");
    query.bind(1, crypto::ByteSpan(key));
    if (!query.step())
        return std::nullopt;
    // The key's prefix, not the person's name: reasons are logged.
    return "staff key " + crypto::toHex(key).substr(0, 16) + " was removed by staff list " +
           query.columnText(0) + " at " + query.columnText(1) +
           " (what it signed before stays valid; nothing it signs now is accepted)";
}

EnqueueResult AgentStore::enqueueIn(const SignedDocument& document, std::string* why)
{
    const auto hash = document.contentHash();
    auto receipted =
        m_db.prepare("SELECT content_hash FROM receipts WHERE kind = ?1 AND doc_id = ?2");
    receipted.bind(1, std::string_view(document.kind)).bind(2, std::string_view(document.id));
    if (receipted.step())
        return receipted.columnText(0) == hash ? EnqueueResult::AlreadyReceipted
                                               : EnqueueResult::Conflict;
    auto queued = m_db.prepare("SELECT content_hash FROM outbox WHERE kind = ?1 AND doc_id = ?2");
    queued.bind(1, std::string_view(document.kind)).bind(2, std::string_view(document.id));
    if (queued.step())
        return queued.columnText(0) == hash ? EnqueueResult::AlreadyQueued
                                            : EnqueueResult::Conflict;
    // Checked after the idempotency answers: a document that reached the outbox before its
    // signer was removed is still the same document when the console sends it again.
    if (auto removed = removalOf(document.signer)) {
        if (why)
            *why = "signed by a removed key: " + *removed;
        return EnqueueResult::Refused;
    }
    const auto bytes = document.toBinary();
    auto insert = m_db.prepare("INSERT INTO outbox (kind, doc_id, document, content_hash, "
                               "queued_at) VALUES (?1, ?2, ?3, ?4, ?5)");
    insert.bind(1, std::string_view(document.kind))
        .bind(2, std::string_view(document.id))
        .bind(3, crypto::asBytes(bytes))
        .bind(4, std::string_view(hash))
        .bind(5, std::string_view(nowText()));
    insert.execute();
    return EnqueueResult::Queued;
}

EnqueueResult AgentStore::enqueueKeyList(std::string_view kind, const std::vector<ListedKey>& keys,
                                         const std::string& listId,
                                         const std::vector<ListedKey>& removed, std::string* why)
{
    // Built (and checked) before anything is written.
    const auto document = signDocument(std::string(kind), listId,
                                       keyListBody(kind, m_siteId, keys, removed), m_identity.sign);
    store::Transaction tx(m_db);
    const bool staff = kind == kStaffListKind;
    for (const auto& listed : keys)
        if (auto gone = staff ? removalOf(listed.key) : std::nullopt) {
            if (why)
                *why = "cannot list a removed key again, enrol a new one: " + *gone;
            return EnqueueResult::Refused;
        }
    const auto result = enqueueIn(document, why);
    if (result != EnqueueResult::Queued)
        return result;
    if (staff) {
        const auto now = nowText();
        for (const auto& listed : keys) {
            auto insert = m_db.prepare("INSERT OR REPLACE INTO staff_keys (sign_public, staff_id, "
                                       "role, listed_by) VALUES (?1, ?2, ?3, ?4)");
            insert.bind(1, crypto::ByteSpan(listed.key))
                .bind(2, std::string_view(listed.keyId))
                .bind(3, std::string_view(listed.role))
                .bind(4, std::string_view(listId));
            insert.execute();
        }
        for (const auto& gone : removed) {
            // Keeps the role and listing of a key this agent listed; records one it never did.
            auto known = m_db.prepare("INSERT OR IGNORE INTO staff_keys (sign_public, staff_id) "
                                      "VALUES (?1, ?2)");
            known.bind(1, crypto::ByteSpan(gone.key)).bind(2, std::string_view(gone.keyId));
            known.execute();
            auto mark = m_db.prepare("UPDATE staff_keys SET removed_by = ?2, removed_at = ?3 "
                                     "WHERE sign_public = ?1 AND removed_by IS NULL");
            mark.bind(1, crypto::ByteSpan(gone.key))
                .bind(2, std::string_view(listId))
                .bind(3, std::string_view(now));
            mark.execute();
        }
    }
    tx.commit();
    return result;
}

EnqueueResult AgentStore::enqueueKioskList(
    const std::vector<std::pair<std::string, crypto::SigningPublicKey>>& kiosks,
    const std::string& listId)
{
    std::vector<ListedKey> keys;
    for (const auto& [kioskId, key] : kiosks)
        keys.push_back({kioskId, "kiosk", key});
    return enqueueKeyList(kKioskListKind, keys, listId);
}

std::vector<OutboxItem> AgentStore::nextBatch(int limit)
{
    return nextBatch(limit, 0, std::numeric_limits<std::size_t>::max());
}

std::vector<OutboxItem> AgentStore::nextBatch(int limit, std::int64_t afterSeq,
                                              std::size_t maxBytes)
{
    std::vector<OutboxItem> out;
    // LIMIT -1: no limit.
    auto query = m_db.prepare("SELECT seq, kind, doc_id, document, content_hash FROM outbox "
                              "WHERE state = 'queued' AND seq > ?2 ORDER BY seq LIMIT ?1");
    query.bind(1, limit).bind(2, afterSeq);
    std::size_t bytes = 0;
    while (bytes < maxBytes && query.step()) {
        out.push_back({query.columnInt64(0), query.columnText(1), query.columnText(2),
                       blobText(query, 3), query.columnText(4)});
        bytes += out.back().document.size();
    }
    return out;
}

int AgentStore::queuedCount()
{
    auto query = m_db.prepare("SELECT COUNT(*) FROM outbox WHERE state = 'queued'");
    query.step();
    return static_cast<int>(query.columnInt64(0));
}

int AgentStore::receiptCount()
{
    auto query = m_db.prepare("SELECT COUNT(*) FROM receipts");
    query.step();
    return static_cast<int>(query.columnInt64(0));
}

std::vector<UnsettledItem> AgentStore::unsettledItems()
{
    std::vector<UnsettledItem> out;
    auto query = m_db.prepare("SELECT kind, doc_id, state, COALESCE(reason, ''), attempts FROM "
                              "outbox WHERE state <> 'queued' ORDER BY seq");
    while (query.step())
        out.push_back({query.columnText(0), query.columnText(1), query.columnText(2),
                       query.columnText(3), static_cast<int>(query.columnInt64(4))});
    return out;
}

ApplyCounts AgentStore::applyReceipt(std::string_view receiptText,
                                     const std::vector<OutboxItem>* sent, int maxAttempts)
{
    ApplyCounts counts;
    std::string why = "no trusted centre key";
    auto centreKeys = centre();
    auto receipt = centreKeys ? openReceipt(receiptText, centreKeys->sign, &why) : std::nullopt;
    if (receipt && receipt->siteId != m_siteId) {
        why = "the receipt is for site " + receipt->siteId;
        receipt.reset();
    }
    store::Transaction tx(m_db);
    if (!receipt) {
        counts.badReceipts = sent ? static_cast<int>(sent->size()) : 1;
        logLine("agent", "receipt refused (" + why + "); its items stay queued");
    } else {
        const auto receiptId = "batch:" + receipt->batchHash;
        const auto now = nowText();
        auto find = m_db.prepare("SELECT seq, content_hash FROM outbox WHERE kind = ?1 AND "
                                 "doc_id = ?2 AND state = 'queued'");
        auto keep = m_db.prepare("INSERT OR IGNORE INTO signed_receipts (receipt_id, document, "
                                 "stored_at) VALUES (?1, ?2, ?3)");
        auto store = m_db.prepare("INSERT OR REPLACE INTO receipts (kind, doc_id, content_hash, "
                                  "receipt, stored_at, receipt_id) VALUES (?1, ?2, ?3, ?4, ?5, "
                                  "?6)");
        auto remove = m_db.prepare("DELETE FROM outbox WHERE seq = ?1 AND state = 'queued'");
        auto mark = m_db.prepare("UPDATE outbox SET state = 'rejected', reason = ?2 WHERE seq = "
                                 "?1 AND state = 'queued'");
        bool kept = false;
        for (const auto& entry : receipt->entries) {
            OutboxItem item;
            if (sent) {
                if (entry.index < 0 || entry.index >= static_cast<int>(sent->size()))
                    continue; // the hub may only answer for what was sent
                item = (*sent)[static_cast<std::size_t>(entry.index)];
                if (!entry.kind.empty() && (entry.kind != item.kind || entry.id != item.id))
                    continue;
            } else {
                find.bind(1, std::string_view(entry.kind)).bind(2, std::string_view(entry.id));
                const bool found = find.step();
                if (found)
                    item = {find.columnInt64(0), entry.kind, entry.id, {}, find.columnText(1)};
                find.reset();
                if (!found)
                    continue; // already settled, or not ours
            }
            if (entry.status == "accepted") {
                if (entry.contentHash != item.contentHash) {
                    ++counts.badReceipts;
                    logLine("agent", "receipt entry for " + item.kind + " " + item.id +
                                         " names other content; the item stays queued");
                    continue;
                }
                if (!kept) {
                    keep.bind(1, std::string_view(receiptId))
                        .bind(2, receiptText)
                        .bind(3, std::string_view(now));
                    keep.execute();
                    kept = true;
                }
                const json line = {{"kind", item.kind},
                                   {"id", item.id},
                                   {"content_hash", entry.contentHash},
                                   {"received_at", entry.receivedAt},
                                   {"receipt_code", entry.receiptCode}};
                store.bind(1, std::string_view(item.kind))
                    .bind(2, std::string_view(item.id))
                    .bind(3, std::string_view(item.contentHash))
                    .bind(4, std::string_view(line.dump()))
                    .bind(5, std::string_view(now))
                    .bind(6, std::string_view(receiptId));
                store.execute();
                remove.bind(1, item.seq);
                remove.execute();
                ++counts.receipted;
            } else if (entry.status == "rejected" || entry.status == "conflict") {
                const auto reason = entry.status + ": " + entry.reason;
                mark.bind(1, item.seq).bind(2, std::string_view(reason));
                if (mark.execute() > 0) {
                    logLine("agent", "hub refused " + (item.kind.empty() ? "an item" : item.kind) +
                                         " " + item.id + " (" + reason + ")");
                    ++counts.rejected;
                }
            }
        }
    }
    if (sent) {
        auto attempt = m_db.prepare("UPDATE outbox SET attempts = attempts + 1 WHERE seq = ?1 "
                                    "AND state = 'queued'");
        auto giveUp = m_db.prepare("UPDATE outbox SET state = 'failed', reason = ?2 WHERE seq = "
                                   "?1 AND state = 'queued' AND attempts >= ?3");
        const auto reason = "no receipt after " + std::to_string(maxAttempts) + " attempts" +
                            (receipt ? std::string() : " (last: " + why + ")");
        for (const auto& item : *sent) {
            attempt.bind(1, item.seq);
            if (attempt.execute() == 0)
                continue;
            giveUp.bind(1, item.seq).bind(2, std::string_view(reason)).bind(3, maxAttempts);
            if (giveUp.execute() > 0) {
                ++counts.failed;
                logLine("agent", "gave up on " + item.kind + " " + item.id + ": " + reason);
            }
        }
    }
    tx.commit();
    return counts;
}

std::vector<std::string> AgentStore::inboxIds()
{
    std::vector<std::string> out;
    auto query = m_db.prepare("SELECT plan_id, version FROM inbox");
    while (query.step())
        out.push_back(query.columnText(0) + "@" + m_siteId + "#" +
                      std::to_string(query.columnInt64(1)));
    return out;
}

std::vector<InboxPackage> AgentStore::inboxPackages()
{
    std::vector<InboxPackage> out;
    auto query = m_db.prepare("SELECT plan_id, version, content_hash, document FROM inbox ORDER "
                              "BY received_at, plan_id, version");
    while (query.step())
        out.push_back({query.columnText(0), static_cast<int>(query.columnInt64(1)),
                       query.columnText(2), query.columnText(3)});
    return out;
}

bool AgentStore::storePackage(const std::string& envelopeText, std::string* error)
{
    auto centreKeys = centre();
    if (!centreKeys) {
        if (error)
            *error = "no trusted centre key";
        return false;
    }
    auto document = SignedDocument::fromJson(envelopeText);
    if (!document) {
        if (error)
            *error = "not a signed document";
        return false;
    }
    auto info = package::verifyPlanPackage(*document, centreKeys->sign, error);
    if (!info)
        return false;
    if (info->siteId != m_siteId) {
        if (error)
            *error = "package is for site " + info->siteId;
        return false;
    }
    store::Transaction tx(m_db);
    auto insert = m_db.prepare("INSERT OR IGNORE INTO inbox (plan_id, version, document, "
                               "content_hash, received_at) VALUES (?1, ?2, ?3, ?4, ?5)");
    insert.bind(1, std::string_view(info->planId))
        .bind(2, info->version)
        .bind(3, std::string_view(envelopeText))
        .bind(4, std::string_view(document->contentHash()))
        .bind(5, std::string_view(nowText()));
    insert.execute();
    tx.commit();
    return true;
}

} // namespace examroom::centersync
