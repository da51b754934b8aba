#pragma once

#include "documents/SignedDocument.h"

#include <chrono>
#include <vector>

namespace examroom::store {
class Database;
}

namespace examroom::site {

// The console's outbox in site.db: signed documents (plan confirmations, session records)
// waiting for the site agent to carry them to the centre. Keyed by (kind, id): queueing the
// same document twice keeps the first.
class Outbox
{
public:
    explicit Outbox(store::Database& db) : m_db(db) {}

    // Queues `document` at `now` within the caller's transaction (or on its own). Throws
    // StoreError on a write failure; the caller's transaction decides what stays.
    void queue(const SignedDocument& document, std::chrono::sys_seconds now);

    // Every document not yet taken by the agent, oldest first. Throws StoreError.
    std::vector<SignedDocument> waiting();
    // How many documents wait (what waiting().size() would be, without reading them).
    int waitingCount();

    // Marks `document` taken by the agent at `now`: only after the agent confirmed it holds
    // exactly these bytes (site/AgentLink.h); a second call changes nothing. Throws StoreError.
    void markTaken(const SignedDocument& document, std::chrono::sys_seconds now);

private:
    store::Database& m_db;
};

} // namespace examroom::site
