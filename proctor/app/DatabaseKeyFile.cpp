#include "DatabaseKeyFile.h"

#include <cerrno>
#include <fcntl.h>
#include <stdexcept>
#include <unistd.h>

namespace examroom {
namespace {

constexpr std::size_t kKeyBytes = 32;

std::runtime_error fileError(const std::filesystem::path& path, const char* what)
{
    return std::runtime_error(std::string(what) + ": " + path.string());
}

// Closes the descriptor on every path.
struct Fd
{
    int fd;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

crypto::SecretBytes loadOrCreateDatabaseKey(const std::filesystem::path& path)
{
    Fd made{::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)};
    if (made.fd >= 0) {
        crypto::SecretBytes fresh = crypto::SecretBytes::random(kKeyBytes);
        if (::write(made.fd, fresh.data(), kKeyBytes) != ssize_t(kKeyBytes) ||
            ::fsync(made.fd) != 0) {
            ::unlink(path.c_str());
            throw fileError(path, "cannot write the database key file");
        }
        return fresh;
    }
    if (errno != EEXIST)
        throw fileError(path, "cannot create the database key file");
    Fd existing{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
    if (existing.fd < 0)
        throw fileError(path, "cannot open the database key file");
    crypto::SecretBytes key(kKeyBytes);
    if (::read(existing.fd, key.data(), kKeyBytes) != ssize_t(kKeyBytes))
        throw fileError(path, "the database key file is not 32 bytes");
    return key;
}

} // namespace examroom
