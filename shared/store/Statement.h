#pragma once

#include <concepts>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace examroom::store {

// One compiled SQL statement (RAII over sqlite3_stmt*), made by Database::prepare. It must
// not outlive its Database. Errors throw StoreError naming the SQL text, never bound values.
// Parameters are 1-based (`?`, `?NNN`) or named (`:name`, `@name`, `$name`); columns 0-based.
class Statement
{
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Each bind leaves the parameter unchanged if it throws.
    Statement& bindInt64(int index, std::int64_t value);
    Statement& bindDouble(int index, double value);
    // The text is copied; an empty text binds '' (not NULL).
    Statement& bindText(int index, std::string_view value);
    // The bytes are copied; an empty blob binds a zero-length blob (not NULL).
    Statement& bindBlob(int index, std::span<const std::uint8_t> value);
    Statement& bindNull(int index);

    // Overloads picking the typed bind from the value's type.
    template <std::integral T>
    requires(std::is_signed_v<T> || sizeof(T) < sizeof(std::int64_t)) Statement& bind(int index,
                                                                                      T value)
    {
        return bindInt64(index, static_cast<std::int64_t>(value));
    }
    Statement& bind(int index, double value) { return bindDouble(index, value); }
    Statement& bind(int index, std::string_view value) { return bindText(index, value); }
    Statement& bind(int index, std::span<const std::uint8_t> value)
    {
        return bindBlob(index, value);
    }
    Statement& bind(int index, std::nullopt_t) { return bindNull(index); }
    template <typename T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    // Binds by name, e.g. bind(":idNumber", text); throws StoreError if the SQL has no such
    // parameter. A name without its prefix character gets ':'.
    template <typename T> Statement& bind(std::string_view name, const T& value)
    {
        return bind(parameterIndex(name), value);
    }

    // The 1-based index of a named parameter. Throws StoreError if there is none.
    int parameterIndex(std::string_view name) const;

    // Advances: true if a row is available, false when done. On failure throws StoreError and
    // resets the statement (bindings are kept).
    bool step();
    // Runs a statement that returns no rows to completion and resets it for reuse; returns
    // the number of rows changed. Throws StoreError if it fails or yields a row (the
    // statement is reset either way).
    int execute();
    // Rewinds to before the first row; bindings are kept.
    void reset();
    // Sets every parameter back to NULL.
    void clearBindings();

    // Column getters of the current row; throw StoreError if there is no row or no such
    // column. NULL reads as 0, 0.0, "" or an empty blob; use isNull to tell.
    int columnCount() const;
    bool isNull(int column) const;
    std::int64_t columnInt64(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    std::vector<std::uint8_t> columnBlob(int column) const;

    // The SQL text as prepared.
    const std::string& sql() const { return m_sql; }

private:
    friend class Database;
    Statement(sqlite3_stmt* stmt, std::string sql);

    void checkBind(int rc, int index) const;
    void checkColumn(int column) const;
    sqlite3* connection() const;

    sqlite3_stmt* m_stmt = nullptr;
    std::string m_sql;
};

} // namespace examroom::store
