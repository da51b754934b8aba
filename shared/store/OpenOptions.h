#pragma once

#include <chrono>
#include <vector>

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
    // SQLCipher's page size, part of the file format: a file opens only with the size it was
    // written with. A new file gets the first; an existing file is tried with each in turn,
    // so a file written before the first was chosen still opens (and keeps its size). Each
    // page written costs an AES-256-CBC pass and an HMAC-SHA1 over the whole page, so a
    // store whose commits change one small row (the kiosk's answer journal) is cheaper with
    // small pages; bulk reads are cheaper with large ones.
    std::vector<int> cipherPageSizes{4096};
    // When true, the connection holds the file's lock from its first read until it closes
    // (PRAGMA locking_mode = EXCLUSIVE, set before the first read): no other connection or
    // process can read or write the file meanwhile, and in exchange each transaction skips
    // SQLite's lock system calls (six fcntl per commit in WAL mode) and the -shm file (the WAL
    // index lives in the connection's memory). For a store one process owns alone.
    bool exclusive = false;
    // When above zero, the WAL file is kept between opens (SQLITE_FCNTL_PERSIST_WAL) and grown
    // once to hold this many frames. A commit then writes over blocks the file already has, and
    // its fsync carries no change of file size: for the kiosk that saves ~40 µs per answer save
    // until the log first wraps (docs/performance.md, "Answer save: a WAL no save grows"). Use
    // at least the auto-checkpoint size (1000 frames): the log starts again there.
    int keptWalFrames = 0;
};

} // namespace examroom::store
