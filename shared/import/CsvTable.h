#pragma once

#include "import/Diagnostics.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace examroom {

struct CsvField
{
    std::string text;
    int line = 0;   // where the field starts
    int column = 0; // in characters
};

struct CsvRow
{
    int line = 0; // where the record starts
    std::vector<CsvField> fields;
};

// An RFC 4180 file (libcsv) whose first record is the header. Columns are found by header
// name, so their order may vary; leading and trailing blanks of unquoted fields are dropped.
class CsvTable
{
public:
    // Parses `text` (UTF-8, BOM allowed, CRLF or LF). Malformed CSV, invalid UTF-8, an empty
    // file, duplicate header names and records with a different number of fields than the
    // header are reported to `diagnostics` as errors in file:line:column form; returns
    // nullopt only when the file cannot be read as a table at all.
    static std::optional<CsvTable> parse(std::string_view text, const std::string& fileName,
                                         Diagnostics& diagnostics);

    const std::string& fileName() const { return m_fileName; }
    const CsvRow& header() const { return m_header; }
    const std::vector<CsvRow>& rows() const { return m_rows; }

    // Index of the column named `name`, if present.
    std::optional<std::size_t> column(std::string_view name) const;

    // Reports each column in `required` that is missing (an error) and each header not in
    // `known` (a warning: it is ignored). Returns false if a required column is missing.
    bool checkColumns(const std::vector<std::string_view>& required,
                      const std::vector<std::string_view>& known, Diagnostics& diagnostics) const;

    // The field of `row` in column `name`, or nullptr when that column is absent.
    const CsvField* field(const CsvRow& row, std::string_view name) const;
    // The text of that field, empty when absent.
    std::string text(const CsvRow& row, std::string_view name) const;

    SourceLocation locate(const CsvField& field) const
    {
        return {m_fileName, field.line, field.column};
    }
    SourceLocation locate(const CsvRow& row) const { return {m_fileName, row.line, 0}; }

private:
    std::string m_fileName;
    CsvRow m_header;
    std::vector<CsvRow> m_rows;
};

} // namespace examroom
