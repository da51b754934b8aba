#pragma once

#include "documents/SignedDocument.h"
#include "protocol/KeyList.h"
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
    std::string document; // binary (SignedDocument::toBinary), as it goes up
    std::string contentHash;
};

struct ApplyCounts
{
    int receipted = 0;   // receipt checked and stored, item left the outbox
    int rejected = 0;    // the hub refused it (or a conflict): kept, marked, not retried
    int badReceipts = 0; // items a receipt did not settle because it did not check out
    int failed = 0;      // sent max_attempts times without being settled: kept, not retried
};

// An item that left the queue without a receipt: refused by the hub or given up.
struct UnsettledItem
{
    std::string kind;
    std::string id;
    std::string state; // rejected | failed
    std::string reason;
    int attempts = 0;
};

// A verified plan package in the inbox, for the proctor console.
struct InboxPackage
{
    std::string planId;
    int version = 0;
    std::string contentHash;
    std::string document; // the centre-signed envelope, as received
};

// Refused: signed by a staff key this agent removed (a newer staff list), or a list that would
// add a removed key again; nothing is queued and `why` says which.
enum class EnqueueResult { Queued, AlreadyQueued, AlreadyReceipted, Conflict, Refused };

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

    // Adds a signed document to the outbox (idempotent on kind + id + content: a document
    // queued or receipted before its signer was removed is answered as known, never refused).
    // Refused, with the reason in `why`, when a staff list this agent signed removed the
    // signer's key.
    EnqueueResult enqueue(const SignedDocument& document, std::string* why = nullptr);
    // Signs a kiosk or staff list (protocol/KeyList.h) with the site key and queues it; a staff
    // list with `removed` keys is format v2 and the agent refuses their documents from then on.
    // Refused (`why`) when it would list a key this agent removed. Throws std::invalid_argument
    // for a role the kind does not list; nothing is queued then.
    EnqueueResult enqueueKeyList(std::string_view kind, const std::vector<ListedKey>& keys,
                                 const std::string& listId,
                                 const std::vector<ListedKey>& removed = {},
                                 std::string* why = nullptr);
    // Signs a kiosk list with the site key and queues it.
    EnqueueResult
    enqueueKioskList(const std::vector<std::pair<std::string, crypto::SigningPublicKey>>& kiosks,
                     const std::string& listId);

    // Why a document signed by `key` is refused (the staff list that removed it and when), or
    // nullopt when this agent removed no such key.
    std::optional<std::string> removalOf(const crypto::SigningPublicKey& key);

    // Up to `limit` queued items, oldest first.
    std::vector<OutboxItem> nextBatch(int limit);
    // The same after sequence number `afterSeq` (the last item of the previous batch still in
    // flight), stopping once the documents reach `maxBytes` (at least one item).
    std::vector<OutboxItem> nextBatch(int limit, std::int64_t afterSeq, std::size_t maxBytes);
    int queuedCount();
    int receiptCount();
    // Every queued item, oldest first (what `agent export` bundles).
    std::vector<OutboxItem> queuedItems() { return nextBatch(-1); }
    // Items marked rejected or failed, with their reasons (for `agent status`).
    std::vector<UnsettledItem> unsettledItems();

    // Applies a signed batch receipt in one transaction: checks the centre's signature and the
    // site, then for each entry stores it and removes the item (accepted, content hash equal
    // to the queued item's) or marks the item rejected. With `sent` (the network path) entries
    // are matched to the batch's items by index, and every sent item still queued afterwards
    // counts an attempt and is marked failed (logged) once it reaches `maxAttempts`; without
    // it (`import-receipts`) entries are matched to queued items by kind and id. A receipt
    // that does not check out changes nothing but the attempt counts and is logged. Throws
    // StoreError on a database fault (rolled back: nothing half-applied).
    ApplyCounts applyReceipt(std::string_view receiptText, const std::vector<OutboxItem>* sent,
                             int maxAttempts);

    // Ids of packages in the inbox ("<plan>@<site>#<version>").
    std::vector<std::string> inboxIds();
    // Every package in the inbox, oldest first (what the console link lists).
    std::vector<InboxPackage> inboxPackages();
    // Verifies a package against the pinned centre key and stores it; false with the reason.
    [[nodiscard]] bool storePackage(const std::string& envelopeText, std::string* error);

    store::Database& database() { return m_db; }

private:
    std::string nowText() const;
    // enqueue() inside the caller's transaction.
    EnqueueResult enqueueIn(const SignedDocument& document, std::string* why);

    store::Database m_db;
    Identity m_identity;
    std::string m_siteId;
    const Clock& m_clock;
};

// The site id stored with the agent's identity (set by `keys init --role site --site ID`).
std::optional<std::string> storedSiteId(store::Database& db);

} // namespace examroom::centersync
