#include "util/TextPosition.h"

namespace examroom {

LineColumn lineColumnAt(std::string_view text, std::size_t offset)
{
    LineColumn at;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        auto byte = static_cast<unsigned char>(text[i]);
        // LF, CRLF and a lone CR each end a line
        bool lineEnd =
            byte == '\n' || (byte == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'));
        if (lineEnd) {
            ++at.line;
            at.column = 1;
        } else if ((byte & 0xC0) != 0x80 && byte != '\r') {
            ++at.column;
        }
    }
    return at;
}

std::optional<std::size_t> firstInvalidUtf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        auto lead = static_cast<unsigned char>(text[i]);
        int extra = 0;
        unsigned minimum = 0;
        unsigned codePoint = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xE0) == 0xC0) {
            extra = 1, minimum = 0x80, codePoint = lead & 0x1Fu;
        } else if ((lead & 0xF0) == 0xE0) {
            extra = 2, minimum = 0x800, codePoint = lead & 0x0Fu;
        } else if ((lead & 0xF8) == 0xF0) {
            extra = 3, minimum = 0x10000, codePoint = lead & 0x07u;
        } else {
            return i;
        }
        if (i + extra >= text.size())
            return i;
        for (int k = 1; k <= extra; ++k) {
            auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (next & 0x3Fu);
        }
        // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
        if (codePoint < minimum || (codePoint >= 0xD800 && codePoint <= 0xDFFF) ||
            codePoint > 0x10FFFF)
            return i;
        i += extra + 1;
    }
    return std::nullopt;
}

std::string_view stripBom(std::string_view text)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    return text;
}

} // namespace examroom
