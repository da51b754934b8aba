#pragma once

#include <cstddef>
#include <functional>
#include <vector>
#include <zmq.hpp>

namespace examroom::net {

using MultipartHandler = std::function<void(std::vector<zmq::message_t>&& parts)>;

// Reads, without blocking, every multipart message waiting on `socket`, handing each to
// `handler`, until ZMQ_EVENTS no longer reports ZMQ_POLLIN. Returns how many were handled.
//
// Why: ZMQ_FD (what an event loop watches) is edge-triggered — it signals a change of state,
// not "a message is waiting". A loop that reads one message per wake-up stalls with messages
// still queued. So after every wake-up call this, and call it again after any send made
// outside the handler (a send can consume the edge). The handler may send on `socket`.
// Exceptions from the handler propagate; messages not yet read stay queued.
std::size_t drainReadable(zmq::socket_t& socket, const MultipartHandler& handler);

// True when ZMQ_EVENTS reports a message waiting (also resets the fd's edge state).
[[nodiscard]] bool isReadable(zmq::socket_t& socket);

} // namespace examroom::net
