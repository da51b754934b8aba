#include "import/ImageFile.h"

#include <array>
#include <fstream>

namespace examroom {

std::optional<std::string> checkImageFile(const std::filesystem::path& dir, std::string_view name)
{
    std::filesystem::path relative(name);
    if (relative.is_absolute())
        return "\"" + std::string(name) + "\" must be relative to the file's folder";
    for (const auto& part : relative)
        if (part == "..")
            return "\"" + std::string(name) + "\" must not leave the file's folder";
    std::ifstream in(dir / relative, std::ios::binary);
    if (!in)
        return "image file \"" + std::string(name) + "\" not found";
    std::array<unsigned char, 8> head{};
    in.read(reinterpret_cast<char*>(head.data()), head.size());
    const std::array<unsigned char, 8> png{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    bool isPng = in.gcount() == 8 && head == png;
    bool isJpeg = in.gcount() >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF;
    if (!isPng && !isJpeg)
        return "\"" + std::string(name) + "\" is not a PNG or JPEG image";
    return std::nullopt;
}

} // namespace examroom
