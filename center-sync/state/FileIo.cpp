#include "state/FileIo.h"

#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <unistd.h>

namespace examroom::centersync {

std::string readWholeFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw std::runtime_error(file.string() + ": cannot read");
    std::string data{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad())
        throw std::runtime_error(file.string() + ": cannot read");
    return data;
}

void writeFileAtomically(const std::filesystem::path& file, std::string_view data)
{
    auto temp = file;
    temp += ".tmp";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        throw std::runtime_error(temp.string() + ": cannot create");
    bool ok = true;
    for (std::size_t done = 0; ok && done < data.size();) {
        const auto n = ::write(fd, data.data() + done, data.size() - done);
        ok = n > 0;
        done += ok ? static_cast<std::size_t>(n) : 0;
    }
    ok = ::fsync(fd) == 0 && ok;
    ok = ::close(fd) == 0 && ok;
    if (!ok) {
        std::filesystem::remove(temp);
        throw std::runtime_error(temp.string() + ": cannot write");
    }
    std::filesystem::rename(temp, file);
}

} // namespace examroom::centersync
