#pragma once

namespace examroom::store {

class Database;

// Makes sure `db`'s WAL file holds at least `frames` frames of `pageSize` bytes. SQLite starts
// the log again at its first frame after each auto-checkpoint, so with `frames` at least the
// auto-checkpoint size no commit but an unusually large one appends past the end of the file.
// Growing appends a scratch blob of that many pages in one commit and drops it: the log keeps
// its length, and the freed pages stay in the database for later rows. Database::open calls it
// for OpenOptions::keptWalFrames, after asking SQLite to keep the WAL file when the connection
// closes. Throws StoreError; a failure leaves the data as it was.
void reserveWal(Database& db, int pageSize, int frames);

} // namespace examroom::store
