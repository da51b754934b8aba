#pragma once

#include "crypto/Bytes.h"
#include "crypto/CurveKeyPair.h"
#include "crypto/SigningKeyPair.h"
#include "exam/AnswerJournal.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace examroom::room {

// The message types of the room link (docs/room-protocol.md). Every message is a
// net::Message (examroom.wire.v1 frames); these are its `type` frame.
namespace msg {
// kiosk -> console, pairing socket (any CURVE key gets in; only this message is read)
inline constexpr std::string_view PairRequest = "pair-request";
// console -> kiosk, pairing socket
inline constexpr std::string_view PairPending = "pair-pending";   // shown, waiting for the proctor
inline constexpr std::string_view PairAccepted = "pair-accepted"; // keys pinned, seat given
// kiosk -> console, room socket
inline constexpr std::string_view Hello = "hello";         // after (re)connecting: status + heads
inline constexpr std::string_view Heartbeat = "heartbeat"; // KioskStatus, every second
inline constexpr std::string_view ProvisionAck = "provision-ack";         // chunk i arrived
inline constexpr std::string_view ProvisionDone = "provision-done";       // hash checked, stored
inline constexpr std::string_view ProvisionRefused = "provision-refused"; // nothing stored
inline constexpr std::string_view UnlockAck = "unlock-ack";
inline constexpr std::string_view UnlockRefused =
    "unlock-refused"; // the key does not open the bank
inline constexpr std::string_view LoginCheck = "login-check";
inline constexpr std::string_view Mirror = "mirror";        // journal entries of one attempt
inline constexpr std::string_view Submit = "submit";        // the signed score sheet (outbox)
inline constexpr std::string_view RaiseHand = "raise-hand"; // (outbox)
inline constexpr std::string_view Applied = "applied";      // a seed or proctor command was applied
// console -> kiosk, room socket
inline constexpr std::string_view Welcome = "welcome"; // console instance, seat, mirror heads
inline constexpr std::string_view Beat = "beat";       // answer to each heartbeat
inline constexpr std::string_view ProvisionBegin = "provision-begin";
inline constexpr std::string_view ProvisionChunk = "provision-chunk";
inline constexpr std::string_view Unlock = "unlock"; // the bank data key (binary body)
inline constexpr std::string_view LoginVerdict = "login-verdict";
inline constexpr std::string_view Seed = "seed"; // paper seed (+ resume point) for a candidate
inline constexpr std::string_view MirrorAck = "mirror-ack";
inline constexpr std::string_view OutboxAck = "outbox-ack"; // submit / raise-hand stored
inline constexpr std::string_view Command = "command";      // a proctor command
} // namespace msg

// ZAP domain of the room socket; its allow-list holds the paired kiosks' CURVE keys.
inline constexpr std::string_view kRoomZapDomain = "examroom.room";

// What a kiosk reports in every heartbeat (and in hello): the console's seat map and the
// equipment check are made from it. Contains no question, answer or personal datum beyond the
// ticket number.
struct KioskStatus
{
    std::string state; // FlowState name ("Idle", "InExam"…), "Unprovisioned"
    std::string roomId;
    int seatNo = 0;
    std::string ticketNo;  // empty when nobody is logged in
    std::string attempt;   // the attempt id when an exam is open
    int questionIndex = 0; // 0-based question on screen
    int answeredCount = 0;
    int questionCount = 0;
    std::int64_t remainingMs = 0;
    std::int64_t elapsedMs = 0;      // exam time used (the mirror's resume point)
    std::int64_t lastSaveAgeMs = -1; // -1: nothing saved yet
    std::int64_t downtimeMs = 0;     // time the kiosk was down before its last restart
    std::string appVersion;
    std::int64_t freeDiskBytes = 0;
    std::int64_t wallClockMs = 0; // the kiosk's wall clock (Unix ms); the console computes skew
    bool ttsAvailable = false;
    // The read-aloud check still runs (it takes seconds on its own thread): ttsAvailable is
    // not known yet and the equipment check waits (equipmentKnown).
    bool ttsChecking = false;
    int screenWidth = 0;
    int screenHeight = 0;
    std::string provisionedSession; // empty when not provisioned
    bool unlocked = false;
    bool handRaised = false;
    int outboxPending = 0;

    nlohmann::json toJson() const;
    // Missing fields keep their defaults; nullopt when `value` is not an object or a field has
    // the wrong type. Never throws.
    [[nodiscard]] static std::optional<KioskStatus> fromJson(const nlohmann::json& value);
};

// What an unpaired kiosk sends to the pairing socket. The console shows code + fingerprint
// for the proctor to compare with the kiosk's screen. `signature` is the kiosk's Ed25519
// signature over pairingStatement(), so the fingerprint vouches for the CURVE key.
struct PairingRequest
{
    std::string code;        // 6 digits, shown on the kiosk
    std::string fingerprint; // of signingKey (crypto::fingerprint)
    crypto::CurvePublicKey curveKey{};
    crypto::SigningPublicKey signingKey{};
    crypto::Signature signature{};
    std::string appVersion;

    nlohmann::json toJson() const;
    [[nodiscard]] static std::optional<PairingRequest> fromJson(const nlohmann::json& value);
    // True when the fingerprint belongs to signingKey and the signature is valid.
    [[nodiscard]] bool verify(const crypto::CurvePublicKey& consoleKey) const;
};

// The bytes a kiosk signs to pair with the console holding `consoleKey`.
std::string pairingStatement(const std::string& code, const crypto::CurvePublicKey& kioskCurve,
                             const crypto::CurvePublicKey& consoleKey);

// A kiosk the console trusts: the ZAP allow-list is made of these.
struct PairedKiosk
{
    std::string fingerprint;
    crypto::CurvePublicKey curveKey{};
    crypto::SigningPublicKey signingKey{};
    int seatNo = 0;
};

// The session a kiosk serves, as provisioning carries it: the open centre files of the
// session (plan.json, the session's roster.csv rows, the rubric, the candidates' photos) and
// the bank still sealed under the data key (the plan package's sealed part, unchanged).
struct ProvisionBundle
{
    std::string sessionId; // planId + "/" + roomId
    std::string planId;
    std::string siteId;
    std::string roomId;
    std::string judgedAt;                     // ISO-8601: time rules of the import judged then
    std::map<std::string, std::string> files; // name -> exact bytes (open files)
    crypto::ByteVector sealedBank;            // secretbox under the data key

    // Canonical bytes (JSON, base64 contents); what is chunked and hashed.
    crypto::ByteVector encode() const;
    // nullopt with the reason when `bytes` is not a bundle. Never throws.
    [[nodiscard]] static std::optional<ProvisionBundle> decode(crypto::ByteSpan bytes,
                                                               std::string* error = nullptr);
};

// One item's state in a resume point: displayed choice bits and the review flag.
struct ResumeItem
{
    int index = 0;
    std::uint8_t choices = 0;
    bool flagged = false;
};

// The console's word to open a candidate's exam: the paper seed and, for a candidate resuming
// (换机续考 or a kiosk rebuilt), the answers and the time already used from the mirror.
struct SeedGrant
{
    std::string grantId; // idempotency key
    std::string ticketNo;
    crypto::ByteVector seed; // 32 bytes
    int attempt = 1;
    std::int64_t elapsedMs = 0;    // exam time already used (resume), 0 for a fresh start
    std::int64_t extensionMs = 0;  // extensions already given (resume)
    std::vector<ResumeItem> items; // answers and flags to restore (resume)

    nlohmann::json toJson() const;
    [[nodiscard]] static std::optional<SeedGrant> fromJson(const nlohmann::json& value);
};

// What the proctor tells a seat.
enum class CommandKind { Extend, Pause, Resume, ForceSubmit, Lock, Unlock, Release };
std::string_view name(CommandKind kind);
std::optional<CommandKind> commandKindFromName(std::string_view name);

struct ProctorCommand
{
    std::string commandId; // idempotency key, made by the console
    CommandKind kind = CommandKind::Lock;
    std::string ticketNo; // the candidate it is meant for (empty: whoever sits there)
    int minutes = 0;      // Extend
    std::string reason;

    nlohmann::json toJson() const;
    [[nodiscard]] static std::optional<ProctorCommand> fromJson(const nlohmann::json& value);
};

// The console's answer to a login check.
enum class LoginVerdict { Accepted, LoggedInElsewhere, AlreadySubmitted, NotInSession };
std::string_view name(LoginVerdict verdict);
std::optional<LoginVerdict> loginVerdictFromName(std::string_view name);

// Journal entries on the wire (the mirror), hashes in hex.
nlohmann::json entryToJson(const JournalEntry& entry);
[[nodiscard]] std::optional<JournalEntry> entryFromJson(const nlohmann::json& value);

// A 6-digit pairing code derived from the kiosk's keys and a random nonce, e.g. "042917".
std::string makePairingCode();

} // namespace examroom::room
