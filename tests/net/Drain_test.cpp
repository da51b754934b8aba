#include "net/Drain.h"
#include "net/Message.h"

#include <doctest/doctest.h>
#include <poll.h>

using namespace examroom;

TEST_CASE("draining after one edge of ZMQ_FD reads every queued message")
{
    zmq::context_t context;
    zmq::socket_t pull(context, zmq::socket_type::pull);
    zmq::socket_t push(context, zmq::socket_type::push);
    pull.bind("inproc://drain-test");
    push.connect("inproc://drain-test");
    const int count = 1000;
    for (int i = 0; i < count; ++i)
        REQUIRE(net::sendMessage(push, net::Message::withJson("n", std::to_string(i), {{"i", i}}),
                                 {}, zmq::send_flags::none));

    // Wait the way an event loop does: on the file descriptor, which fires once per edge.
    const int fd = pull.get(zmq::sockopt::fd);
    int received = 0;
    int expected = 0;
    bool inOrder = true;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (received < count && std::chrono::steady_clock::now() < deadline) {
        pollfd item{fd, POLLIN, 0};
        ::poll(&item, 1, 100);
        net::drainReadable(pull, [&](std::vector<zmq::message_t>&& parts) {
            auto message = net::decodeFrames(std::span<const zmq::message_t>(parts));
            inOrder = inOrder && message && message->json.value("i", -1) == expected;
            ++expected;
            ++received;
        });
    }
    CHECK(received == count);
    CHECK(inOrder);
    CHECK_FALSE(net::isReadable(pull));
}

TEST_CASE("a drain handler may reply on the same socket")
{
    zmq::context_t context;
    zmq::socket_t server(context, zmq::socket_type::router);
    zmq::socket_t client(context, zmq::socket_type::dealer);
    server.bind("inproc://drain-reply");
    client.connect("inproc://drain-reply");
    for (int i = 0; i < 10; ++i)
        REQUIRE(net::sendMessage(client, net::Message::empty("ping", std::to_string(i)), {},
                                 zmq::send_flags::none));
    int replies = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (replies < 10 && std::chrono::steady_clock::now() < deadline) {
        zmq::pollitem_t items[] = {{server.handle(), 0, ZMQ_POLLIN, 0},
                                   {client.handle(), 0, ZMQ_POLLIN, 0}};
        zmq::poll(items, 2, std::chrono::milliseconds(100));
        net::drainReadable(server, [&](std::vector<zmq::message_t>&& parts) {
            REQUIRE(parts.size() == 1 + net::kFrameCount);
            auto request = net::decodeFrames(std::span<const zmq::message_t>(parts).subspan(1));
            REQUIRE(request);
            REQUIRE(net::sendMessage(server, net::Message::empty("pong", request->requestId),
                                     std::span<const zmq::message_t>(parts).first(1)));
        });
        replies +=
            static_cast<int>(net::drainReadable(client, [](std::vector<zmq::message_t>&&) {}));
    }
    CHECK(replies == 10);
}
