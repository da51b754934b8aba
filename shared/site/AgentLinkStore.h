#pragma once

#include "crypto/CurveKeyPair.h"
#include "net/KeyText.h"
#include "site/Outcome.h"

#include <optional>
#include <string>
#include <string_view>

namespace examroom::site {

class PersonSession;
class SiteStore;

// What the console needs to reach the site agent (site/AgentLink.h).
struct AgentLinkSettings
{
    std::string endpoint;                 // e.g. "tcp://127.0.0.1:5557"; "" until set
    std::optional<net::PublicKeys> agent; // the agent's `keys:` line, pinned
    bool configured() const { return !endpoint.empty() && agent.has_value(); }
};

// The console's settings for the agent link, in site.db (migration 006): its own CURVE key
// pair for the link and what an administrator set. The console's key is not the room link's
// (room.key): the agent admits consoles, the kiosks pin the console, and either can be
// replaced without the other.
class AgentLinkStore
{
public:
    explicit AgentLinkStore(SiteStore& store) : m_store(store) {}

    // The console's CURVE key pair for the link, made on the first call and kept in site.db
    // (SQLCipher) from then on. Throws StoreError.
    crypto::CurveKeyPair consoleKey();

    // The agent's address and pinned keys as last set. Throws StoreError.
    AgentLinkSettings settings();

    // Sets the agent's address (tcp://HOST:PORT or ipc://PATH) and its keys (the `keys:` line of
    // `examroom-agent keys show`). Administrators only; audited with the agent's fingerprint.
    // InvalidInput names what is wrong and changes nothing. Throws StoreError.
    Outcome configure(PersonSession& person, std::string_view endpoint, std::string_view agentKeys);

private:
    SiteStore& m_store;
};

// Why `endpoint` is not an address the link can connect to ("" when it is).
std::string endpointProblem(std::string_view endpoint);

} // namespace examroom::site
