#include "import/JsonDocument.h"

#include "util/TextPosition.h"

#include <cstddef>
#include <iterator>
#include <set>
#include <vector>

namespace examroom {
namespace {

// A char iterator that publishes how far the parser has read, so that the parser callback
// can tell where the value it was just handed ends. nlohmann-json reads its input strictly
// forward, one character at a time.
class CountingIterator
{
public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    CountingIterator() = default;
    CountingIterator(const char* at, const char* begin, std::size_t* consumed)
        : m_at(at), m_begin(begin), m_consumed(consumed)
    {
    }
    reference operator*() const { return *m_at; }
    CountingIterator& operator++()
    {
        ++m_at;
        *m_consumed = static_cast<std::size_t>(m_at - m_begin);
        return *this;
    }
    CountingIterator operator++(int)
    {
        auto before = *this;
        ++*this;
        return before;
    }
    friend bool operator==(const CountingIterator& a, const CountingIterator& b)
    {
        return a.m_at == b.m_at;
    }

private:
    const char* m_at = nullptr;
    const char* m_begin = nullptr;
    std::size_t* m_consumed = nullptr;
};

struct Frame
{
    bool isArray = false;
    std::string path;
    std::string key;
    std::size_t index = 0;
    std::set<std::string> keys;
};

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Centre files nest a few levels deep; far deeper input is hostile (paths grow with depth).
constexpr std::size_t maxDepth = 64;

struct TooDeep
{
};

// Line and column of offsets asked for in (mostly) increasing order, in linear time overall:
// each request continues from the previous one instead of rescanning from the start.
class PositionCursor
{
public:
    explicit PositionCursor(std::string_view text) : m_text(text) {}

    LineColumn at(std::size_t offset)
    {
        if (offset < m_offset) {
            m_offset = 0;
            m_position = {};
        }
        auto step = lineColumnAt(m_text.substr(m_offset), offset - m_offset);
        if (step.line > 1)
            m_position = {m_position.line + step.line - 1, step.column};
        else
            m_position.column += step.column - 1;
        m_offset = offset;
        return m_position;
    }

private:
    std::string_view m_text;
    std::size_t m_offset = 0;
    LineColumn m_position;
};

} // namespace

std::string jsonPath(std::string_view parent, std::string_view key)
{
    return parent.empty() ? std::string(key) : std::string(parent) + "." + std::string(key);
}

std::string jsonPath(std::string_view parent, std::size_t index)
{
    return std::string(parent) + "[" + std::to_string(index) + "]";
}

std::optional<JsonDocument> JsonDocument::parse(std::string_view text, const std::string& fileName,
                                                Diagnostics& diagnostics)
{
    text = stripBom(text);
    if (auto bad = firstInvalidUtf8(text)) {
        auto at = lineColumnAt(text, *bad);
        diagnostics.error({fileName, at.line, at.column}, "the file is not valid UTF-8 text");
        return std::nullopt;
    }
    JsonDocument document;
    document.m_fileName = fileName;
    std::size_t consumed = 0;
    std::size_t previousEnd = 0;
    std::vector<Frame> stack;
    bool duplicate = false;
    PositionCursor cursor(text);

    // The value handed to the callback started at the first character after the previous
    // token and the separator (':' ',' '[') that follows it.
    auto valueStart = [&](std::size_t from) {
        std::size_t i = from;
        while (i < text.size() && isJsonSpace(text[i]))
            ++i;
        if (i < text.size() && (text[i] == ':' || text[i] == ',' || text[i] == '['))
            ++i;
        while (i < text.size() && isJsonSpace(text[i]))
            ++i;
        return i;
    };
    auto childPath = [&]() -> std::string {
        if (stack.empty())
            return "";
        const auto& top = stack.back();
        return top.isArray ? jsonPath(top.path, top.index) : jsonPath(top.path, top.key);
    };
    auto record = [&](const std::string& path, std::size_t offset) {
        auto at = cursor.at(offset);
        document.m_positions.emplace(path, std::pair{at.line, at.column});
    };
    auto finishElement = [&]() {
        if (!stack.empty() && stack.back().isArray)
            ++stack.back().index;
    };

    using Event = nlohmann::json::parse_event_t;
    auto callback = [&](int, Event event, nlohmann::json& parsed) -> bool {
        switch (event) {
        case Event::object_start:
        case Event::array_start: {
            if (stack.size() >= maxDepth)
                throw TooDeep{};
            std::string path = childPath();
            record(path, consumed > 0 ? consumed - 1 : 0);
            stack.push_back({event == Event::array_start, path, {}, 0, {}});
            break;
        }
        case Event::key: {
            auto& top = stack.back();
            top.key = parsed.get<std::string>();
            if (!top.keys.insert(top.key).second) {
                auto at = cursor.at(valueStart(previousEnd));
                diagnostics.error({fileName, at.line, at.column},
                                  jsonPath(top.path, top.key) + ": the key appears twice");
                duplicate = true;
            }
            break;
        }
        case Event::value:
            record(childPath(), valueStart(previousEnd));
            finishElement();
            break;
        case Event::object_end:
        case Event::array_end:
            stack.pop_back();
            finishElement();
            break;
        }
        previousEnd = consumed;
        return true;
    };

    try {
        CountingIterator begin(text.data(), text.data(), &consumed);
        CountingIterator end(text.data() + text.size(), text.data(), &consumed);
        document.m_root = nlohmann::json::parse(begin, end, callback);
    } catch (const nlohmann::json::parse_error& e) {
        auto at = lineColumnAt(text, e.byte > 0 ? e.byte - 1 : 0);
        std::string message = e.what();
        // nlohmann's text repeats the position we already give; keep what follows it.
        if (auto colon = message.find(": "); colon != std::string::npos)
            message = message.substr(colon + 2);
        diagnostics.error({fileName, at.line, at.column}, "invalid JSON: " + message);
        return std::nullopt;
    } catch (const nlohmann::json::exception& e) {
        // e.g. a number too large for a double (1e999): the parser stopped right after it
        auto at = lineColumnAt(text, previousEnd);
        diagnostics.error({fileName, at.line, at.column},
                          std::string("invalid JSON value after this point: ") + e.what());
        return std::nullopt;
    } catch (const TooDeep&) {
        auto at = lineColumnAt(text, consumed > 0 ? consumed - 1 : 0);
        diagnostics.error({fileName, at.line, at.column}, "invalid JSON: nested more than " +
                                                              std::to_string(maxDepth) +
                                                              " levels deep");
        return std::nullopt;
    }
    if (duplicate)
        return std::nullopt;
    return document;
}

SourceLocation JsonDocument::locate(std::string_view path) const
{
    std::string probe(path);
    while (true) {
        if (auto found = m_positions.find(probe); found != m_positions.end())
            return {m_fileName, found->second.first, found->second.second};
        if (probe.empty())
            return {m_fileName, 1, 1};
        auto cut = probe.find_last_of(".[");
        probe = cut == std::string::npos ? std::string() : probe.substr(0, cut);
    }
}

} // namespace examroom
