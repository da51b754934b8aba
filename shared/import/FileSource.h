#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace examroom {

// Files held in memory: name -> bytes, viewed (e.g. into a verified package or an opened
// sealed bank); the viewed bytes must outlive every use.
using FileViews = std::map<std::string, std::string_view, std::less<>>;

// Where the centre's files are read from: a folder (the centre's delivery, a plan folder) or
// files already in memory, so that a kiosk imports at unlock without writing a single file
// (no question, photo or roster in clear on any file system, tmpfs included).
class FileSource
{
public:
    // The files in `dir`. Implicit on purpose: a folder is the usual source.
    FileSource(std::filesystem::path dir); // NOLINT(google-explicit-constructor)
    // The files in `files` (views: the map and its bytes must outlive this source). `label`
    // prefixes the names in diagnostics ("package/roster.csv").
    FileSource(const FileViews& files, std::string label);

    bool inMemory() const { return m_files != nullptr; }
    // The folder; empty for files in memory.
    const std::filesystem::path& dir() const { return m_dir; }
    // Where `name` is, as diagnostics name it: the path in the folder, or label/name.
    std::string where(std::string_view name) const;
    // The whole of `name`: a view into memory, or the file read into `buffer` and viewed
    // there. nullopt when there is no such file or it cannot be read; then `problem` (when
    // given) says which ("not found", "is a folder, not a file", "cannot be read: <reason>"),
    // so that an unreadable file is not reported as a missing one. Never throws.
    std::optional<std::string_view> read(std::string_view name, std::string& buffer,
                                         std::string* problem = nullptr) const;
    // Checks that `name` is a relative name inside the source (no "..", not absolute) of an
    // existing PNG or JPEG, judged by its first bytes. Returns what is wrong, if anything.
    std::optional<std::string> checkImage(std::string_view name) const;

private:
    std::filesystem::path m_dir;
    const FileViews* m_files = nullptr;
    std::string m_label;
};

} // namespace examroom
