#include "store/Statement.h"

#include "store/StoreError.h"

#include <sqlcipher/sqlite3.h>
#include <utility>

namespace examroom::store {

Statement::Statement(sqlite3_stmt* stmt, std::string sql) : m_stmt(stmt), m_sql(std::move(sql)) {}

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_sql(std::move(other.m_sql))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_sql = std::move(other.m_sql);
    }
    return *this;
}

Statement::~Statement()
{
    // The result repeats the last step's error, which was already reported.
    sqlite3_finalize(m_stmt);
}

sqlite3* Statement::connection() const
{
    return m_stmt ? sqlite3_db_handle(m_stmt) : nullptr;
}

void Statement::checkBind(int rc, int index) const
{
    if (rc != SQLITE_OK)
        throw StoreError::fromConnection(connection(), rc,
                                         "binding parameter " + std::to_string(index), m_sql);
}

Statement& Statement::bindInt64(int index, std::int64_t value)
{
    checkBind(sqlite3_bind_int64(m_stmt, index, value), index);
    return *this;
}

Statement& Statement::bindDouble(int index, double value)
{
    checkBind(sqlite3_bind_double(m_stmt, index, value), index);
    return *this;
}

Statement& Statement::bindText(int index, std::string_view value)
{
    // A null data pointer would bind NULL; an empty view may have one.
    const char* data = value.data() ? value.data() : "";
    checkBind(sqlite3_bind_text64(m_stmt, index, data, value.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
              index);
    return *this;
}

Statement& Statement::bindBlob(int index, std::span<const std::uint8_t> value)
{
    // sqlite3_bind_blob with a null pointer binds NULL, not an empty blob.
    if (value.empty())
        checkBind(sqlite3_bind_zeroblob(m_stmt, index, 0), index);
    else
        checkBind(sqlite3_bind_blob64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT),
                  index);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    checkBind(sqlite3_bind_null(m_stmt, index), index);
    return *this;
}

int Statement::parameterIndex(std::string_view name) const
{
    std::string full;
    if (name.empty() || (name.front() != ':' && name.front() != '@' && name.front() != '$'))
        full = ":";
    full += name;
    const int index = sqlite3_bind_parameter_index(m_stmt, full.c_str());
    if (index == 0)
        throw StoreError(SQLITE_RANGE, "no parameter named " + full, "SQL: " + m_sql);
    return index;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    StoreError error = StoreError::fromConnection(connection(), rc, "executing statement", m_sql);
    // Resetting releases the statement's locks so that an enclosing transaction can roll back.
    sqlite3_reset(m_stmt);
    throw error;
}

int Statement::execute()
{
    const bool row = step();
    sqlite3_reset(m_stmt);
    if (row)
        throw StoreError(SQLITE_MISUSE, "execute() on a statement that returns rows; use step()",
                         "SQL: " + m_sql);
    return sqlite3_changes(connection());
}

void Statement::reset()
{
    // sqlite3_reset returns the last step's error again; that was already thrown by step().
    sqlite3_reset(m_stmt);
}

void Statement::clearBindings()
{
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

void Statement::checkColumn(int column) const
{
    // SQLite answers NULL for a bad index or when no row is current; that would hide bugs.
    if (sqlite3_data_count(m_stmt) == 0)
        throw StoreError(SQLITE_MISUSE, "reading a column without a current row", "SQL: " + m_sql);
    if (column < 0 || column >= sqlite3_column_count(m_stmt))
        throw StoreError(SQLITE_RANGE, "no column " + std::to_string(column), "SQL: " + m_sql);
}

bool Statement::isNull(int column) const
{
    checkColumn(column);
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::columnInt64(int column) const
{
    checkColumn(column);
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const
{
    checkColumn(column);
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::columnText(int column) const
{
    checkColumn(column);
    // Pointer first, then size: the documented order so the size matches the UTF-8 text.
    const auto* text = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!text)
        return {};
    return std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size));
}

std::vector<std::uint8_t> Statement::columnBlob(int column) const
{
    checkColumn(column);
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data)
        return {};
    return std::vector<std::uint8_t>(data, data + size);
}

} // namespace examroom::store
