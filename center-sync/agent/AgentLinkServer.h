#pragma once

#include "agent/AgentStore.h"
#include "net/Message.h"
#include "net/ZapAuthenticator.h"
#include "state/Asio.h"
#include "state/ZmqWatcher.h"

#include <memory>
#include <set>
#include <string>
#include <zmq.hpp>

namespace examroom::centersync {

// The agent's end of the console link (shared/site/AgentLink.h; docs/architecture.md): a
// CURVE ROUTER on the agent's loop that admits only the listed console keys. A `handoff`
// is answered `stored` only after the document is in the outbox (one synchronous=FULL
// transaction) or already was (queued or receipted), so the console may then mark it taken;
// `plans` lists the verified packages in the inbox.
class AgentLinkServer
{
public:
    // Binds `endpoint` on `context` (which must have no ZAP handler yet). Throws zmq::error_t
    // when it cannot bind; nothing is left listening then.
    AgentLinkServer(boost::asio::io_context& io, zmq::context_t& context, AgentStore& store,
                    const std::string& endpoint, const std::set<crypto::CurvePublicKey>& consoles);
    ~AgentLinkServer();

    // Answers one request (a test seam; the socket handler calls it).
    net::Message handle(const net::Message& request);
    // Stops answering; the socket closes with the server.
    void stop();
    std::string endpoint();

private:
    AgentStore& m_store;
    net::ZapAuthenticator m_zap;
    zmq::socket_t m_socket;
    std::shared_ptr<ZmqWatcher> m_watcher;
};

} // namespace examroom::centersync
