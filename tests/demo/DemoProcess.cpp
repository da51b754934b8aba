#include "DemoProcess.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace examroom::demo {

namespace fs = std::filesystem;

CommandResult runCommand(const std::vector<std::string>& args, const fs::path& log,
                         std::chrono::seconds limit)
{
    Child child(args, log);
    CommandResult result;
    if (!child.wait(limit))
        child.kill();
    result.exitCode = child.exitCode();
    result.output = child.output();
    return result;
}

std::string readText(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void writeText(const fs::path& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush())
        throw std::runtime_error("cannot write " + path.string());
}

std::string lineAfter(const std::string& text, const std::string& marker)
{
    const auto at = text.find(marker);
    if (at == std::string::npos)
        return {};
    const auto begin = at + marker.size();
    return text.substr(begin, text.find('\n', begin) - begin);
}

} // namespace examroom::demo
