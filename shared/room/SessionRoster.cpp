#include "room/SessionRoster.h"

#include <algorithm>
#include <stdexcept>
#include <vector>

namespace examroom::room {
namespace {

// The cells of one CSV line (RFC 4180 quoting within the line). nullopt when a quote is left
// open, i.e. the field goes on past the line end.
std::optional<std::vector<std::string>> cellsOf(std::string_view line)
{
    std::vector<std::string> cells(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"')
                cells.back() += '"', ++i;
            else if (c == '"')
                quoted = false;
            else
                cells.back() += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            cells.emplace_back();
        } else {
            cells.back() += c;
        }
    }
    if (quoted)
        return std::nullopt;
    return cells;
}

// The line without its end ("\n" or "\r\n").
std::string_view withoutCr(std::string_view line)
{
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
        line.remove_suffix(1);
    return line;
}

} // namespace

int restrictRoster(ProvisionBundle& bundle, const std::set<std::string>& tickets)
{
    auto roster = bundle.files.find("roster.csv");
    if (roster == bundle.files.end())
        throw std::invalid_argument("the bundle has no roster.csv");
    const std::string& text = roster->second;

    // Lines with their end-of-line bytes, so that kept rows stay exactly as supplied.
    std::vector<std::string_view> lines;
    for (std::size_t begin = 0; begin < text.size();) {
        const auto end = text.find('\n', begin);
        const auto stop = end == std::string::npos ? text.size() : end + 1;
        lines.push_back(std::string_view(text).substr(begin, stop - begin));
        begin = stop;
    }
    if (lines.empty())
        throw std::invalid_argument("roster.csv is empty");
    std::string_view header = withoutCr(lines.front());
    if (header.substr(0, 3) == "\xEF\xBB\xBF") // a BOM from a spreadsheet
        header.remove_prefix(3);
    const auto headerCells = cellsOf(withoutCr(header));
    if (!headerCells)
        throw std::invalid_argument("roster.csv has a malformed header");
    const auto column = [&](const char* name) {
        auto at = std::find(headerCells->begin(), headerCells->end(), name);
        if (at == headerCells->end())
            throw std::invalid_argument(std::string("roster.csv has no column ") + name);
        return std::size_t(at - headerCells->begin());
    };
    const std::size_t ticketColumn = column("准考证号");
    const std::size_t photoColumn = column("照片");

    std::string kept(lines.front());
    std::set<std::string> photos, allPhotos;
    int rows = 0;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const auto line = withoutCr(lines[i]);
        const auto trimmed = line.find_first_not_of(" \t\n");
        if (trimmed == std::string_view::npos)
            continue; // a blank line
        const auto cells = cellsOf(line);
        if (!cells)
            throw std::invalid_argument("roster.csv line " + std::to_string(i + 1) +
                                        " has a field that goes on past the line");
        const std::string photo = photoColumn < cells->size() ? (*cells)[photoColumn] : "";
        if (!photo.empty())
            allPhotos.insert(photo);
        if (ticketColumn < cells->size() && tickets.count((*cells)[ticketColumn])) {
            kept += lines[i];
            if (!photo.empty())
                photos.insert(photo);
            ++rows;
        }
    }
    // Only now change the bundle: nothing half-way on a throw above.
    roster->second = std::move(kept);
    for (const auto& photo : allPhotos)
        if (!photos.count(photo))
            bundle.files.erase(photo);
    return rows;
}

} // namespace examroom::room
