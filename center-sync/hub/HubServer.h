#pragma once

#include "hub/HubStore.h"
#include "net/Message.h"

#include <string>

namespace examroom::centersync {

// `hub serve`: a CURVE ROUTER on the configured address, clients admitted by the ZAP
// allow-list of enrolled sites (re-read from centre.db every 2 s, so `hub enrol-site` takes
// effect without a restart), each request answered in the order it came; an upload's answer
// waits until the next request (whose checks then run while it is stored) or the end of the
// socket's drain. Runs on one Boost.Asio io_context: the socket through ZmqWatcher,
// SIGINT/SIGTERM through a signal_set.
class HubServer
{
public:
    HubServer(HubStore& store, std::string listen);

    // Binds, logs "listening on <endpoint>", serves until SIGINT/SIGTERM, returns 0. A fault
    // while handling one request is logged and answered with an error; serving goes on.
    // Throws zmq::error_t if the address cannot be bound.
    int run();

    // The reply to one request from `siteId` (also used by tests without sockets).
    net::Message handle(const std::string& siteId, const net::Message& request);

private:
    HubStore& m_store;
    std::string m_listen;
};

} // namespace examroom::centersync
