#include "agent/AgentStore.h"

#include "crypto/Hex.h"
#include "hub/HubStore.h"
#include "package/PlanPackage.h"
#include "state/Log.h"
#include "store/Statement.h"
#include "store/Transaction.h"

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

EnqueueResult AgentStore::enqueue(const SignedDocument& document)
{
    const auto hash = document.contentHash();
    store::Transaction tx(m_db);
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
    auto insert = m_db.prepare("INSERT INTO outbox (kind, doc_id, envelope, content_hash, "
                               "queued_at) VALUES (?1, ?2, ?3, ?4, ?5)");
    insert.bind(1, std::string_view(document.kind))
        .bind(2, std::string_view(document.id))
        .bind(3, std::string_view(document.toJson()))
        .bind(4, std::string_view(hash))
        .bind(5, std::string_view(nowText()));
    insert.execute();
    tx.commit();
    return EnqueueResult::Queued;
}

EnqueueResult AgentStore::enqueueKioskList(
    const std::vector<std::pair<std::string, crypto::SigningPublicKey>>& kiosks,
    const std::string& listId)
{
    json list = json::array();
    for (const auto& [kioskId, key] : kiosks)
        list.push_back({{"kiosk_id", kioskId}, {"sign_public", crypto::toHex(key)}});
    json body = {{"format", "examroom.kiosk-list.v1"}, {"site_id", m_siteId}, {"kiosks", list}};
    return enqueue(signDocument(std::string(kKioskListKind), listId, body.dump(), m_identity.sign));
}

std::vector<OutboxItem> AgentStore::nextBatch(int limit)
{
    std::vector<OutboxItem> out;
    auto query = m_db.prepare("SELECT seq, kind, doc_id, envelope, content_hash FROM outbox "
                              "WHERE state = 'queued' ORDER BY seq LIMIT ?1");
    query.bind(1, limit);
    while (query.step())
        out.push_back({query.columnInt64(0), query.columnText(1), query.columnText(2),
                       query.columnText(3), query.columnText(4)});
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

ApplyCounts AgentStore::applyResults(const std::vector<OutboxItem>& sent, const json& results)
{
    ApplyCounts counts;
    auto centreKeys = centre();
    if (!centreKeys || !results.is_array())
        return counts;
    store::Transaction tx(m_db);
    for (const auto& result : results) {
        if (!result.is_object())
            continue;
        const auto kind = result.value("kind", "");
        const auto id = result.value("id", "");
        auto item = std::find_if(sent.begin(), sent.end(),
                                 [&](const OutboxItem& i) { return i.kind == kind && i.id == id; });
        if (item == sent.end())
            continue; // the hub may only answer for what was sent
        const auto status = result.value("status", "");
        if (status == "stored" || status == "duplicate") {
            auto receipt = SignedDocument::fromJson(result.value("receipt", ""));
            json body = receipt ? json::parse(receipt->body, nullptr, false) : json();
            const bool good = receipt && receipt->kind == kReceiptKind &&
                              receipt->signer == centreKeys->sign && verifySignature(*receipt) &&
                              receipt->id == kind + ":" + id && body.is_object() &&
                              body.value("content_hash", "") == item->contentHash &&
                              body.value("kind", "") == kind && body.value("doc_id", "") == id;
            if (!good) {
                ++counts.badReceipts;
                logLine("agent", "receipt for " + kind + " " + id +
                                     " does not check out; the item stays queued");
                continue;
            }
            auto store = m_db.prepare("INSERT OR REPLACE INTO receipts (kind, doc_id, "
                                      "content_hash, receipt, stored_at) VALUES (?1, ?2, ?3, ?4, "
                                      "?5)");
            store.bind(1, std::string_view(kind))
                .bind(2, std::string_view(id))
                .bind(3, std::string_view(item->contentHash))
                .bind(4, std::string_view(receipt->toJson()))
                .bind(5, std::string_view(nowText()));
            store.execute();
            auto remove = m_db.prepare("DELETE FROM outbox WHERE seq = ?1");
            remove.bind(1, item->seq);
            remove.execute();
            ++counts.receipted;
        } else if (status == "rejected" || status == "conflict") {
            auto mark =
                m_db.prepare("UPDATE outbox SET state = 'rejected', reason = ?2 WHERE seq = ?1");
            const auto reason = status + ": " + result.value("reason", "");
            mark.bind(1, item->seq).bind(2, std::string_view(reason));
            mark.execute();
            logLine("agent", "hub refused " + kind + " " + id + " (" + reason + ")");
            ++counts.rejected;
        }
    }
    auto attempt = m_db.prepare("UPDATE outbox SET attempts = attempts + 1 WHERE seq = ?1");
    for (const auto& item : sent) {
        attempt.bind(1, item.seq);
        attempt.execute();
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
