#include "import/CsvTable.h"

#include "util/TextPosition.h"

#include <algorithm>
#include <csv.h>
#include <memory>

namespace examroom {
namespace {

// Feeds libcsv one byte at a time so that every field knows the line and column it started
// at; libcsv itself keeps no positions. Centre files are at most a few megabytes.
class PositionedParser
{
public:
    PositionedParser() { csv_init(&m_parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL); }
    ~PositionedParser() { csv_free(&m_parser); }
    PositionedParser(const PositionedParser&) = delete;
    PositionedParser& operator=(const PositionedParser&) = delete;

    // Returns false at the first malformed byte, with `errorAt` set.
    bool parse(std::string_view text)
    {
        for (std::size_t i = 0; i < text.size(); ++i) {
            auto byte = static_cast<unsigned char>(text[i]);
            if ((byte & 0xC0) != 0x80 && byte != '\r' && byte != '\n')
                ++m_column;
            if (m_fieldPending && byte != '\r' && byte != '\n') {
                m_fieldStart = {m_line, m_column};
                m_fieldPending = false;
            }
            if (csv_parse(&m_parser, &text[i], 1, &onField, &onRecord, this) != 1) {
                errorAt = {m_line, std::max(m_column, 1)};
                return false;
            }
            // LF, CRLF and a lone CR each end a line (libcsv ends records at all three)
            bool lineEnd =
                byte == '\n' || (byte == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'));
            if (lineEnd) {
                ++m_line;
                m_column = 0;
            }
        }
        if (csv_fini(&m_parser, &onField, &onRecord, this) != 0) {
            errorAt = m_fieldStart; // an unterminated quote: point at where the field began
            return false;
        }
        return true;
    }

    std::vector<CsvRow> records;
    LineColumn errorAt;

private:
    static void onField(void* data, std::size_t length, void* self)
    {
        static_cast<PositionedParser*>(self)->addField(static_cast<const char*>(data), length);
    }
    static void onRecord(int, void* self) { static_cast<PositionedParser*>(self)->endRecord(); }

    void addField(const char* data, std::size_t length)
    {
        if (m_fieldPending) // an empty field ended by the very byte after the previous one
            m_fieldStart = {m_line, std::max(m_column, 1)};
        if (m_current.fields.empty())
            m_current.line = m_fieldStart.line;
        m_current.fields.push_back({data ? std::string(data, length) : std::string(),
                                    m_fieldStart.line, m_fieldStart.column});
        m_fieldPending = true;
    }

    void endRecord()
    {
        records.push_back(std::move(m_current));
        m_current = {};
        m_fieldPending = true;
    }

    csv_parser m_parser{};
    int m_line = 1;
    int m_column = 0;
    bool m_fieldPending = true;
    LineColumn m_fieldStart;
    CsvRow m_current;
};

} // namespace

std::optional<CsvTable> CsvTable::parse(std::string_view text, const std::string& fileName,
                                        Diagnostics& diagnostics)
{
    text = stripBom(text);
    if (auto bad = firstInvalidUtf8(text)) {
        auto at = lineColumnAt(text, *bad);
        diagnostics.error({fileName, at.line, at.column}, "the file is not valid UTF-8 text");
        return std::nullopt;
    }
    auto parser = std::make_unique<PositionedParser>();
    if (!parser->parse(text)) {
        diagnostics.error({fileName, parser->errorAt.line, parser->errorAt.column},
                          "malformed CSV: a quoted field must be closed by a quote followed by "
                          "a comma or the end of the line (write a quote inside it as \"\")");
        return std::nullopt;
    }
    if (parser->records.empty()) {
        diagnostics.error({fileName, 1, 1}, "the file is empty: expected a header row");
        return std::nullopt;
    }
    CsvTable table;
    table.m_fileName = fileName;
    table.m_header = std::move(parser->records.front());
    const auto& names = table.m_header.fields;
    for (std::size_t i = 0; i < names.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            if (!names[i].text.empty() && names[i].text == names[j].text) {
                diagnostics.error(table.locate(names[i]), "column \"" + names[i].text +
                                                              "\" appears twice (first at column " +
                                                              std::to_string(names[j].column) +
                                                              ")");
            }
        }
    }
    for (std::size_t r = 1; r < parser->records.size(); ++r) {
        auto& row = parser->records[r];
        if (row.fields.size() != names.size()) {
            diagnostics.error(table.locate(row),
                              "the row has " + std::to_string(row.fields.size()) +
                                  " fields, the header has " + std::to_string(names.size()));
            continue;
        }
        table.m_rows.push_back(std::move(row));
    }
    // Rows in error are reported and left out; the caller still checks the rest, so that one
    // run reports every error of the file.
    return table;
}

std::optional<std::size_t> CsvTable::column(std::string_view name) const
{
    for (std::size_t i = 0; i < m_header.fields.size(); ++i)
        if (m_header.fields[i].text == name)
            return i;
    return std::nullopt;
}

bool CsvTable::checkColumns(const std::vector<std::string_view>& required,
                            const std::vector<std::string_view>& known,
                            Diagnostics& diagnostics) const
{
    bool ok = true;
    for (auto name : required) {
        if (!column(name)) {
            diagnostics.error({m_fileName, m_header.line ? m_header.line : 1, 0},
                              "missing column \"" + std::string(name) + "\"");
            ok = false;
        }
    }
    for (const auto& field : m_header.fields) {
        if (std::find(known.begin(), known.end(), field.text) == known.end())
            diagnostics.warning(locate(field), "unknown column \"" + field.text + "\" is ignored");
    }
    return ok;
}

const CsvField* CsvTable::field(const CsvRow& row, std::string_view name) const
{
    auto index = column(name);
    if (!index || *index >= row.fields.size())
        return nullptr;
    return &row.fields[*index];
}

std::string CsvTable::text(const CsvRow& row, std::string_view name) const
{
    const auto* found = field(row, name);
    return found ? found->text : std::string();
}

} // namespace examroom
