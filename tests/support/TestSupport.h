#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace examroom::test {

// The repository's copy of the sample centre files (tests/data).
std::filesystem::path sampleDataDir();

// A fresh, empty directory removed when the object goes out of scope.
class TempDir
{
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

std::string readFile(const std::filesystem::path& path);
void writeFile(const std::filesystem::path& path, const std::string& content);

// The page size an SQLite WAL file was written with: bytes 8-11 of its header, big-endian. The
// WAL header is not encrypted, so this is the file's own layout, not SQLCipher's word for it.
// Throws std::runtime_error when the file is shorter than a WAL header.
std::uint32_t walPageSize(const std::filesystem::path& wal);

// Copies the sample centre files into `dir`, so a test can break one of them.
void copySampleData(const std::filesystem::path& dir);

// "tcp://127.0.0.1:PORT" with a port that was free a moment ago (the kernel's pick for a
// socket bound to port 0, closed again): for a process that must be told where to listen, or
// keep its address across restarts, and for an address where nothing listens. Another
// program may take the port meanwhile. Throws std::runtime_error when no port is free.
std::string freeLoopbackEndpoint();

} // namespace examroom::test

namespace examroom::test {

struct ProcessResult
{
    int exitCode = -1; // -1 when killed by a signal
    std::string out;
    std::string err;
};

// Runs `args[0]` with `args` (no shell), waits for it, and returns its exit code and output.
ProcessResult runProcess(const std::vector<std::string>& args);

} // namespace examroom::test
