#pragma once

#include <chrono>

namespace examroom::store {

// How hard a commit works to reach the disk.
enum class Durability {
    // synchronous=NORMAL: in WAL mode a power cut may lose the last commits, never corrupts.
    Normal,
    // synchronous=FULL: every commit is on disk when commit() returns; for journals (answers,
    // audit trail) that must survive a power cut.
    Full,
};

// How Database::open treats the file.
struct OpenOptions
{
    Durability durability = Durability::Normal;
    // When false, a missing file is an error instead of a new empty database.
    bool createIfMissing = true;
    // How long a statement waits for another connection's lock before failing with SQLITE_BUSY.
    std::chrono::milliseconds busyTimeout{5000};
};

} // namespace examroom::store
