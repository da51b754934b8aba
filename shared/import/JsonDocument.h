#pragma once

#include "import/Diagnostics.h"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace examroom {

// A JSON file (nlohmann-json) that remembers where each value starts, so that a rule broken
// by a value can be reported at its line and column. Values are addressed by field paths
// like "blueprint.sections[2].count" ("" is the root).
class JsonDocument
{
public:
    // Parses `text`; syntax errors and duplicate keys are reported to `diagnostics` with their
    // position. Returns nullopt when the text is not JSON.
    static std::optional<JsonDocument> parse(std::string_view text, const std::string& fileName,
                                             Diagnostics& diagnostics);

    const nlohmann::json& root() const { return m_root; }
    const std::string& fileName() const { return m_fileName; }

    // Where the value at `path` starts; for a missing value, where its closest present
    // parent starts (so "blueprint.pass_points missing" points at the blueprint object).
    SourceLocation locate(std::string_view path) const;

private:
    nlohmann::json m_root;
    std::string m_fileName;
    std::map<std::string, std::pair<int, int>, std::less<>> m_positions;
};

// The path of member `key` of the object at `parent`, and of element `index` of an array.
std::string jsonPath(std::string_view parent, std::string_view key);
std::string jsonPath(std::string_view parent, std::size_t index);

} // namespace examroom
