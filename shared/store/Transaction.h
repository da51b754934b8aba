#pragma once

namespace examroom::store {

class Database;

// A write transaction (RAII): BEGIN IMMEDIATE on construction, so the write lock is taken up
// front and a busy database fails here rather than half-way through. Rolled back by the
// destructor unless committed. Transactions do not nest.
class Transaction
{
public:
    // Throws StoreError (e.g. SQLITE_BUSY after the busy timeout) and leaves no transaction.
    explicit Transaction(Database& db);
    // Rolls back if neither commit() nor rollback() succeeded; never throws.
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Makes the changes durable. On failure throws StoreError; the transaction then stays
    // open (or was already rolled back by SQLite) and the destructor rolls it back.
    void commit();
    // Discards the changes now. On failure throws StoreError; nothing is committed.
    void rollback();

    bool isActive() const { return m_active; }

private:
    Database& m_db;
    bool m_active = false;
};

} // namespace examroom::store
