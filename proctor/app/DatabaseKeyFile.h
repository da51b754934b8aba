#pragma once

#include "crypto/SecretBytes.h"

#include <filesystem>

namespace examroom {

// The raw 32-byte key of site.db, kept in a file readable by the console's user only. Made on
// first use with O_EXCL (two starting consoles cannot write different keys). Throws
// std::runtime_error naming the file when it cannot be read or made, or has another size.
crypto::SecretBytes loadOrCreateDatabaseKey(const std::filesystem::path& path);

} // namespace examroom
