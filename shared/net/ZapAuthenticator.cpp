#include "net/ZapAuthenticator.h"

#include <algorithm>
#include <array>
#include <vector>
#include <zmq_addon.hpp>

namespace examroom::net {
namespace {

std::string stopEndpoint(const void* self)
{
    // Unique per authenticator so that several contexts in one process never collide.
    return "inproc://examroom.zap.stop." + std::to_string(reinterpret_cast<std::uintptr_t>(self));
}

} // namespace

ZapAuthenticator::ZapAuthenticator(zmq::context_t& context, std::string domain, Observer observer)
    : m_domain(std::move(domain)), m_observer(std::move(observer)),
      m_handler(context, zmq::socket_type::rep), m_stopSender(context, zmq::socket_type::pair),
      m_stopReceiver(context, zmq::socket_type::pair)
{
    m_handler.set(zmq::sockopt::linger, 0);
    m_stopSender.set(zmq::sockopt::linger, 0);
    m_stopReceiver.set(zmq::sockopt::linger, 0);
    // Bound here, before the constructor returns, so that no CURVE server of this context can
    // accept a handshake unauthenticated.
    m_handler.bind("inproc://zeromq.zap.01");
    m_stopReceiver.bind(stopEndpoint(this));
    m_stopSender.connect(stopEndpoint(this));
    // The sockets move to the thread here; starting a thread is a full memory barrier, which
    // is what libzmq asks for when a socket changes threads.
    m_thread = std::thread([this] { run(); });
}

ZapAuthenticator::~ZapAuthenticator()
{
    try {
        m_stopSender.send(zmq::str_buffer("stop"), zmq::send_flags::none);
    } catch (const zmq::error_t&) {
        // The context is being terminated; the thread then leaves on ETERM by itself.
    }
    if (m_thread.joinable())
        m_thread.join();
}

void ZapAuthenticator::allow(const crypto::CurvePublicKey& clientKey, std::string label)
{
    std::lock_guard lock(m_mutex);
    m_allowed[clientKey] = std::move(label);
}

bool ZapAuthenticator::revoke(const crypto::CurvePublicKey& clientKey)
{
    std::lock_guard lock(m_mutex);
    return m_allowed.erase(clientKey) > 0;
}

void ZapAuthenticator::setAllowed(std::map<crypto::CurvePublicKey, std::string> allowed)
{
    std::lock_guard lock(m_mutex);
    m_allowed = std::move(allowed);
}

std::optional<std::string> ZapAuthenticator::labelOf(const crypto::CurvePublicKey& clientKey) const
{
    std::lock_guard lock(m_mutex);
    auto found = m_allowed.find(clientKey);
    if (found == m_allowed.end())
        return std::nullopt;
    return found->second;
}

void ZapAuthenticator::run()
{
    std::array<zmq::pollitem_t, 2> items = {
        zmq::pollitem_t{m_handler.handle(), 0, ZMQ_POLLIN, 0},
        zmq::pollitem_t{m_stopReceiver.handle(), 0, ZMQ_POLLIN, 0}};
    try {
        for (;;) {
            zmq::poll(items.data(), items.size(), std::chrono::milliseconds(-1));
            if (items[1].revents & ZMQ_POLLIN)
                break;
            if (items[0].revents & ZMQ_POLLIN)
                answer(m_handler);
        }
    } catch (const zmq::error_t&) {
        // ETERM: the context is shutting down; nothing more to authenticate.
    }
    m_handler.close();
    m_stopReceiver.close();
}

void ZapAuthenticator::answer(zmq::socket_t& handler)
{
    std::vector<zmq::message_t> request;
    if (!zmq::recv_multipart(handler, std::back_inserter(request), zmq::recv_flags::dontwait))
        return;
    // RFC 27: version, request id, domain, address, identity, mechanism, credentials...
    auto frame = [&](std::size_t i) {
        return i < request.size() ? request[i].to_string() : std::string();
    };
    std::string status = "400", statusText = "refused", userId;
    std::optional<std::string> label;
    crypto::CurvePublicKey clientKey{};
    const bool wellFormed = request.size() >= 7 && frame(0) == "1.0";
    if (wellFormed && frame(2) == m_domain && frame(5) == "CURVE" && request[6].size() == 32) {
        std::copy_n(request[6].data<std::uint8_t>(), 32, clientKey.begin());
        label = labelOf(clientKey);
        if (label) {
            status = "200";
            statusText = "OK";
            userId = *label;
        }
    }
    if (label)
        ++m_accepted;
    else
        ++m_refused;
    if (m_observer && wellFormed)
        m_observer(clientKey, label);
    std::array<zmq::message_t, 6> reply = {
        zmq::message_t(std::string("1.0")), zmq::message_t(frame(1)), zmq::message_t(status),
        zmq::message_t(statusText),         zmq::message_t(userId),   zmq::message_t()};
    zmq::send_multipart(handler, reply);
}

} // namespace examroom::net
