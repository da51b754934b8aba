#include "crypto/CurveKeyPair.h"
#include "net/CurveSetup.h"
#include "net/Drain.h"
#include "net/Message.h"
#include "net/ZapAuthenticator.h"

#include <doctest/doctest.h>
#include <functional>

using namespace examroom;
using namespace std::chrono_literals;

namespace {

// Polls `condition` until it holds or 10 s pass.
bool waitFor(const std::function<bool()>& condition)
{
    const auto deadline = std::chrono::steady_clock::now() + 10s;
    while (!condition()) {
        if (std::chrono::steady_clock::now() > deadline)
            return false;
        std::this_thread::sleep_for(5ms);
    }
    return true;
}

struct Server
{
    zmq::context_t context;
    crypto::CurveKeyPair key = crypto::CurveKeyPair::generate();
    net::ZapAuthenticator zap{context, "test"};
    zmq::socket_t socket{context, zmq::socket_type::router};
    std::string endpoint;

    Server()
    {
        net::makeCurveServer(socket, key, "test");
        socket.bind("tcp://127.0.0.1:0");
        endpoint = net::lastEndpoint(socket);
    }

    // The User-Id of every message received within `wait`.
    std::vector<std::string> receive(std::chrono::milliseconds wait)
    {
        std::vector<std::string> users;
        zmq::pollitem_t item{socket.handle(), 0, ZMQ_POLLIN, 0};
        zmq::poll(&item, 1, wait);
        net::drainReadable(socket, [&](std::vector<zmq::message_t>&& parts) {
            users.push_back(parts.back().gets("User-Id"));
        });
        return users;
    }
};

zmq::socket_t client(zmq::context_t& context, const crypto::CurveKeyPair& key, const Server& server)
{
    zmq::socket_t socket(context, zmq::socket_type::dealer);
    net::makeCurveClient(socket, key, server.key.publicKey());
    socket.connect(server.endpoint);
    return socket;
}

} // namespace

TEST_CASE("a listed client key gets in and its messages carry the label as User-Id")
{
    Server server;
    auto siteKey = crypto::CurveKeyPair::generate();
    server.zap.allow(siteKey.publicKey(), "site-001");
    zmq::context_t clientContext;
    auto socket = client(clientContext, siteKey, server);
    REQUIRE(net::sendMessage(socket, net::Message::empty("ping", "1"), {}, zmq::send_flags::none));
    std::vector<std::string> users;
    REQUIRE(waitFor([&] {
        auto got = server.receive(50ms);
        users.insert(users.end(), got.begin(), got.end());
        return !users.empty();
    }));
    CHECK(users == std::vector<std::string>{"site-001"});
    CHECK(server.zap.acceptedCount() == 1);
}

TEST_CASE("an unlisted client key is refused at the handshake and delivers nothing")
{
    Server server;
    auto listed = crypto::CurveKeyPair::generate();
    auto stranger = crypto::CurveKeyPair::generate();
    server.zap.allow(listed.publicKey(), "site-001");
    zmq::context_t clientContext;
    auto strangerSocket = client(clientContext, stranger, server);
    REQUIRE(net::sendMessage(strangerSocket, net::Message::empty("ping", "s"), {},
                             zmq::send_flags::none));
    REQUIRE(waitFor([&] { return server.zap.refusedCount() >= 1; }));

    // The listed client goes through afterwards; the stranger's message never arrives.
    auto listedSocket = client(clientContext, listed, server);
    REQUIRE(net::sendMessage(listedSocket, net::Message::empty("ping", "l"), {},
                             zmq::send_flags::none));
    std::vector<std::string> users;
    REQUIRE(waitFor([&] {
        auto got = server.receive(50ms);
        users.insert(users.end(), got.begin(), got.end());
        return !users.empty();
    }));
    auto more = server.receive(200ms);
    users.insert(users.end(), more.begin(), more.end());
    CHECK(users == std::vector<std::string>{"site-001"});
}

TEST_CASE("a client key allowed at run time gets in on its next handshake")
{
    Server server;
    auto late = crypto::CurveKeyPair::generate();
    zmq::context_t clientContext;
    {
        auto socket = client(clientContext, late, server);
        REQUIRE(
            net::sendMessage(socket, net::Message::empty("ping", "1"), {}, zmq::send_flags::none));
        REQUIRE(waitFor([&] { return server.zap.refusedCount() >= 1; }));
    }
    server.zap.allow(late.publicKey(), "site-late");
    auto socket = client(clientContext, late, server);
    REQUIRE(net::sendMessage(socket, net::Message::empty("ping", "2"), {}, zmq::send_flags::none));
    std::vector<std::string> users;
    REQUIRE(waitFor([&] {
        auto got = server.receive(50ms);
        users.insert(users.end(), got.begin(), got.end());
        return !users.empty();
    }));
    CHECK(users.front() == "site-late");
    CHECK(server.zap.revoke(late.publicKey()));
    CHECK_FALSE(server.zap.labelOf(late.publicKey()));
}

TEST_CASE("a client pinning the wrong server key never reaches the server")
{
    Server server;
    auto siteKey = crypto::CurveKeyPair::generate();
    server.zap.allow(siteKey.publicKey(), "site-001");
    auto impostor = crypto::CurveKeyPair::generate();
    zmq::context_t clientContext;
    zmq::socket_t socket(clientContext, zmq::socket_type::dealer);
    net::makeCurveClient(socket, siteKey, impostor.publicKey());
    socket.connect(server.endpoint);
    REQUIRE(net::sendMessage(socket, net::Message::empty("ping", "1"), {}, zmq::send_flags::none));
    CHECK(server.receive(300ms).empty());
    CHECK(server.zap.acceptedCount() == 0);
}
