#pragma once

#include "documents/SignedDocument.h"
#include "state/StateStore.h"
#include "util/Clock.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace examroom::centersync {

struct OutboxItem
{
    std::int64_t seq = 0;
    std::string kind;
    std::string id;
    std::string envelope;
    std::string contentHash;
};

struct ApplyCounts
{
    int receipted = 0;   // receipt checked and stored, item left the outbox
    int rejected = 0;    // the hub refused it (or a conflict): kept, marked, not retried
    int badReceipts = 0; // a receipt that did not check out: the item stays queued
};

enum class EnqueueResult { Queued, AlreadyQueued, AlreadyReceipted, Conflict };

// agent.db: identity, pinned centre keys, the package inbox, the outbox and receipts.
// Every change is one transaction on a synchronous=FULL database. Not thread-safe.
class AgentStore
{
public:
    AgentStore(store::Database db, Identity identity, std::string siteId, const Clock& clock);

    const std::string& siteId() const { return m_siteId; }
    const Identity& identity() const { return m_identity; }
    // The pinned centre keys; nullopt before `agent trust-centre`.
    std::optional<PublicKeys> centre();
    void trustCentre(const PublicKeys& keys);

    // Adds a signed document to the outbox (idempotent on kind + id + content).
    EnqueueResult enqueue(const SignedDocument& document);
    // Signs a kiosk list with the site key and queues it.
    EnqueueResult
    enqueueKioskList(const std::vector<std::pair<std::string, crypto::SigningPublicKey>>& kiosks,
                     const std::string& listId);

    // Up to `limit` queued items, oldest first.
    std::vector<OutboxItem> nextBatch(int limit);
    int queuedCount();
    int receiptCount();
    // Applies the hub's per-item results: checks each receipt (centre signature, kind, id and
    // content hash) and in one transaction stores it and removes the item. Throws StoreError
    // on a database fault (rolled back: nothing half-applied).
    ApplyCounts applyResults(const std::vector<OutboxItem>& sent, const nlohmann::json& results);

    // Ids of packages in the inbox ("<plan>@<site>#<version>").
    std::vector<std::string> inboxIds();
    // Verifies a package against the pinned centre key and stores it; false with the reason.
    [[nodiscard]] bool storePackage(const std::string& envelopeText, std::string* error);

    store::Database& database() { return m_db; }

private:
    std::string nowText() const;

    store::Database m_db;
    Identity m_identity;
    std::string m_siteId;
    const Clock& m_clock;
};

// The site id stored with the agent's identity (set by `keys init --role site --site ID`).
std::optional<std::string> storedSiteId(store::Database& db);

} // namespace examroom::centersync
