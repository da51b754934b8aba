#pragma once

#include "crypto/Bytes.h"
#include "documents/SignedDocument.h"
#include "exam/AnswerJournal.h"

#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace examroom::store {
class Database;
}

namespace examroom::site {

// The keys a kiosk paired with (what the room link's allow-list is made of).
struct KioskKeys
{
    std::string fingerprint;
    std::array<std::uint8_t, 32> curveKey{};
    std::array<std::uint8_t, 32> signingKey{};
};

// One attempt's mirror as site.db holds it.
struct StoredMirror
{
    std::string attempt;
    std::string fingerprint;
    std::int64_t elapsedMs = 0;
    std::vector<JournalEntry> entries; // by seq
};

// A signed score sheet the room link delivered.
struct StoredSheet
{
    std::string sheetId;
    std::string sessionId;
    std::string ticketNo;
    int seatNo = 0;
    std::string fingerprint;
    SignedDocument document;
};

// What the room link must find again after a console restart: kiosk keys, the answer mirror
// and the signed sheets. Only storage: the link checked keys, chains and signatures before.
// Every write is idempotent (a repeat keeps the first), so events replayed after a restart
// change nothing. Writes throw StoreError; appendMirror is its own transaction (all or none of
// the entries), the others join the caller's transaction when there is one.
class RoomLinkStore
{
public:
    explicit RoomLinkStore(store::Database& db) : m_db(db) {}

    // Keeps (or replaces, after a re-pairing) a kiosk's keys.
    void rememberKiosk(const KioskKeys& keys, std::chrono::sys_seconds now);
    std::optional<KioskKeys> kiosk(const std::string& fingerprint);
    void forgetKiosk(const std::string& fingerprint);

    // Appends mirror entries of `attempt`; entries already kept (same seq) are skipped.
    void appendMirror(const std::string& attempt, const std::string& fingerprint,
                      const std::vector<JournalEntry>& entries);
    // The exam time an attempt had used (from its kiosk's heartbeat).
    void setElapsed(const std::string& attempt, const std::string& fingerprint,
                    std::int64_t elapsedMs);
    // Every attempt's mirror, by attempt id.
    std::vector<StoredMirror> mirrors();

    // Keeps a sheet; false when a sheet with that id was kept already (nothing changed).
    bool storeSheet(const StoredSheet& sheet, std::chrono::sys_seconds now);
    // The sheets of a session, by ticket then sheet id.
    std::vector<StoredSheet> sheets(const std::string& sessionId);

private:
    store::Database& m_db;
};

} // namespace examroom::site
