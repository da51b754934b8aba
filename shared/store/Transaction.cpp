#include "store/Transaction.h"

#include "store/Database.h"

namespace examroom::store {

Transaction::Transaction(Database& db) : m_db(db)
{
    // Cached: a transaction per answer save should not compile its BEGIN and COMMIT each time.
    m_db.cached("BEGIN IMMEDIATE").execute();
    m_active = true;
}

Transaction::~Transaction()
{
    // Some errors (e.g. SQLITE_FULL) make SQLite roll back by itself; then there is nothing
    // left to undo and ROLLBACK would only fail.
    if (!m_active || !m_db.inTransaction())
        return;
    try {
        m_db.exec("ROLLBACK");
    } catch (...) {
        // A destructor must not throw. If ROLLBACK fails the connection still holds the
        // transaction, and closing the connection discards it.
    }
}

void Transaction::commit()
{
    m_db.cached("COMMIT").execute();
    m_active = false;
}

void Transaction::rollback()
{
    if (m_db.inTransaction())
        m_db.exec("ROLLBACK");
    m_active = false;
}

} // namespace examroom::store
