// CsvTable::parse on arbitrary bytes, then every accessor on what it returns.

#include "FuzzSupport.h"
#include "import/CsvTable.h"

#include <string>
#include <string_view>
#include <vector>

using namespace examroom;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string fileName = "fuzz.csv";
    Diagnostics diagnostics;
    auto table = CsvTable::parse(fuzz::asText(data, size), fileName, diagnostics);
    fuzz::checkDiagnostics(diagnostics, fileName);
    if (!table) {
        // Not a table at all: that must have been reported.
        FUZZ_CHECK(diagnostics.hasErrors());
        return 0;
    }
    FUZZ_CHECK(table->fileName() == fileName);
    const auto& header = table->header();
    FUZZ_CHECK(header.line >= 1);
    FUZZ_CHECK(!header.fields.empty());

    // Each header name is found at its first occurrence.
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const auto& name = header.fields[i];
        FUZZ_CHECK(name.line >= header.line);
        FUZZ_CHECK(name.column >= 1);
        auto index = table->column(name.text);
        FUZZ_CHECK(index && *index <= i);
        FUZZ_CHECK(header.fields[*index].text == name.text);
    }

    // libcsv also ends records at a bare CR (old Mac line ends), which CsvTable does not count
    // as a new line; the order of lines is only checked for LF and CRLF files.
    const auto text = fuzz::asText(data, size);
    bool bareCr = false;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))
            bareCr = true;

    int previousLine = header.line;
    for (const auto& row : table->rows()) {
        // Rows that disagree with the header are reported and left out.
        FUZZ_CHECK(row.fields.size() == header.fields.size());
        FUZZ_CHECK(bareCr || row.line > previousLine);
        previousLine = row.line;
        auto where = table->locate(row);
        FUZZ_CHECK(where.file == fileName && where.line == row.line && where.column == 0);
        int fieldLine = row.line;
        for (std::size_t i = 0; i < row.fields.size(); ++i) {
            const auto& field = row.fields[i];
            FUZZ_CHECK(field.line >= fieldLine); // fields start in order
            FUZZ_CHECK(field.column >= 1);
            fieldLine = field.line;
            auto at = table->locate(field);
            FUZZ_CHECK(at.line == field.line && at.column == field.column);
            // Reading by header name gives the field of the name's first column.
            const auto& name = header.fields[i].text;
            const auto* byName = table->field(row, name);
            FUZZ_CHECK(byName != nullptr);
            FUZZ_CHECK(table->text(row, name) == byName->text);
            if (*table->column(name) == i)
                FUZZ_CHECK(byName == &field);
        }
        FUZZ_CHECK(table->field(row, "\x01no such column") == nullptr);
        FUZZ_CHECK(table->text(row, "\x01no such column").empty());
    }

    // Column checks against the bank's and the roster's names, and against the file's own.
    Diagnostics columns;
    const std::vector<std::string_view> bank{"题号", "题型", "题干", "答案"};
    bool ok = table->checkColumns(bank, bank, columns);
    FUZZ_CHECK(ok == !columns.hasErrors());
    fuzz::checkDiagnostics(columns, fileName);

    std::vector<std::string_view> own;
    for (const auto& name : header.fields)
        own.push_back(name.text);
    Diagnostics self;
    FUZZ_CHECK(table->checkColumns(own, own, self));
    FUZZ_CHECK(self.all().empty());
    return 0;
}
