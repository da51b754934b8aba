#include "import/FileSource.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace examroom {
namespace {

// A name that stays inside its folder: relative, no "..". What is wrong otherwise.
std::optional<std::string> checkRelative(std::string_view name)
{
    const std::filesystem::path relative(name);
    if (relative.is_absolute())
        return "\"" + std::string(name) + "\" must be relative to the file's folder";
    for (const auto& part : relative)
        if (part == "..")
            return "\"" + std::string(name) + "\" must not leave the file's folder";
    return std::nullopt;
}

bool isPngOrJpeg(std::string_view head)
{
    constexpr std::string_view png("\x89PNG\r\n\x1A\n", 8);
    return head.substr(0, png.size()) == png ||
           (head.size() >= 3 && head.substr(0, 3) == std::string_view("\xFF\xD8\xFF", 3));
}

// Why `path` cannot be read as a file; nullopt when it is a regular file.
std::optional<std::string> whyNotAFile(const std::filesystem::path& path)
{
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (status.type() == std::filesystem::file_type::not_found)
        return "not found";
    if (error)
        return "cannot be read: " + error.message();
    if (status.type() == std::filesystem::file_type::directory)
        return "is a folder, not a file";
    if (status.type() != std::filesystem::file_type::regular)
        return "is not a regular file";
    return std::nullopt;
}

std::optional<std::string_view> fail(std::string* problem, std::string why)
{
    if (problem)
        *problem = std::move(why);
    return std::nullopt;
}

} // namespace

FileSource::FileSource(std::filesystem::path dir) : m_dir(std::move(dir)) {}

FileSource::FileSource(const FileViews& files, std::string label)
    : m_files(&files), m_label(std::move(label))
{
}

std::string FileSource::where(std::string_view name) const
{
    if (m_files)
        return m_label.empty() ? std::string(name) : m_label + "/" + std::string(name);
    return (m_dir / name).string();
}

std::optional<std::string_view> FileSource::read(std::string_view name, std::string& buffer,
                                                 std::string* problem) const
{
    if (m_files) {
        const auto found = m_files->find(name);
        if (found == m_files->end())
            return fail(problem, "not found");
        return found->second;
    }
    const auto path = m_dir / name;
    if (auto why = whyNotAFile(path))
        return fail(problem, std::move(*why));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fail(problem, std::string("cannot be read: ") + std::strerror(errno));
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad())
        return fail(problem, "cannot be read: an input error part-way through");
    buffer = std::move(content).str();
    return std::string_view(buffer);
}

std::optional<std::string> FileSource::checkImage(std::string_view name) const
{
    if (auto problem = checkRelative(name))
        return problem;
    std::string_view head;
    std::array<char, 8> bytes{};
    if (m_files) {
        const auto found = m_files->find(name);
        if (found == m_files->end())
            return "image file \"" + std::string(name) + "\" not found";
        head = found->second.substr(0, bytes.size());
    } else {
        const auto path = m_dir / name;
        if (auto why = whyNotAFile(path))
            return "image file \"" + std::string(name) + "\" " + *why;
        std::ifstream in(path, std::ios::binary);
        if (!in)
            return "image file \"" + std::string(name) +
                   "\" cannot be read: " + std::strerror(errno);
        in.read(bytes.data(), bytes.size());
        head = std::string_view(bytes.data(), std::size_t(in.gcount()));
    }
    if (!isPngOrJpeg(head))
        return "\"" + std::string(name) + "\" is not a PNG or JPEG image";
    return std::nullopt;
}

} // namespace examroom
