#pragma once

#include "crypto/CurveKeyPair.h"

#include <string>
#include <zmq.hpp>

namespace examroom::net {

// Link-liveness settings applied to every CURVE socket: ZMTP heartbeats make a silently dead
// peer visible within seconds, and linger 0 lets a stopping process exit at once (the
// protocols above are idempotent, so an unsent message is simply sent again later).
struct LinkOptions
{
    int heartbeatIntervalMs = 1000;
    int heartbeatTimeoutMs = 4000;
    int lingerMs = 0;
};

// Makes `socket` a CURVE server with `serverKey`; every handshake is sent to the ZAP handler
// of `zapDomain` (see ZapAuthenticator). Call before bind(). Throws zmq::error_t on failure;
// the socket may then be half configured and should be closed.
void makeCurveServer(zmq::socket_t& socket, const crypto::CurveKeyPair& serverKey,
                     const std::string& zapDomain, const LinkOptions& link = {});

// Makes `socket` a CURVE client that talks only to a server holding `serverPublicKey`.
// Call before connect(). Throws zmq::error_t on failure (socket possibly half configured).
void makeCurveClient(zmq::socket_t& socket, const crypto::CurveKeyPair& clientKey,
                     const crypto::CurvePublicKey& serverPublicKey, const LinkOptions& link = {});

// The endpoint a socket bound last, e.g. "tcp://127.0.0.1:41234" after binding port 0.
std::string lastEndpoint(zmq::socket_t& socket);

} // namespace examroom::net
