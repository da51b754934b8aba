#include "net/CurveSetup.h"

namespace examroom::net {
namespace {

void applyLink(zmq::socket_t& socket, const LinkOptions& link)
{
    socket.set(zmq::sockopt::linger, link.lingerMs);
    socket.set(zmq::sockopt::heartbeat_ivl, link.heartbeatIntervalMs);
    socket.set(zmq::sockopt::heartbeat_timeout, link.heartbeatTimeoutMs);
    socket.set(zmq::sockopt::heartbeat_ttl, link.heartbeatTimeoutMs);
}

} // namespace

void makeCurveServer(zmq::socket_t& socket, const crypto::CurveKeyPair& serverKey,
                     const std::string& zapDomain, const LinkOptions& link)
{
    applyLink(socket, link);
    socket.set(zmq::sockopt::curve_server, 1);
    // Binary keys (32 bytes) so the secret never exists as a std::string.
    if (zmq_setsockopt(socket.handle(), ZMQ_CURVE_SECRETKEY, serverKey.secretKey().data(),
                       serverKey.secretKey().size()) != 0)
        throw zmq::error_t();
    // libzmq lets every handshake through when no ZAP handler is bound (ZMQ_ZAP_ENFORCE_DOMAIN
    // is a draft option Debian's build lacks), so a ZapAuthenticator must exist on the
    // socket's context before bind(): its constructor binds the handler endpoint.
    socket.set(zmq::sockopt::zap_domain, zapDomain);
}

void makeCurveClient(zmq::socket_t& socket, const crypto::CurveKeyPair& clientKey,
                     const crypto::CurvePublicKey& serverPublicKey, const LinkOptions& link)
{
    applyLink(socket, link);
    if (zmq_setsockopt(socket.handle(), ZMQ_CURVE_SERVERKEY, serverPublicKey.data(),
                       serverPublicKey.size()) != 0 ||
        zmq_setsockopt(socket.handle(), ZMQ_CURVE_PUBLICKEY, clientKey.publicKey().data(),
                       clientKey.publicKey().size()) != 0 ||
        zmq_setsockopt(socket.handle(), ZMQ_CURVE_SECRETKEY, clientKey.secretKey().data(),
                       clientKey.secretKey().size()) != 0)
        throw zmq::error_t();
}

std::string lastEndpoint(zmq::socket_t& socket)
{
    return socket.get(zmq::sockopt::last_endpoint);
}

} // namespace examroom::net
