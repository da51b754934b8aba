#pragma once

#include "crypto/CurveKeyPair.h"
#include "crypto/SigningKeyPair.h"
#include "net/Message.h"

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include <zmq.hpp>

namespace examroom::site {

class Outbox;

// The console ↔ site agent link (docs/architecture.md, "Console ↔ agent"): the agent binds a
// ZeroMQ ROUTER on the site machine with CURVE (its own transport key) and a ZAP allow-list of
// console keys; the console connects a DEALER with its own key and the agent's pinned key.
// One request in flight; a silent agent costs a fresh socket (a late reply is never matched
// to a newer request). Both ends share the names below.
namespace agentlink {
inline constexpr std::string_view ZapDomain = "examroom.agent-link";
// console → agent
inline constexpr std::string_view Handoff = "handoff"; // J {document: envelope JSON}
inline constexpr std::string_view Plans = "plans";     // E
// J {kind: "kiosk-list" | "staff-list", keys: [{key_id, role, sign_public}]}: the agent signs
// the list with the site key (only it holds that key) and queues it; answered like a handoff.
inline constexpr std::string_view EnrolKeys = "enrol-keys";
// agent → console
inline constexpr std::string_view Stored = "stored";      // J {kind, id, content_hash, status}
inline constexpr std::string_view Refused = "refused";    // J {reason}: kept by the console
inline constexpr std::string_view PlanList = "plan-list"; // J {plans: [{plan_id, version,
                                                          //   content_hash, package}]}
inline constexpr std::string_view Error = "error";        // J {reason}
} // namespace agentlink

// What one hand-off pass did.
struct HandoffReport
{
    int handedOff = 0;                 // the agent confirmed them stored; marked taken
    int refused = 0;                   // the agent refused them (reasons below); still waiting
    int waiting = 0;                   // still waiting afterwards (refused + not reached)
    bool agentReached = true;          // false when the agent did not answer in time
    std::vector<std::string> problems; // "<kind> <id>: <reason>" and link faults
};

// A key the site vouches for (schema/keylist/README.md): a kiosk (role "kiosk", id = kiosk
// id) or a person (role administrator/proctor/grader, id = account name).
struct VouchedKey
{
    std::string keyId;
    std::string role;
    crypto::SigningPublicKey key{};
};

struct AccountInfo;
// The staff list of the console's accounts (name, role, person key) for vouchFor.
std::vector<VouchedKey> staffKeys(const std::vector<AccountInfo>& accounts);

// A plan package the agent received from the centre, as the agent holds it.
struct AgentPlan
{
    std::string planId;
    int version = 0;
    std::string contentHash;
    std::string package; // the centre-signed package envelope (SignedDocument JSON)
};

// The console's end of the link. Not thread-safe; blocking calls bounded by `timeout`.
class AgentLink
{
public:
    // `consoleKey`: the console's CURVE key pair (the agent lists its public key);
    // `agentKey`: the agent's CURVE public key, pinned.
    AgentLink(crypto::CurveKeyPair consoleKey, std::string endpoint,
              const crypto::CurvePublicKey& agentKey,
              std::chrono::milliseconds timeout = std::chrono::seconds(5));
    ~AgentLink();
    AgentLink(const AgentLink&) = delete;
    AgentLink& operator=(const AgentLink&) = delete;

    // Hands every document waiting in `outbox` to the agent, oldest first, one request each,
    // and marks a document taken only once the agent has answered that it holds exactly that
    // document (its content hash) durably. Stops at the first unanswered request: the rest
    // stay waiting for the next pass. A crash at any point leaves each document either waiting
    // (sent again later; the agent answers "stored" again without a second copy) or taken.
    // Throws StoreError on a site.db fault.
    HandoffReport handOff(Outbox& outbox, std::chrono::sys_seconds now);

    // Asks the agent to sign a key list of `kind` ("kiosk-list" or "staff-list") naming `keys`
    // with the site key and queue it for the centre. The same keys again are the same list
    // (same id and bytes): queued once. True once the agent confirms it is queued (or was);
    // false with the reason in `error`.
    [[nodiscard]] bool vouchFor(std::string_view kind, const std::vector<VouchedKey>& keys,
                                std::string* error = nullptr);

    // The plan packages the agent holds, oldest first; nullopt with the reason in `error` when
    // the agent does not answer or answers something else. The console verifies each package
    // (centre signature) before it uses it.
    [[nodiscard]] std::optional<std::vector<AgentPlan>> plans(std::string* error = nullptr);

    // Whether the agent answered the last request (whatever it answered): tells a refusal from
    // an agent that is down after vouchFor() or plans() returned false.
    bool lastAnswered() const { return m_lastAnswered; }

private:
    std::optional<net::Message> request(const net::Message& message, std::string* error);
    void reconnect();

    crypto::CurveKeyPair m_key;
    std::string m_endpoint;
    crypto::CurvePublicKey m_agentKey;
    std::chrono::milliseconds m_timeout;
    zmq::context_t m_context;
    std::unique_ptr<zmq::socket_t> m_socket;
    std::uint64_t m_nextId = 0;
    bool m_lastAnswered = false;
    std::string m_prefix; // random per socket: replies to an abandoned socket never match
};

} // namespace examroom::site
