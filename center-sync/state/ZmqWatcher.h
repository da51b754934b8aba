#pragma once

#include "state/Asio.h"

#include <functional>
#include <memory>
#include <utility>
#include <vector>
#include <zmq.hpp>

namespace examroom::centersync {

// Watches a ZeroMQ socket from a Boost.Asio io_context (one thread): Asio waits on a dup() of
// ZMQ_FD (Asio closes what it owns; the original belongs to libzmq), and every wake-up drains
// the socket until ZMQ_EVENTS has no POLLIN (ZMQ_FD is edge-triggered). The kernel holds an
// edge until the next epoll_wait, which runs only after the drain has re-armed the wait, so no
// edge is lost between the two. After a send made outside the handler call poke().
class ZmqWatcher : public std::enable_shared_from_this<ZmqWatcher>
{
public:
    using Handler = std::function<void(std::vector<zmq::message_t>&&)>;

    // The socket must outlive the watcher or stop() must be called before it closes.
    static std::shared_ptr<ZmqWatcher> create(boost::asio::io_context& io, zmq::socket_t& socket,
                                              Handler handler);
    ~ZmqWatcher();

    // Drains what is waiting, then waits. Exceptions from the handler propagate out of run().
    void start();
    // Schedules a drain (after a send: the send may have consumed the edge).
    void poke();
    // Cancels the wait; the handler is not called again. Safe to call twice.
    void stop();

private:
    ZmqWatcher(boost::asio::io_context& io, zmq::socket_t& socket, Handler handler);
    void drainAndArm();

    boost::asio::io_context& m_io;
    zmq::socket_t& m_socket;
    Handler m_handler;
    boost::asio::posix::stream_descriptor m_descriptor;
    bool m_stopped = false;
    bool m_armed = false;
};

} // namespace examroom::centersync
