#pragma once

#include "import/JsonDocument.h"

#include <climits>
#include <optional>
#include <string>
#include <string_view>

namespace examroom {

enum class Presence { Required, Optional };

// Typed reads of JSON members that report what is wrong at the value's position, with its
// field path, and keep going so that one run reports every error.
class JsonReader
{
public:
    JsonReader(const JsonDocument& document, Diagnostics& diagnostics)
        : m_document(document), m_diagnostics(diagnostics)
    {
    }

    // The member `key` of the object at `path`; reports it when required and missing.
    const nlohmann::json* member(const nlohmann::json& object, std::string_view path,
                                 std::string_view key, Presence presence);
    std::optional<std::string> string(const nlohmann::json& object, std::string_view path,
                                      std::string_view key, Presence presence);
    std::optional<int> integer(const nlohmann::json& object, std::string_view path,
                               std::string_view key, Presence presence, int minimum = INT_MIN,
                               int maximum = INT_MAX);
    const nlohmann::json* object(const nlohmann::json& parent, std::string_view path,
                                 std::string_view key, Presence presence);
    const nlohmann::json* array(const nlohmann::json& parent, std::string_view path,
                                std::string_view key, Presence presence);

    // Reports "<path>: <message>" at the value's position.
    void error(std::string_view path, const std::string& message);
    void warning(std::string_view path, const std::string& message);
    // Reports a rule message that starts with the field path it concerns
    // ("blueprint.sections[1].count: …", "subjects[0].tasks[2] (K13): …") at that field.
    void errorAtLeadingPath(const std::string& message);

    const JsonDocument& document() const { return m_document; }
    Diagnostics& diagnostics() { return m_diagnostics; }

private:
    const JsonDocument& m_document;
    Diagnostics& m_diagnostics;
};

} // namespace examroom
