#include "import/JsonReader.h"

#include <cctype>

namespace examroom {

void JsonReader::error(std::string_view path, const std::string& message)
{
    m_diagnostics.error(m_document.locate(path), std::string(path) + ": " + message);
}

void JsonReader::warning(std::string_view path, const std::string& message)
{
    m_diagnostics.warning(m_document.locate(path), std::string(path) + ": " + message);
}

void JsonReader::errorAtLeadingPath(const std::string& message)
{
    auto end = message.find_first_of(" :");
    std::string path = message.substr(0, end);
    bool looksLikePath = !path.empty();
    for (char c : path)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '.' && c != '[' &&
            c != ']')
            looksLikePath = false;
    m_diagnostics.error(m_document.locate(looksLikePath ? path : ""), message);
}

const nlohmann::json* JsonReader::member(const nlohmann::json& object, std::string_view path,
                                         std::string_view key, Presence presence)
{
    auto found = object.find(std::string(key));
    if (found == object.end() || found->is_null()) {
        if (presence == Presence::Required)
            error(jsonPath(path, key), "is missing");
        return nullptr;
    }
    return &*found;
}

std::optional<std::string> JsonReader::string(const nlohmann::json& object, std::string_view path,
                                              std::string_view key, Presence presence)
{
    const auto* value = member(object, path, key, presence);
    if (!value)
        return std::nullopt;
    if (!value->is_string()) {
        error(jsonPath(path, key), "expected a string");
        return std::nullopt;
    }
    auto text = value->get<std::string>();
    if (text.empty() && presence == Presence::Required) {
        error(jsonPath(path, key), "must not be empty");
        return std::nullopt;
    }
    return text;
}

std::optional<int> JsonReader::integer(const nlohmann::json& object, std::string_view path,
                                       std::string_view key, Presence presence, int minimum,
                                       int maximum)
{
    const auto* value = member(object, path, key, presence);
    if (!value)
        return std::nullopt;
    if (!value->is_number_integer()) {
        error(jsonPath(path, key), "expected a whole number");
        return std::nullopt;
    }
    // A huge unsigned value would wrap if read as signed; it is out of range either way.
    bool tooLarge = value->is_number_unsigned() && value->get<unsigned long long>() > INT_MAX;
    long long number = tooLarge ? 0 : value->get<long long>();
    if (tooLarge || number > maximum) {
        error(jsonPath(path, key), (tooLarge ? value->dump() : std::to_string(number)) +
                                       " is too large: expected at most " +
                                       std::to_string(maximum));
        return std::nullopt;
    }
    if (number < minimum) {
        error(jsonPath(path, key),
              "is " + std::to_string(number) + ", expected at least " + std::to_string(minimum));
        return std::nullopt;
    }
    return static_cast<int>(number);
}

const nlohmann::json* JsonReader::object(const nlohmann::json& parent, std::string_view path,
                                         std::string_view key, Presence presence)
{
    const auto* value = member(parent, path, key, presence);
    if (value && !value->is_object()) {
        error(jsonPath(path, key), "expected an object");
        return nullptr;
    }
    return value;
}

const nlohmann::json* JsonReader::array(const nlohmann::json& parent, std::string_view path,
                                        std::string_view key, Presence presence)
{
    const auto* value = member(parent, path, key, presence);
    if (value && !value->is_array()) {
        error(jsonPath(path, key), "expected an array");
        return nullptr;
    }
    return value;
}

} // namespace examroom
