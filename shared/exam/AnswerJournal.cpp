#include "exam/AnswerJournal.h"

#include "crypto/Hasher.h"
#include "store/Transaction.h"

#include <stdexcept>
#include <string_view>
#include <utility>

namespace examroom {
namespace {

constexpr std::size_t hashBytes = 32;

void feed(crypto::Hasher& hasher, std::string_view text)
{
    hasher.update(crypto::asBytes(text));
    const std::uint8_t zero = 0;
    hasher.update({&zero, 1});
}

// Reads the rows of `query` (columns as in selectColumns) in ascending seq. A row's prevHash
// is not stored (schema/kiosk/003): it is the hash of the row before, `previous` for the
// first one read.
std::vector<JournalEntry> readEntries(store::Statement& query, const std::string& attempt,
                                      crypto::ByteVector previous)
{
    std::vector<JournalEntry> entries;
    while (query.step()) {
        JournalEntry entry;
        entry.attempt = attempt;
        entry.seq = query.columnInt64(0);
        entry.kind = query.columnText(1);
        entry.payload = query.columnText(2);
        entry.monoMs = query.columnInt64(3);
        if (query.isNull(4))
            throw std::runtime_error("the answer journal of " + attempt + ": entry " +
                                     std::to_string(entry.seq) +
                                     " names a boot that is not stored");
        entry.bootId = query.columnText(4);
        entry.hash = query.columnBlob(5);
        entry.prevHash = std::exchange(previous, entry.hash);
        entries.push_back(std::move(entry));
    }
    return entries;
}

// A journal row's key packs its attempt's number and its seq: attempt_no * 2^32 + seq
// (schema/kiosk/004_rowid_journal.sql), so one attempt's rows are one range of keys and
// appending is appending at the end of the table's B-tree.
constexpr std::int64_t seqLimit = std::int64_t(1) << 32;

// Joins the rows of attempt `a` (table journal_attempt) as `j`, by key range.
#define EXAMROOM_JOURNAL_OF_ATTEMPT                                                                \
    "journal_attempt a JOIN journal j ON j.attempt_seq BETWEEN a.id * 4294967296 + 1 AND "         \
    "a.id * 4294967296 + 4294967295 "

constexpr std::string_view selectColumns =
    "SELECT j.attempt_seq & 4294967295, j.kind, j.payload, j.mono_ms, b.boot_id, j.hash "
    "FROM " EXAMROOM_JOURNAL_OF_ATTEMPT "LEFT JOIN boot b ON b.id = j.boot ";

} // namespace

crypto::ByteVector journalEntryHash(const JournalEntry& entry)
{
    crypto::Hasher hasher(hashBytes);
    feed(hasher, "examroom.journal.v1");
    hasher.update(entry.prevHash);
    feed(hasher, entry.attempt);
    feed(hasher, std::to_string(entry.seq));
    feed(hasher, entry.kind);
    feed(hasher, entry.payload);
    feed(hasher, std::to_string(entry.monoMs));
    hasher.update(crypto::asBytes(entry.bootId));
    return hasher.finish();
}

ChainCheck verifyChain(const std::vector<JournalEntry>& entries)
{
    crypto::ByteVector previous(hashBytes, 0);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const JournalEntry& entry = entries[i];
        const auto expectedSeq = std::int64_t(i) + 1;
        if (entry.seq != expectedSeq)
            return {false, expectedSeq, "entry " + std::to_string(expectedSeq) + " is missing"};
        if (entry.prevHash != previous)
            return {false, entry.seq,
                    "entry " + std::to_string(entry.seq) +
                        " does not follow the previous entry's hash"};
        if (journalEntryHash(entry) != entry.hash)
            return {false, entry.seq,
                    "entry " + std::to_string(entry.seq) + " was altered (hash mismatch)"};
        previous = entry.hash;
    }
    return {};
}

JournalEntry AnswerJournal::append(const std::string& attempt, const std::string& kind,
                                   const std::string& payload, std::chrono::milliseconds mono,
                                   const std::string& bootId,
                                   const std::function<void(store::Database&)>& alsoInTransaction)
{
    store::Transaction transaction(m_db);
    JournalEntry entry = appendWithin(attempt, kind, payload, mono, bootId);
    if (alsoInTransaction)
        alsoInTransaction(m_db);
    transaction.commit();
    return entry;
}

JournalEntry AnswerJournal::appendWithin(const std::string& attempt, const std::string& kind,
                                         const std::string& payload, std::chrono::milliseconds mono,
                                         const std::string& bootId)
{
    ChainHead head;
    {
        // Cached: compiling it on every append cost as much CPU as encrypting the pages.
        auto& last = m_db.cached("SELECT j.attempt_seq & 4294967295, j.hash "
                                 "FROM " EXAMROOM_JOURNAL_OF_ATTEMPT "WHERE a.attempt = ? "
                                 "ORDER BY j.attempt_seq DESC LIMIT 1");
        last.bind(1, std::string_view(attempt));
        if (last.step()) {
            head.seq = last.columnInt64(0);
            head.hash = last.columnBlob(1);
        }
        last.reset(); // releases the read snapshot
    }
    return appendAfter(head, attempt, kind, payload, mono, bootId);
}

JournalEntry AnswerJournal::appendAfter(const ChainHead& head, const std::string& attempt,
                                        const std::string& kind, const std::string& payload,
                                        std::chrono::milliseconds mono, const std::string& bootId)
{
    if (head.seq + 1 >= seqLimit)
        throw std::runtime_error("the answer journal of " + attempt + " is full: entry " +
                                 std::to_string(head.seq + 1) + " does not fit its key (" +
                                 std::to_string(seqLimit - 1) + " entries at most)");
    JournalEntry entry;
    entry.attempt = attempt;
    entry.seq = head.seq + 1;
    entry.kind = kind;
    entry.payload = payload;
    entry.monoMs = mono.count();
    entry.bootId = bootId;
    entry.prevHash = head.hash;
    entry.hash = journalEntryHash(entry);
    const std::int64_t attemptNo = numberOf(NumberedText::Attempt, attempt);
    const std::int64_t boot = numberOf(NumberedText::Boot, bootId);
    // A second row with this key (a forked chain) fails the primary key, as it did before.
    auto& insert = m_db.cached("INSERT INTO journal (attempt_seq, kind, payload, mono_ms, boot, "
                               "hash) VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, attemptNo * seqLimit + entry.seq)
        .bind(2, std::string_view(kind))
        .bind(3, std::string_view(payload))
        .bind(4, entry.monoMs)
        .bind(5, boot)
        .bindBlob(6, entry.hash);
    insert.execute();
    return entry;
}

std::int64_t AnswerJournal::numberOf(NumberedText table, const std::string& text)
{
    const bool boot = table == NumberedText::Boot;
    // Looked up on every append rather than remembered: a number remembered from a
    // transaction that then rolled back would name nothing.
    auto& find = m_db.cached(boot ? "SELECT id FROM boot WHERE boot_id = ?"
                                  : "SELECT id FROM journal_attempt WHERE attempt = ?");
    find.bind(1, std::string_view(text));
    if (find.step()) {
        const std::int64_t id = find.columnInt64(0);
        find.reset();
        return id;
    }
    find.reset();
    // Once per boot of the machine and once per attempt: its first entry adds the row.
    auto& add = m_db.cached(boot ? "INSERT INTO boot (boot_id) VALUES (?)"
                                 : "INSERT INTO journal_attempt (attempt) VALUES (?)");
    add.bind(1, std::string_view(text));
    add.execute();
    return m_db.lastInsertRowId();
}

std::vector<JournalEntry> AnswerJournal::entries(const std::string& attempt)
{
    return entriesAfter(attempt, 0);
}

std::vector<JournalEntry> AnswerJournal::entriesAfter(const std::string& attempt,
                                                      std::int64_t afterSeq)
{
    crypto::ByteVector previous(hashBytes, 0);
    if (afterSeq > 0) {
        auto before = m_db.prepare("SELECT j.hash FROM " EXAMROOM_JOURNAL_OF_ATTEMPT
                                   "WHERE a.attempt = ? AND j.attempt_seq = a.id * 4294967296 + ?");
        before.bind(1, std::string_view(attempt)).bind(2, afterSeq);
        // Without entry afterSeq the first entry after it cannot say what it follows; an
        // empty prevHash fails verifyChain there (and a mirror's own check), as it should.
        previous = before.step() ? before.columnBlob(0) : crypto::ByteVector{};
    }
    auto query = m_db.prepare(std::string(selectColumns) +
                              "WHERE a.attempt = ? AND j.attempt_seq > a.id * 4294967296 + ? "
                              "ORDER BY j.attempt_seq");
    query.bind(1, std::string_view(attempt)).bind(2, afterSeq);
    return readEntries(query, attempt, std::move(previous));
}

std::optional<JournalEntry> AnswerJournal::head(const std::string& attempt)
{
    // The last entry and the one before it, whose hash is the last one's prevHash.
    auto query = m_db.prepare(std::string(selectColumns) +
                              "WHERE a.attempt = ? ORDER BY j.attempt_seq DESC LIMIT 2");
    query.bind(1, std::string_view(attempt));
    auto entries = readEntries(query, attempt, {});
    if (entries.empty())
        return std::nullopt;
    JournalEntry last = std::move(entries.front());
    if (last.seq == 1)
        last.prevHash = crypto::ByteVector(hashBytes, 0);
    else if (entries.size() == 2 && entries[1].seq == last.seq - 1)
        last.prevHash = entries[1].hash;
    else
        last.prevHash.clear(); // the entry before is missing: it follows nothing known
    return last;
}

std::map<std::string, std::int64_t> AnswerJournal::lastSeqs()
{
    auto rows = m_db.prepare("SELECT a.attempt, MAX(j.attempt_seq) & 4294967295 FROM journal j "
                             "JOIN journal_attempt a ON a.id = j.attempt_seq >> 32 "
                             "GROUP BY a.id");
    std::map<std::string, std::int64_t> heads;
    while (rows.step())
        heads.emplace(rows.columnText(0), rows.columnInt64(1));
    return heads;
}

#undef EXAMROOM_JOURNAL_OF_ATTEMPT

ChainCheck AnswerJournal::verify(const std::string& attempt)
{
    return verifyChain(entries(attempt));
}

} // namespace examroom
