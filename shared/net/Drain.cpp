#include "net/Drain.h"

#include <iterator>
#include <zmq_addon.hpp>

namespace examroom::net {

bool isReadable(zmq::socket_t& socket)
{
    return (socket.get(zmq::sockopt::events) & ZMQ_POLLIN) != 0;
}

std::size_t drainReadable(zmq::socket_t& socket, const MultipartHandler& handler)
{
    std::size_t handled = 0;
    while (isReadable(socket)) {
        std::vector<zmq::message_t> parts;
        if (!zmq::recv_multipart(socket, std::back_inserter(parts), zmq::recv_flags::dontwait))
            break;
        ++handled;
        handler(std::move(parts));
    }
    return handled;
}

} // namespace examroom::net
