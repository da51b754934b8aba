#include "site/RoomLinkStore.h"

#include "site/SessionRows.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <algorithm>

namespace examroom::site {
namespace {

template <std::size_t N>
bool copyKey(const std::vector<std::uint8_t>& from, std::array<std::uint8_t, N>& to)
{
    if (from.size() != N)
        return false;
    std::copy(from.begin(), from.end(), to.begin());
    return true;
}

} // namespace

void RoomLinkStore::rememberKiosk(const KioskKeys& keys, std::chrono::sys_seconds now)
{
    auto put = m_db.prepare("INSERT OR REPLACE INTO paired_kiosks (fingerprint, curve_key, "
                            "signing_key, paired_at) VALUES (?, ?, ?, ?)");
    put.bind(1, std::string_view(keys.fingerprint))
        .bind(2, std::span<const std::uint8_t>(keys.curveKey))
        .bind(3, std::span<const std::uint8_t>(keys.signingKey))
        .bind(4, unixSeconds(now));
    put.execute();
}

std::optional<KioskKeys> RoomLinkStore::kiosk(const std::string& fingerprint)
{
    auto read =
        m_db.prepare("SELECT curve_key, signing_key FROM paired_kiosks WHERE fingerprint = ?");
    read.bind(1, std::string_view(fingerprint));
    if (!read.step())
        return std::nullopt;
    KioskKeys keys;
    keys.fingerprint = fingerprint;
    if (!copyKey(read.columnBlob(0), keys.curveKey) ||
        !copyKey(read.columnBlob(1), keys.signingKey))
        return std::nullopt;
    return keys;
}

void RoomLinkStore::forgetKiosk(const std::string& fingerprint)
{
    auto drop = m_db.prepare("DELETE FROM paired_kiosks WHERE fingerprint = ?");
    drop.bind(1, std::string_view(fingerprint));
    drop.execute();
}

void RoomLinkStore::appendMirror(const std::string& attempt, const std::string& fingerprint,
                                 const std::vector<JournalEntry>& entries)
{
    store::Transaction tx(m_db);
    auto put = m_db.prepare(
        "INSERT OR IGNORE INTO mirror_entries (attempt, seq, fingerprint, kind, payload, mono_ms, "
        "boot_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto& e : entries) {
        put.bind(1, std::string_view(attempt))
            .bind(2, e.seq)
            .bind(3, std::string_view(fingerprint))
            .bind(4, std::string_view(e.kind))
            .bind(5, std::string_view(e.payload))
            .bind(6, e.monoMs)
            .bind(7, std::string_view(e.bootId))
            .bind(8, std::span<const std::uint8_t>(e.prevHash))
            .bind(9, std::span<const std::uint8_t>(e.hash));
        put.execute();
    }
    // The attempt's row names the kiosk the newest entries came from (a resume elsewhere
    // continues the same attempt id on another kiosk).
    auto owner = m_db.prepare("INSERT OR IGNORE INTO mirror_attempts (attempt, fingerprint) "
                              "VALUES (?, ?)");
    owner.bind(1, std::string_view(attempt)).bind(2, std::string_view(fingerprint));
    owner.execute();
    auto move = m_db.prepare("UPDATE mirror_attempts SET fingerprint = ? WHERE attempt = ?");
    move.bind(1, std::string_view(fingerprint)).bind(2, std::string_view(attempt));
    move.execute();
    tx.commit();
}

void RoomLinkStore::setElapsed(const std::string& attempt, const std::string& fingerprint,
                               std::int64_t elapsedMs)
{
    auto put = m_db.prepare("INSERT OR REPLACE INTO mirror_attempts (attempt, fingerprint, "
                            "elapsed_ms) VALUES (?, ?, ?)");
    put.bind(1, std::string_view(attempt))
        .bind(2, std::string_view(fingerprint))
        .bind(3, elapsedMs);
    put.execute();
}

std::vector<StoredMirror> RoomLinkStore::mirrors()
{
    std::vector<StoredMirror> out;
    auto attempts = m_db.prepare(
        "SELECT attempt, fingerprint, elapsed_ms FROM mirror_attempts ORDER BY attempt");
    auto entries = m_db.prepare("SELECT seq, kind, payload, mono_ms, boot_id, prev_hash, hash "
                                "FROM mirror_entries WHERE attempt = ? ORDER BY seq");
    while (attempts.step()) {
        StoredMirror mirror;
        mirror.attempt = attempts.columnText(0);
        mirror.fingerprint = attempts.columnText(1);
        mirror.elapsedMs = attempts.columnInt64(2);
        entries.bind(1, std::string_view(mirror.attempt));
        while (entries.step()) {
            JournalEntry e;
            e.attempt = mirror.attempt;
            e.seq = entries.columnInt64(0);
            e.kind = entries.columnText(1);
            e.payload = entries.columnText(2);
            e.monoMs = entries.columnInt64(3);
            e.bootId = entries.columnText(4);
            e.prevHash = entries.columnBlob(5);
            e.hash = entries.columnBlob(6);
            mirror.entries.push_back(std::move(e));
        }
        entries.reset();
        out.push_back(std::move(mirror));
    }
    return out;
}

bool RoomLinkStore::storeSheet(const StoredSheet& sheet, std::chrono::sys_seconds now)
{
    auto put = m_db.prepare(
        "INSERT OR IGNORE INTO received_sheets (sheet_id, session_id, ticket_no, seat_no, "
        "fingerprint, document, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    put.bind(1, std::string_view(sheet.sheetId))
        .bind(2, std::string_view(sheet.sessionId))
        .bind(3, std::string_view(sheet.ticketNo))
        .bind(4, sheet.seatNo)
        .bind(5, std::string_view(sheet.fingerprint))
        .bind(6, std::string_view(sheet.document.toJson()))
        .bind(7, unixSeconds(now));
    return put.execute() > 0;
}

std::vector<StoredSheet> RoomLinkStore::sheets(const std::string& sessionId)
{
    std::vector<StoredSheet> out;
    auto read = m_db.prepare("SELECT sheet_id, ticket_no, seat_no, fingerprint, document FROM "
                             "received_sheets WHERE session_id = ? ORDER BY ticket_no, sheet_id");
    read.bind(1, std::string_view(sessionId));
    while (read.step()) {
        auto document = SignedDocument::fromJson(read.columnText(4));
        if (!document)
            continue; // written by this class from a parsed document: cannot happen
        out.push_back({read.columnText(0), sessionId, read.columnText(1), int(read.columnInt64(2)),
                       read.columnText(3), std::move(*document)});
    }
    return out;
}

} // namespace examroom::site
