#include "exam/AnswerJournal.h"

#include "crypto/Hasher.h"
#include "store/Transaction.h"

#include <string_view>

namespace examroom {
namespace {

constexpr std::size_t hashBytes = 32;

void feed(crypto::Hasher& hasher, std::string_view text)
{
    hasher.update(crypto::asBytes(text));
    const std::uint8_t zero = 0;
    hasher.update({&zero, 1});
}

std::vector<JournalEntry> readEntries(store::Statement& query, const std::string& attempt)
{
    std::vector<JournalEntry> entries;
    while (query.step()) {
        JournalEntry entry;
        entry.attempt = attempt;
        entry.seq = query.columnInt64(0);
        entry.kind = query.columnText(1);
        entry.payload = query.columnText(2);
        entry.monoMs = query.columnInt64(3);
        entry.bootId = query.columnText(4);
        entry.prevHash = query.columnBlob(5);
        entry.hash = query.columnBlob(6);
        entries.push_back(std::move(entry));
    }
    return entries;
}

constexpr std::string_view selectColumns =
    "SELECT seq, kind, payload, mono_ms, boot_id, prev_hash, hash FROM journal ";

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
        auto& last = m_db.cached("SELECT seq, hash FROM journal WHERE attempt = ? "
                                 "ORDER BY seq DESC LIMIT 1");
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
    JournalEntry entry;
    entry.attempt = attempt;
    entry.seq = head.seq + 1;
    entry.kind = kind;
    entry.payload = payload;
    entry.monoMs = mono.count();
    entry.bootId = bootId;
    entry.prevHash = head.hash;
    entry.hash = journalEntryHash(entry);
    auto& insert = m_db.cached("INSERT INTO journal (attempt, seq, kind, payload, mono_ms, "
                               "boot_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, std::string_view(attempt))
        .bind(2, entry.seq)
        .bind(3, std::string_view(kind))
        .bind(4, std::string_view(payload))
        .bind(5, entry.monoMs)
        .bind(6, std::string_view(bootId))
        .bindBlob(7, entry.prevHash)
        .bindBlob(8, entry.hash);
    insert.execute();
    return entry;
}

std::vector<JournalEntry> AnswerJournal::entries(const std::string& attempt)
{
    return entriesAfter(attempt, 0);
}

std::vector<JournalEntry> AnswerJournal::entriesAfter(const std::string& attempt,
                                                      std::int64_t afterSeq)
{
    auto query =
        m_db.prepare(std::string(selectColumns) + "WHERE attempt = ? AND seq > ? ORDER BY seq");
    query.bind(1, std::string_view(attempt)).bind(2, afterSeq);
    return readEntries(query, attempt);
}

std::optional<JournalEntry> AnswerJournal::head(const std::string& attempt)
{
    auto query =
        m_db.prepare(std::string(selectColumns) + "WHERE attempt = ? ORDER BY seq DESC LIMIT 1");
    query.bind(1, std::string_view(attempt));
    auto entries = readEntries(query, attempt);
    if (entries.empty())
        return std::nullopt;
    return entries.front();
}

ChainCheck AnswerJournal::verify(const std::string& attempt)
{
    return verifyChain(entries(attempt));
}

} // namespace examroom
