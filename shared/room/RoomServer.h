#pragma once

#include "crypto/CurveKeyPair.h"
#include "crypto/SecretBytes.h"
#include "documents/SignedDocument.h"
#include "net/CurveSetup.h"
#include "room/RoomMessages.h"

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace examroom::room {

// ---- events the console receives (delivered from processEvents(), on the caller's thread) --

// An unpaired kiosk asks to pair: show code + fingerprint; acceptPairing(code, seat) accepts.
struct PairingRequested
{
    std::string code;
    std::string fingerprint;
    std::string appVersion;
};
// A kiosk was paired (store it, e.g. site::RoomManager::pairKiosk, and give it back with
// addPairedKiosk() after a restart).
struct PairingCompleted
{
    PairedKiosk kiosk;
};
// A heartbeat or hello arrived. `clockSkewMs` = kiosk wall clock − console wall clock.
struct SeatStatus
{
    std::string fingerprint;
    KioskStatus status;
    std::int64_t clockSkewMs = 0;
};
// Nothing heard from a paired kiosk for RoomServerOptions::offlineAfter.
struct SeatOffline
{
    std::string fingerprint;
    int seatNo = 0;
};
// Chunks acknowledged by a kiosk, or the end of a provisioning (done or failed).
struct ProvisionProgress
{
    std::string fingerprint;
    std::string sessionId;
    int chunksDone = 0;
    int chunkCount = 0;
    bool done = false;
    bool failed = false;
    std::string why; // when failed
};
// A kiosk confirmed the unlock (the bank opened with the key) or refused it.
struct UnlockResult
{
    std::string fingerprint;
    bool ok = false;
    std::string why;
};
// A kiosk asked whether a candidate may log in; the verdict was already sent.
struct LoginChecked
{
    std::string fingerprint;
    int seatNo = 0;
    std::string ticketNo;
    LoginVerdict verdict = LoginVerdict::Accepted;
};
// New journal entries of an attempt were added to the mirror (in order, chain checked).
struct MirrorAppended
{
    std::string fingerprint;
    std::string attempt;
    std::vector<JournalEntry> entries;
};
// A signed score sheet arrived (first time only; repeats are acknowledged silently). The
// signature was checked against the kiosk's paired signing key.
struct SheetReceived
{
    std::string fingerprint;
    int seatNo = 0;
    SignedDocument sheet;
};
// 举手 (first time only per message).
struct HandRaised
{
    std::string fingerprint;
    int seatNo = 0;
    std::string ticketNo;
};
// A seed or a proctor command was applied by the kiosk (ok false: refused there, with why).
struct CommandApplied
{
    std::string fingerprint;
    std::string commandId;
    bool ok = true;
    std::string why;
};
// Something from outside the trust: a key refused at ZAP, a malformed message, a message that
// is not allowed on the pairing socket. `who` is a Z85 key or a fingerprint when known.
struct LinkRefused
{
    std::string who;
    std::string why;
};

using RoomEvent = std::variant<PairingRequested, PairingCompleted, SeatStatus, SeatOffline,
                               ProvisionProgress, UnlockResult, LoginChecked, MirrorAppended,
                               SheetReceived, HandRaised, CommandApplied, LinkRefused>;
using RoomEventHandler = std::function<void(const RoomEvent&)>;

struct RoomServerOptions
{
    std::string roomEndpoint = "tcp://127.0.0.1:0";    // bind address of the room socket
    std::string pairingEndpoint = "tcp://127.0.0.1:0"; // empty: no pairing socket
    std::string roomId = "R1";
    net::LinkOptions link;
    std::size_t chunkBytes = 64 * 1024;
    int chunkWindow = 8;                          // provisioning chunks in flight per kiosk
    std::chrono::milliseconds resendAfter{2000};  // unacknowledged console messages resent
    std::chrono::milliseconds offlineAfter{5000}; // no heartbeat: SeatOffline
    // Test seam: may alter a chunk before it is sent (corrupt-chunk tests). Never set in
    // production.
    std::function<void(int index, crypto::ByteVector& chunk)> tamperChunkForTests;
};

// What the console knows of a candidate for a resume on another seat (换机续考).
struct ResumePoint
{
    std::string attempt;
    std::string fingerprint; // the kiosk the mirror came from
    std::int64_t lastSeq = 0;
    std::int64_t elapsedMs = 0; // exam time used, from the last mirrored heartbeat/journal
    std::int64_t extensionMs = 0;
    std::vector<ResumeItem> items;
};

// The console side of the room link. Two ROUTER sockets: the room socket (CURVE, ZAP
// allow-list of paired kiosks) and the pairing socket (CURVE, any key, only pair-request is
// read). No thread of its own besides the ZAP handler: an event loop watches fd() and
// pairingFd() (ZMQ_FD, edge-triggered: call processEvents() on each wake-up) and calls
// processEvents() from a timer too (every 100–500 ms) for resends and offline detection.
// Not thread-safe: use from one thread.
class RoomServer
{
public:
    // Binds both sockets. Throws zmq::error_t (e.g. address in use); nothing is left bound.
    RoomServer(crypto::CurveKeyPair consoleKey, RoomServerOptions options,
               RoomEventHandler handler);
    ~RoomServer();
    RoomServer(const RoomServer&) = delete;
    RoomServer& operator=(const RoomServer&) = delete;

    // The endpoints actually bound (port 0 resolved), for kiosks' configuration.
    std::string roomEndpoint() const;
    std::string pairingEndpoint() const;
    const crypto::CurvePublicKey& publicKey() const;

    // ZMQ_FD of the room socket and of the pairing socket (-1 when there is none).
    int fd() const;
    int pairingFd() const;
    // Reads everything waiting on both sockets, delivers events, resends what is due, marks
    // silent seats offline. Faults of the socket throw zmq::error_t (the caller's event loop
    // catches them); a malformed or foreign message never throws (LinkRefused).
    void processEvents();

    // ---- pairing
    // Pairing requests waiting for the proctor (newest per fingerprint).
    std::vector<PairingRequested> pendingPairings() const;
    // Accepts the pending request with `code` for `seatNo`: the key goes on the allow-list and
    // the kiosk is told. nullopt (nothing changed) when no pending request has that code.
    [[nodiscard]] std::optional<PairedKiosk> acceptPairing(const std::string& code, int seatNo);
    // Trusts a kiosk paired earlier (from site.db at start).
    void addPairedKiosk(const PairedKiosk& kiosk);
    // Forgets a kiosk: off the allow-list (its open connection is no longer served). False if
    // it was not paired.
    bool unpair(const std::string& fingerprint);
    std::vector<PairedKiosk> pairedKiosks() const;
    std::optional<std::string> fingerprintAtSeat(int seatNo) const;

    // ---- provisioning, unlock, seeds, commands. Each returns false (nothing queued) for a
    // kiosk that is not paired. Messages to a kiosk that is offline wait and are resent.
    // Sends `bundle` in chunks; progress arrives as ProvisionProgress.
    bool provision(const std::string& fingerprint, const ProvisionBundle& bundle);
    // Gives the bank data key to a kiosk (kept in memory here, resent after the kiosk
    // reconnects or restarts; never written anywhere).
    bool unlock(const std::string& fingerprint, const crypto::SecretBytes& dataKey);
    // The same for every paired kiosk.
    void unlockAll(const crypto::SecretBytes& dataKey);
    // Opens a candidate's exam at a kiosk. When the mirror holds an attempt of that ticket,
    // the grant is completed with its resume point (answers, flags, time used).
    bool grantSeed(const std::string& fingerprint, SeedGrant grant);
    // Sends a proctor command; the kiosk's CommandApplied arrives later.
    bool sendCommand(const std::string& fingerprint, const ProctorCommand& command);
    // Allows a candidate's next login on another seat (the proctor moved them, 换机续考).
    void allowMove(const std::string& ticketNo);
    // Puts back an attempt's mirror that the console kept (site.db) across its restart, so that
    // mirror heads, resume points and moves work as before. `entries` are the attempt's chain
    // from seq 1 (checked by this server when they first arrived). An attempt already known
    // here is left as it is.
    void restoreMirror(const std::string& attempt, const std::string& fingerprint,
                       std::vector<JournalEntry> entries, std::int64_t elapsedMs);

    // ---- what the console knows
    std::optional<KioskStatus> status(const std::string& fingerprint) const;
    bool isOnline(const std::string& fingerprint) const;
    std::vector<JournalEntry> mirror(const std::string& attempt) const;
    std::optional<ResumePoint> resumePoint(const std::string& ticketNo) const;
    // Every sheet received, by sheet id.
    const std::map<std::string, SignedDocument>& sheets() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace examroom::room
