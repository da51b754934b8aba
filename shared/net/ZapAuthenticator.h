#pragma once

#include "crypto/CurveKeyPair.h"

#include <atomic>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <zmq.hpp>

namespace examroom::net {

// The ZAP handler (RFC 27) of one ZeroMQ context: a thread answering libzmq's handshake
// questions on inproc://zeromq.zap.01. A CURVE client is let in only when its public key is on
// the allow-list; the label stored with the key becomes the connection's User-Id, which every
// received message carries (zmq::message_t::gets("User-Id")), so a server knows who sent what
// without trusting anything inside the message. Anything else (another mechanism, another
// domain, an unlisted key) is refused before a single application message is delivered.
//
// One per context, created before any CURVE server socket of that context binds: libzmq
// admits every client when no handler is bound. The allow-list may change at any time from
// any thread; a change applies to the next handshake (connections already made stay).
class ZapAuthenticator
{
public:
    // Called on the handler thread for each decision, e.g. to log refused keys; must not block.
    using Observer = std::function<void(const crypto::CurvePublicKey& clientKey,
                                        const std::optional<std::string>& label)>;

    // Binds the handler on `context` for ZAP domain `domain` and starts the thread. Throws
    // zmq::error_t (e.g. EADDRINUSE when the context already has a handler); nothing is left
    // running then.
    ZapAuthenticator(zmq::context_t& context, std::string domain, Observer observer = {});
    // Stops the thread and unbinds; handshakes after this are no longer authenticated.
    ~ZapAuthenticator();
    ZapAuthenticator(const ZapAuthenticator&) = delete;
    ZapAuthenticator& operator=(const ZapAuthenticator&) = delete;

    // Lets `clientKey` in, its connections labelled `label` (replaces an earlier label).
    void allow(const crypto::CurvePublicKey& clientKey, std::string label);
    // Takes `clientKey` off the list; false if it was not on it.
    bool revoke(const crypto::CurvePublicKey& clientKey);
    // Replaces the whole list at once.
    void setAllowed(std::map<crypto::CurvePublicKey, std::string> allowed);
    // The label of `clientKey` if it is listed.
    std::optional<std::string> labelOf(const crypto::CurvePublicKey& clientKey) const;

    // Handshakes accepted and refused so far (for tests and status lines).
    std::uint64_t acceptedCount() const { return m_accepted.load(); }
    std::uint64_t refusedCount() const { return m_refused.load(); }

private:
    void run();
    void answer(zmq::socket_t& handler);

    std::string m_domain;
    Observer m_observer;
    mutable std::mutex m_mutex;
    std::map<crypto::CurvePublicKey, std::string> m_allowed;
    std::atomic<std::uint64_t> m_accepted{0};
    std::atomic<std::uint64_t> m_refused{0};
    zmq::socket_t m_handler;
    zmq::socket_t m_stopSender;
    zmq::socket_t m_stopReceiver;
    std::thread m_thread;
};

} // namespace examroom::net
