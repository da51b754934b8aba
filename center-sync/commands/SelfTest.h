#pragma once

#include <filesystem>
#include <ostream>

namespace examroom::centersync {

// `center-sync --self-test`: checks, in a private temporary folder, what an installed
// center-sync stands on: a SQLCipher state database (encrypted on disk, migrated, reopened),
// libsodium signatures, and a ZeroMQ CURVE round trip over 127.0.0.1 through a ZAP allow-list.
// Prints one line per check to `out`; returns 0 when all pass, 1 otherwise. The folder is
// removed afterwards.
int runSelfTest(std::ostream& out);

} // namespace examroom::centersync
