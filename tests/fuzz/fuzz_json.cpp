// JsonDocument::parse on arbitrary bytes; every value the document holds must be located at
// the character that starts it.

#include "FuzzSupport.h"
#include "import/JsonDocument.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

using namespace examroom;

namespace {

// The byte offset of each (line, column) that JsonDocument reports, computed independently:
// lines and columns are 1-based; LF, CRLF and a lone CR each end a line; columns count UTF-8
// code points and ignore the CR of a CRLF. Only bytes
// that can start a JSON value are recorded.
std::map<std::pair<int, int>, std::size_t> valueOffsets(std::string_view text)
{
    std::map<std::pair<int, int>, std::size_t> offsets;
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto byte = static_cast<unsigned char>(text[i]);
        bool loneCr = byte == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n');
        if (byte == '\n' || loneCr) {
            ++line;
            column = 1;
            continue;
        }
        if ((byte & 0xC0) == 0x80 || byte == '\r')
            continue;
        offsets.emplace(std::pair{line, column}, i);
        ++column;
    }
    return offsets;
}

bool startsValue(char c, const nlohmann::json& value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::object:
        return c == '{';
    case nlohmann::json::value_t::array:
        return c == '[';
    case nlohmann::json::value_t::string:
        return c == '"';
    case nlohmann::json::value_t::boolean:
        return c == (value.get<bool>() ? 't' : 'f');
    case nlohmann::json::value_t::null:
        return c == 'n';
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
        return c == '-' || (c >= '0' && c <= '9');
    default:
        return false;
    }
}

// How many values answer to each field path. A key such as "a.b" or "" makes two values share
// a path ({"a.b": 1, "a": {"b": 2}}); the product's files never have such keys (the schema
// rejects unknown fields), so a shared path has no single right position to check.
std::map<std::string, int> pathCounts(const nlohmann::json& root)
{
    std::map<std::string, int> counts;
    std::vector<std::pair<const nlohmann::json*, std::string>> pending{{&root, ""}};
    while (!pending.empty()) {
        auto [value, path] = std::move(pending.back());
        pending.pop_back();
        ++counts[path];
        if (value->is_object()) {
            for (const auto& [key, member] : value->items())
                pending.push_back({&member, jsonPath(path, key)});
        } else if (value->is_array()) {
            for (std::size_t i = 0; i < value->size(); ++i)
                pending.push_back({&(*value)[i], jsonPath(path, i)});
        }
    }
    return counts;
}

void checkPositions(const JsonDocument& document, std::string_view text)
{
    const auto offsets = valueOffsets(text);
    const auto counts = pathCounts(document.root());
    struct Item
    {
        const nlohmann::json* value;
        std::string path;
    };
    std::vector<Item> pending{{&document.root(), ""}};
    std::size_t checked = 0;
    while (!pending.empty() && checked < 10000) {
        auto [value, path] = std::move(pending.back());
        pending.pop_back();
        ++checked;
        auto at = document.locate(path);
        FUZZ_CHECK(at.file == document.fileName());
        auto found = offsets.find({at.line, at.column});
        FUZZ_CHECK(found != offsets.end());
        auto shared = counts.find(path);
        if (shared == counts.end() || shared->second == 1)
            FUZZ_CHECK(startsValue(text[found->second], *value));
        if (value->is_object()) {
            for (const auto& [key, member] : value->items())
                pending.push_back({&member, jsonPath(path, key)});
        } else if (value->is_array()) {
            for (std::size_t i = 0; i < value->size(); ++i)
                pending.push_back({&(*value)[i], jsonPath(path, i)});
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string fileName = "fuzz.json";
    auto text = fuzz::asText(data, size);
    Diagnostics diagnostics;
    auto document = JsonDocument::parse(text, fileName, diagnostics);
    fuzz::checkDiagnostics(diagnostics, fileName);
    if (!document) {
        FUZZ_CHECK(diagnostics.hasErrors());
        return 0;
    }
    // A document is returned only without errors (syntax errors and duplicate keys are both
    // reported and rejected).
    FUZZ_CHECK(!diagnostics.hasErrors());
    FUZZ_CHECK(document->fileName() == fileName);

    auto body = text.substr(0, 3) == "\xEF\xBB\xBF" ? text.substr(3) : text;
    checkPositions(*document, body);

    // Paths that are not in the document fall back to a present parent (ultimately the root,
    // or 1:1); any string is a valid question.
    for (std::string_view path :
         {"", "blueprint.sections[2].count", "a.b.c", "[0]", "x[99999999999999999999]", ".", "[",
          "]]", "..[.", "site.rooms[0].seats"}) {
        auto at = document->locate(path);
        FUZZ_CHECK(at.line >= 1 && at.column >= 1);
    }
    auto prefix = text.substr(0, std::min<std::size_t>(text.size(), 64));
    auto at = document->locate(prefix);
    FUZZ_CHECK(at.line >= 1 && at.column >= 1);
    return 0;
}
