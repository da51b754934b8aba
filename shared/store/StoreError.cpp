#include "store/StoreError.h"

#include <sqlcipher/sqlite3.h>

namespace examroom::store {

namespace {

// Long migration scripts would drown the message; the start identifies the statement.
constexpr std::size_t maxSqlInMessage = 240;

std::string shortened(std::string_view sql)
{
    if (sql.size() <= maxSqlInMessage)
        return std::string(sql);
    return std::string(sql.substr(0, maxSqlInMessage)) + "...";
}

std::string withContext(const std::string& message, const std::string& context)
{
    return context.empty() ? message : message + " [" + context + "]";
}

} // namespace

StoreError::StoreError(int resultCode, const std::string& message, std::string context)
    : std::runtime_error(withContext(message, context)), m_resultCode(resultCode),
      m_context(std::move(context))
{
}

StoreError StoreError::fromConnection(sqlite3* db, int resultCode, std::string_view action,
                                      std::string_view sql)
{
    // sqlite3_errmsg describes the failure by names (tables, columns, constraints) and never
    // quotes bound parameters, so it is safe to carry.
    std::string message(action);
    message += " failed: ";
    message += db ? sqlite3_errmsg(db) : sqlite3_errstr(resultCode);
    message += " (SQLite " + std::to_string(resultCode) + ")";

    std::string context;
    if (!sql.empty())
        context = "SQL: " + shortened(sql);
    const char* path = db ? sqlite3_db_filename(db, "main") : nullptr;
    if (path && *path) {
        if (!context.empty())
            context += "; ";
        context += "database: ";
        context += path;
    }
    return StoreError(resultCode, message, std::move(context));
}

} // namespace examroom::store
