#include "import/FileSource.h"

#include <array>
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

std::optional<std::string_view> FileSource::read(std::string_view name, std::string& buffer) const
{
    if (m_files) {
        const auto found = m_files->find(name);
        if (found == m_files->end())
            return std::nullopt;
        return found->second;
    }
    std::ifstream in(m_dir / name, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream content;
    content << in.rdbuf();
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
        std::ifstream in(m_dir / name, std::ios::binary);
        if (!in)
            return "image file \"" + std::string(name) + "\" not found";
        in.read(bytes.data(), bytes.size());
        head = std::string_view(bytes.data(), std::size_t(in.gcount()));
    }
    if (!isPngOrJpeg(head))
        return "\"" + std::string(name) + "\" is not a PNG or JPEG image";
    return std::nullopt;
}

} // namespace examroom
