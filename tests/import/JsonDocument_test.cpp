#include "import/JsonDocument.h"
#include "ImportTestSupport.h"

using namespace examroom;

TEST_CASE("a JSON document knows where each value starts")
{
    Diagnostics diagnostics;
    std::string text =
        "{\n  \"name\": \"考试\",\n  \"blueprint\": {\n    \"sections\": [\n"
        "      {\"count\": 15},\n      {\"count\": 10, \"type\": \"单选\"}\n    ]\n  }\n}\n";
    auto document = JsonDocument::parse(text, "plan.json", diagnostics);
    REQUIRE_MESSAGE(document, test::dump(diagnostics));
    auto name = document->locate("name");
    CHECK(name.line == 2);
    CHECK(name.column == 11);
    CHECK(document->locate("blueprint").line == 3);
    CHECK(document->locate("blueprint.sections").line == 4);
    CHECK(document->locate("blueprint.sections[0].count").line == 5);
    CHECK(document->locate("blueprint.sections[0].count").column == 17);
    CHECK(document->locate("blueprint.sections[1]").line == 6);
    CHECK(document->locate("blueprint.sections[1].type").line == 6);
    CHECK(document->locate("blueprint.sections[1].type").column == 29);
}

TEST_CASE("a missing value is located at its closest parent")
{
    Diagnostics diagnostics;
    auto document = JsonDocument::parse("{\n \"a\": {\n  \"b\": 1\n }\n}", "x.json", diagnostics);
    REQUIRE(document);
    CHECK(document->locate("a.missing").line == 2);
    CHECK(document->locate("a.b.c[3]").line == 3);
    CHECK(document->locate("nothing").line == 1);
}

TEST_CASE("a JSON syntax error is reported at its line")
{
    Diagnostics diagnostics;
    auto document = JsonDocument::parse("{\n  \"a\": 1,\n  \"b\": tru\n}\n", "x.json", diagnostics);
    CHECK_FALSE(document);
    CHECK_ERROR_AT(diagnostics, "x.json", 3, "invalid JSON");
}

TEST_CASE("a key given twice is an error not a silent overwrite")
{
    Diagnostics diagnostics;
    auto document = JsonDocument::parse("{\n  \"a\": 1,\n  \"a\": 2\n}\n", "x.json", diagnostics);
    CHECK_FALSE(document);
    CHECK_ERROR_AT(diagnostics, "x.json", 3, "a: the key appears twice");
}

TEST_CASE("a number too large for a double is an error and not a crash")
{
    Diagnostics diagnostics;
    CHECK_FALSE(JsonDocument::parse("{\n  \"a\": 1e999\n}\n", "x.json", diagnostics));
    CHECK_ERROR_AT(diagnostics, "x.json", 2, "invalid JSON");
}

TEST_CASE("JSON nested far deeper than any centre file is refused")
{
    Diagnostics diagnostics;
    CHECK_FALSE(JsonDocument::parse(std::string(5000, '['), "x.json", diagnostics));
    CHECK_ERROR_AT(diagnostics, "x.json", 1, "nested more than 64 levels");
    Diagnostics fine;
    CHECK(JsonDocument::parse(std::string(30, '[') + std::string(30, ']'), "x.json", fine));
}

TEST_CASE("positions stay right on a long single-line document")
{
    Diagnostics diagnostics;
    std::string text = "[0";
    for (int i = 0; i < 20000; ++i)
        text += ",0";
    text += ",\"last\"]";
    auto document = JsonDocument::parse(text, "x.json", diagnostics);
    REQUIRE(document);
    CHECK(document->locate("[20001]").line == 1);
    CHECK(document->locate("[20001]").column == 2 + 2 * 20000 + 2);
}
