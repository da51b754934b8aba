// Runs a fuzz target's LLVMFuzzerTestOneInput on saved inputs, for builds without libFuzzer:
//   fuzz_csv FILE_OR_DIRECTORY...
// Directories are read recursively, files in name order. Fails when an input cannot be read
// or when nothing ran (an empty or missing corpus must not pass as a green test).

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

bool collect(const std::filesystem::path& argument, std::vector<std::filesystem::path>& files)
{
    std::error_code error;
    if (std::filesystem::is_directory(argument, error)) {
        std::vector<std::filesystem::path> found;
        for (std::filesystem::recursive_directory_iterator it(argument, error), end;
             !error && it != end; it.increment(error)) {
            if (it->is_regular_file(error))
                found.push_back(it->path());
        }
        if (error) {
            std::fprintf(stderr, "cannot list %s: %s\n", argument.c_str(), error.message().c_str());
            return false;
        }
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
        return true;
    }
    if (std::filesystem::is_regular_file(argument, error)) {
        files.push_back(argument);
        return true;
    }
    std::fprintf(stderr, "no such file or directory: %s\n", argument.c_str());
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::filesystem::path> files;
    bool ok = true;
    for (int i = 1; i < argc; ++i)
        ok = collect(argv[i], files) && ok;

    std::size_t ran = 0;
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        std::vector<char> bytes((std::istreambuf_iterator<char>(in)),
                                std::istreambuf_iterator<char>());
        if (in.bad()) {
            std::fprintf(stderr, "cannot read %s\n", file.c_str());
            ok = false;
            continue;
        }
        // An exact-size heap copy, so that AddressSanitizer sees any read past the input.
        auto data = std::make_unique<std::uint8_t[]>(bytes.size());
        std::copy(bytes.begin(), bytes.end(), data.get());
        std::fprintf(stderr, "running %s (%zu bytes)\n", file.c_str(), bytes.size());
        LLVMFuzzerTestOneInput(data.get(), bytes.size());
        ++ran;
    }
    std::printf("%s: ran %zu inputs\n", argc > 0 ? argv[0] : "replay", ran);
    if (ran == 0) {
        std::fprintf(stderr, "no inputs ran: give corpus files or directories\n");
        return 1;
    }
    return ok ? 0 : 1;
}
