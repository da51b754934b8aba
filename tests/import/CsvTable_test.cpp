#include "import/CsvTable.h"
#include "ImportTestSupport.h"

using namespace examroom;

namespace {
CsvTable parseOk(const std::string& text, Diagnostics& diagnostics)
{
    auto table = CsvTable::parse(text, "t.csv", diagnostics);
    REQUIRE_MESSAGE(table, test::dump(diagnostics));
    return *table;
}
} // namespace

TEST_CASE("quoted fields keep commas and doubled quotes and line breaks")
{
    Diagnostics diagnostics;
    auto table = parseOk(
        "id,text,after\n1,\"a, b\",x\n2,\"say \"\"hi\"\"\",y\n3,\"two\nlines\",z\n", diagnostics);
    REQUIRE(table.rows().size() == 3);
    CHECK(table.text(table.rows()[0], "text") == "a, b");
    CHECK(table.text(table.rows()[1], "text") == "say \"hi\"");
    CHECK(table.text(table.rows()[2], "text") == "two\nlines");
    CHECK(table.text(table.rows()[2], "after") == "z");
    CHECK_FALSE(diagnostics.hasErrors());
}

TEST_CASE("a byte-order mark and CRLF line ends are accepted")
{
    Diagnostics diagnostics;
    auto table = parseOk("\xEF\xBB\xBFid,name\r\n1,张三\r\n2,李四\r\n", diagnostics);
    CHECK(table.column("id") == 0u);
    REQUIRE(table.rows().size() == 2);
    CHECK(table.text(table.rows()[1], "name") == "李四");
    CHECK(table.rows()[1].line == 3);
}

TEST_CASE("columns are found by header name whatever their order")
{
    Diagnostics diagnostics;
    auto table = parseOk("b,a\n2,1\n", diagnostics);
    CHECK(table.text(table.rows()[0], "a") == "1");
    CHECK(table.text(table.rows()[0], "b") == "2");
    CHECK(table.field(table.rows()[0], "c") == nullptr);
}

TEST_CASE("fields know the line and character column they start at")
{
    Diagnostics diagnostics;
    auto table = parseOk("题号,题干,答案\nQ1,\"第一行\n第二行\",对\nQ2,中文,错\n", diagnostics);
    const auto& first = table.rows()[0];
    CHECK(first.line == 2);
    CHECK(first.fields[2].line == 3);   // after the line break inside the quoted stem
    CHECK(first.fields[2].column == 6); // after 第二行" and the comma
    const auto& second = table.rows()[1];
    CHECK(second.line == 4);
    CHECK(second.fields[1].column == 4);
    CHECK(second.fields[2].column == 7);
}

TEST_CASE("unknown columns are warned about and missing required ones are errors")
{
    Diagnostics diagnostics;
    auto table = parseOk("a,extra\n1,2\n", diagnostics);
    CHECK_FALSE(table.checkColumns({"a", "b"}, {"a", "b"}, diagnostics));
    CHECK_ERROR_AT(diagnostics, "t.csv", 1, "missing column \"b\"");
    REQUIRE(diagnostics.warnings().size() == 1);
    CHECK(diagnostics.warnings()[0].where.column == 3);
    CHECK(diagnostics.warnings()[0].message.find("extra") != std::string::npos);
}

TEST_CASE("a stray quote inside an unquoted field is an error at its position")
{
    Diagnostics diagnostics;
    auto table = CsvTable::parse("a,b\n1,\"x\"y\n", "t.csv", diagnostics);
    CHECK_FALSE(table);
    CHECK_ERROR_AT(diagnostics, "t.csv", 2, "malformed CSV");
}

TEST_CASE("a quote left open until the end of the file is reported where the field starts")
{
    Diagnostics diagnostics;
    auto table = CsvTable::parse("a,b\n1,2\n3,\"never closed\n4,5\n", "t.csv", diagnostics);
    CHECK_FALSE(table);
    CHECK(test::hasError(diagnostics, "t.csv", 3, "malformed CSV", 3));
}

TEST_CASE("a row with the wrong number of fields is an error on its line")
{
    Diagnostics diagnostics;
    auto table = CsvTable::parse("a,b,c\n1,2,3\n4,5\n6,7,8\n", "t.csv", diagnostics);
    REQUIRE(table);
    CHECK(table->rows().size() == 2);
    CHECK_ERROR_AT(diagnostics, "t.csv", 3, "the row has 2 fields, the header has 3");
}

TEST_CASE("text that is not UTF-8 is refused with its position")
{
    Diagnostics diagnostics;
    auto table = CsvTable::parse("a,b\n1,\xC4\xE3\xBA\xC3\n", "t.csv", diagnostics);
    CHECK_FALSE(table);
    CHECK(test::hasError(diagnostics, "t.csv", 2, "not valid UTF-8", 3));
}

TEST_CASE("an empty file and a repeated header are errors")
{
    Diagnostics empty;
    CHECK_FALSE(CsvTable::parse("", "t.csv", empty));
    CHECK_ERROR_AT(empty, "t.csv", 1, "empty");
    Diagnostics repeated;
    CsvTable::parse("a,b,a\n1,2,3\n", "t.csv", repeated);
    CHECK(test::hasError(repeated, "t.csv", 1, "appears twice", 5));
}

TEST_CASE("a lone CR ends a line like LF and CRLF")
{
    Diagnostics diagnostics;
    auto table = parseOk("a,b\r1,2\r3,\"x\ry\"\r5,6\r", diagnostics);
    REQUIRE(table.rows().size() == 3);
    CHECK(table.rows()[0].line == 2);
    CHECK(table.rows()[1].line == 3);
    CHECK(table.rows()[2].line == 5);
    CHECK(table.rows()[2].fields[1].column == 3);
}
