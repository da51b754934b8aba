#include "state/ZmqWatcher.h"

#include "net/Drain.h"

#include <system_error>
#include <unistd.h>

namespace examroom::centersync {
namespace {

int dupOf(zmq::socket_t& socket)
{
    int fd = ::dup(socket.get(zmq::sockopt::fd));
    if (fd < 0)
        throw std::system_error(errno, std::generic_category(), "dup(ZMQ_FD)");
    return fd;
}

} // namespace

std::shared_ptr<ZmqWatcher> ZmqWatcher::create(boost::asio::io_context& io, zmq::socket_t& socket,
                                               Handler handler)
{
    return std::shared_ptr<ZmqWatcher>(new ZmqWatcher(io, socket, std::move(handler)));
}

ZmqWatcher::ZmqWatcher(boost::asio::io_context& io, zmq::socket_t& socket, Handler handler)
    : m_io(io), m_socket(socket), m_handler(std::move(handler)), m_descriptor(io, dupOf(socket))
{
}

ZmqWatcher::~ZmqWatcher()
{
    boost::system::error_code ignored;
    m_descriptor.close(ignored);
}

void ZmqWatcher::start()
{
    drainAndArm();
}

void ZmqWatcher::poke()
{
    boost::asio::post(m_io, [weak = weak_from_this()] {
        if (auto self = weak.lock(); self && !self->m_stopped)
            net::drainReadable(self->m_socket, self->m_handler);
    });
}

void ZmqWatcher::stop()
{
    m_stopped = true;
    boost::system::error_code ignored;
    m_descriptor.cancel(ignored);
}

void ZmqWatcher::drainAndArm()
{
    if (m_stopped)
        return;
    net::drainReadable(m_socket, m_handler);
    if (m_stopped || m_armed)
        return;
    m_armed = true;
    m_descriptor.async_wait(boost::asio::posix::stream_descriptor::wait_read,
                            [weak = weak_from_this()](const boost::system::error_code& error) {
                                auto self = weak.lock();
                                if (!self)
                                    return;
                                self->m_armed = false;
                                if (!error)
                                    self->drainAndArm();
                            });
}

} // namespace examroom::centersync
