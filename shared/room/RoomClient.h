#pragma once

#include "crypto/CurveKeyPair.h"
#include "crypto/SecretBytes.h"
#include "crypto/SigningKeyPair.h"
#include "documents/SignedDocument.h"
#include "net/CurveSetup.h"
#include "package/SealedBank.h"
#include "room/RoomMessages.h"
#include "store/Database.h"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <variant>

namespace examroom::room {

// ---- events the kiosk receives (delivered from processEvents(), on the caller's thread) ----

// The proctor accepted the pairing: the console key is pinned, the seat is known.
struct Paired
{
    std::string roomId;
    int seatNo = 0;
};
// A provisioning completed and is stored (the hash matched), or was refused (nothing stored).
struct Provisioned
{
    std::string sessionId;
    bool ok = true;
    std::string why;
};
// The bank data key arrived and opens the provisioned bank. The key and the opened bank live
// in memory only; the receiver uses them during the callback and drops them.
struct Unlocked
{
    std::string sessionId;
    const crypto::SecretBytes* dataKey = nullptr; // valid during the callback only
    const package::OpenedBank* bank = nullptr;    // the bank opened with it, likewise
};
// The console's answer to checkLogin().
struct LoginAnswered
{
    std::string ticketNo;
    LoginVerdict verdict = LoginVerdict::Accepted;
};
// A seed grant or a proctor command to apply. The handler returns whether it was applied (and
// sets `why` when not); the client acknowledges it and remembers its id so that a repeat is
// acknowledged without being applied twice.
struct SeedArrived
{
    SeedGrant grant;
};
struct CommandArrived
{
    ProctorCommand command;
};
// The link to the console came up (welcome received) or went down (no answer for a while).
struct LinkChanged
{
    bool up = false;
};
// An outbox message (sheet, raised hand) was stored by the console.
struct OutboxAcked
{
    std::string key;
    std::string kind;
};

using ClientEvent = std::variant<Paired, Provisioned, Unlocked, LoginAnswered, SeedArrived,
                                 CommandArrived, LinkChanged, OutboxAcked>;
// Returns true when the event was applied (only SeedArrived and CommandArrived ask; the rest
// ignore the value). `why` receives a refusal reason.
using ClientEventHandler = std::function<bool(const ClientEvent&, std::string& why)>;
// Asked before each heartbeat and hello.
using StatusProvider = std::function<KioskStatus()>;

struct RoomClientOptions
{
    std::string roomEndpoint;    // the console's room socket; empty: the one stored at pairing
    std::string pairingEndpoint; // needed only while unpaired
    // The console's CURVE key as configured; pinned at pairing, and a different configured key
    // is refused afterwards (re-pairing needed). nullopt: the pinned key.
    std::optional<crypto::CurvePublicKey> consoleKey;
    net::LinkOptions link;
    std::string appVersion;
    std::chrono::milliseconds heartbeatEvery{1000};
    std::chrono::milliseconds linkLostAfter{3000}; // no beat/welcome: link down
    std::chrono::milliseconds resendAfter{2000};   // unacknowledged outbox/mirror resent
};

// The kiosk side of the room link: one DEALER to the console's room socket (CURVE, the console
// key pinned) and, while unpaired, one DEALER to its pairing socket. Its state lives in kiosk.db
// (`db`, kiosk schema 002+): the pinned console key and seat, the provisioned bundle (the bank
// still sealed), the outbox, the mirror's acknowledged sequence per attempt and the ids of
// commands already applied. The answer journal itself is the mirror's outbox: entries after the
// acknowledged sequence are (re)sent until the console acknowledges them.
// An event loop watches fd() (and pairingFd() while pairing) and calls processEvents() on
// each wake-up and from a timer (every 100–500 ms). Not thread-safe: use from one thread.
class RoomClient
{
public:
    // Reads the stored state; connects when paired. Throws StoreError / zmq::error_t /
    // std::runtime_error (a configured console key differs from the pinned one); nothing is
    // left connected then.
    RoomClient(store::Database& db, const crypto::CurveKeyPair& curveKey,
               const crypto::SigningKeyPair& signingKey, RoomClientOptions options,
               ClientEventHandler handler, StatusProvider status);
    ~RoomClient();
    RoomClient(const RoomClient&) = delete;
    RoomClient& operator=(const RoomClient&) = delete;

    // ZMQ_FD of the room socket (-1 while unpaired) and of the pairing socket (-1 when not
    // pairing). They change when pairing completes: re-read after a Paired event.
    int fd() const;
    int pairingFd() const;
    // Reads everything waiting, delivers events, sends heartbeats and resends what is due.
    // Socket faults throw zmq::error_t; store faults StoreError; an outbox row whose body is
    // not JSON std::runtime_error naming the row, once, after the other rows went (the caller's
    // loop catches them; nothing acknowledged is lost: the outbox is only cleared on an
    // acknowledgement).
    void processEvents();

    // ---- pairing
    bool isPaired() const;
    // Starts asking the console's pairing socket (RoomClientOptions::pairingEndpoint and
    // consoleKey needed). Returns the 6-digit code to show (with fingerprint()); a new code
    // each call. Throws std::logic_error when those options are missing.
    std::string startPairing();
    const std::string& fingerprint() const;
    std::string roomId() const;
    int seatNo() const;

    // ---- what the kiosk tells the console
    // Asks whether `ticketNo` may log in here; LoginAnswered arrives when the console answers.
    void checkLogin(const std::string& ticketNo);
    // New journal entries exist for `attempt` (call after each save); they are sent now.
    void mirrorChanged(const std::string& attempt);
    // Queues the signed sheet in the outbox (durably: stored before this returns) and sends it.
    // Throws StoreError (nothing queued).
    void submitSheet(const SignedDocument& sheet);
    // Queues 举手 in the outbox and sends it. Throws StoreError (nothing queued).
    void raiseHand(const std::string& ticketNo);
    // Sends a heartbeat now (e.g. after a state change).
    void sendHeartbeat();

    // ---- kiosk state
    bool isLinkUp() const;
    int outboxPending() const;
    // The provisioned bundle, if any (the bank sealed).
    std::optional<ProvisionBundle> provisionedBundle() const;
    // The highest journal seq of `attempt` the console has acknowledged (0: none).
    std::int64_t mirrorAcked(const std::string& attempt) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// The sealed bank's files opened with `dataKey` (bank.csv and its images), in memory (sealed
// bank v2, or v1 of older packages: package/SealedBank.h); nullopt when the key does not open
// it or it names another plan/site, then `error` (when given) says which. The caller keeps the
// files out of disk and logs (the kiosk: openUnlockedSession, room/OpenedSession.h).
[[nodiscard]] std::optional<package::OpenedBank>
openProvisionedBank(const ProvisionBundle& bundle, const crypto::SecretBytes& dataKey,
                    std::string* error = nullptr);

} // namespace examroom::room
