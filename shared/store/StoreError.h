#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;

namespace examroom::store {

// A failure of the encrypted store. The message names the operation, the SQL text and the
// database path, never a bound value: bound values may be candidates' personal data, and
// error messages end up in logs.
class StoreError : public std::runtime_error
{
public:
    // Leaves nothing behind (only builds the message).
    StoreError(int resultCode, const std::string& message, std::string context = {});

    // Builds the error for `resultCode` from the connection's current error message, naming
    // `action`, the SQL text (shortened) and the database path. Leaves the connection as is.
    static StoreError fromConnection(sqlite3* db, int resultCode, std::string_view action,
                                     std::string_view sql = {});

    // The primary SQLite result code (e.g. 26 for SQLITE_NOTADB).
    int resultCode() const noexcept { return m_resultCode & 0xff; }
    // The extended SQLite result code, as reported.
    int extendedResultCode() const noexcept { return m_resultCode; }
    // The SQL text and/or path the failure happened in; may be empty.
    const std::string& context() const noexcept { return m_context; }

private:
    int m_resultCode;
    std::string m_context;
};

} // namespace examroom::store
