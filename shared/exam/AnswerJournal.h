#pragma once

#include "crypto/Bytes.h"
#include "store/Database.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace examroom {

// One entry of the answer journal.
struct JournalEntry
{
    std::string attempt;
    std::int64_t seq = 0; // 1, 2, 3… within the attempt
    std::string kind;     // "start", "answer", "flag", "pause", "resume", "extend", "submit"…
    std::string payload;  // canonical JSON
    std::int64_t monoMs = 0;
    std::string bootId;
    crypto::ByteVector prevHash; // 32 bytes; zeros for the first entry
    crypto::ByteVector hash;     // 32 bytes
};

// The hash of an entry: BLAKE2b-256 over "examroom.journal.v1\0" prevHash attempt "\0"
// seq (decimal) "\0" kind "\0" payload "\0" monoMs (decimal) "\0" bootId.
crypto::ByteVector journalEntryHash(const JournalEntry& entry);

// Where an attempt's chain ends: the last entry's seq and hash; seq 0 and 32 zero bytes
// before the first entry.
struct ChainHead
{
    std::int64_t seq = 0;
    crypto::ByteVector hash = crypto::ByteVector(32, 0);
};

// Where a chain breaks.
struct ChainCheck
{
    bool ok = true;
    std::int64_t firstBadSeq = 0; // 0 when ok
    std::string why;
};

// Checks a chain read from anywhere (kiosk, console mirror): consecutive seqs from 1, each
// prevHash the previous hash, each hash recomputed. Leaves nothing behind.
[[nodiscard]] ChainCheck verifyChain(const std::vector<JournalEntry>& entries);

// The answer journal in kiosk.db (table `journal`). Every append is its own transaction on a
// database opened with Durability::Full, so an entry that append() returned is on disk.
class AnswerJournal
{
public:
    explicit AnswerJournal(store::Database& db) : m_db(db) {}

    // Appends an entry after the attempt's head and returns it. `alsoInTransaction`, when
    // set, runs in the same transaction (the caller's resume point: one commit, one fsync).
    // On failure throws (StoreError, or what the callback threw) and appends nothing.
    JournalEntry append(const std::string& attempt, const std::string& kind,
                        const std::string& payload, std::chrono::milliseconds mono,
                        const std::string& bootId,
                        const std::function<void(store::Database&)>& alsoInTransaction = {});

    // The same as append() inside a transaction the caller holds (and commits). On failure
    // throws StoreError; the caller's transaction decides what stays.
    JournalEntry appendWithin(const std::string& attempt, const std::string& kind,
                              const std::string& payload, std::chrono::milliseconds mono,
                              const std::string& bootId);

    // The same as appendWithin() after a head the caller already holds (from the last entry
    // it appended or read), so the table is not read: for the writer that keeps its chain's
    // head in memory (ExamSession). A stale head cannot fork the chain: its next seq is
    // taken, the insert fails on the primary key and throws StoreError. An entry number of
    // 2^32 or more does not fit the row's key: throws std::runtime_error, appends nothing.
    JournalEntry appendAfter(const ChainHead& head, const std::string& attempt,
                             const std::string& kind, const std::string& payload,
                             std::chrono::milliseconds mono, const std::string& bootId);

    // Every entry of `attempt`, in order. Throws StoreError on a read failure.
    std::vector<JournalEntry> entries(const std::string& attempt);
    // The entries after `afterSeq`, for the mirror towards the console.
    std::vector<JournalEntry> entriesAfter(const std::string& attempt, std::int64_t afterSeq);
    // The last entry of `attempt`, nullopt when it has none.
    std::optional<JournalEntry> head(const std::string& attempt);
    // The last seq of every attempt that has entries, by attempt id (the heads a kiosk
    // announces to the console, and the attempts it replays).
    std::map<std::string, std::int64_t> lastSeqs();
    // verifyChain over the stored entries.
    [[nodiscard]] ChainCheck verify(const std::string& attempt);

    store::Database& database() { return m_db; }

private:
    // A row's attempt and boot are numbers (schema/kiosk/003_compact_journal.sql); its key
    // packs the attempt's number and the seq (schema/kiosk/004_rowid_journal.sql).
    enum class NumberedText { Attempt, Boot };
    // The number of `text` in table journal_attempt or boot, added there if new.
    std::int64_t numberOf(NumberedText table, const std::string& text);

    store::Database& m_db;
};

} // namespace examroom
