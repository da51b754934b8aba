#include "net/Message.h"

#include <doctest/doctest.h>

using namespace examroom;

namespace {

std::vector<crypto::ByteSpan> views(const std::vector<std::string>& frames)
{
    std::vector<crypto::ByteSpan> out;
    for (const auto& frame : frames)
        out.push_back(crypto::asBytes(frame));
    return out;
}

std::optional<net::Message> decode(const std::vector<std::string>& frames, std::string* error)
{
    auto v = views(frames);
    return net::decodeFrames(std::span<const crypto::ByteSpan>(v), error);
}

} // namespace

TEST_CASE("a json message survives encoding and decoding")
{
    auto message = net::Message::withJson("upload", "req-1", {{"items", {1, 2, 3}}, {"a", "中文"}});
    auto frames = net::encodeFrames(message);
    REQUIRE(frames.size() == net::kFrameCount);
    auto back = net::decodeFrames(std::span<const zmq::message_t>(frames));
    REQUIRE(back);
    CHECK(back->type == "upload");
    CHECK(back->requestId == "req-1");
    CHECK(back->kind == net::BodyKind::Json);
    CHECK(back->json == message.json);
}

TEST_CASE("binary and empty messages survive encoding and decoding")
{
    crypto::ByteVector bytes = {0, 1, 2, 255, 0};
    auto frames = net::encodeFrames(net::Message::withBinary("package", "7", bytes));
    auto back = net::decodeFrames(std::span<const zmq::message_t>(frames));
    REQUIRE(back);
    CHECK(back->kind == net::BodyKind::Binary);
    CHECK(back->binary == bytes);

    auto emptyFrames = net::encodeFrames(net::Message::empty("ping", "p:1"));
    auto empty = net::decodeFrames(std::span<const zmq::message_t>(emptyFrames));
    REQUIRE(empty);
    CHECK(empty->kind == net::BodyKind::Empty);
}

TEST_CASE("the decoder refuses malformed frames and says which")
{
    const std::string tag(net::kWireTag);
    std::string error;
    CHECK_FALSE(decode({tag, "ping", "1", "E"}, &error));
    CHECK(error.find("5 frames") != std::string::npos);
    CHECK_FALSE(decode({"examroom.wire.v0", "ping", "1", "E", ""}, &error));
    CHECK(error.find("frame 0") != std::string::npos);
    CHECK_FALSE(decode({tag, "Ping", "1", "E", ""}, &error));
    CHECK(error.find("frame 1") != std::string::npos);
    CHECK_FALSE(decode({tag, "ping", "", "E", ""}, &error));
    CHECK(error.find("frame 2") != std::string::npos);
    CHECK_FALSE(decode({tag, "ping", "id with space", "E", ""}, &error));
    CHECK_FALSE(decode({tag, "ping", std::string(65, 'a'), "E", ""}, &error));
    CHECK_FALSE(decode({tag, "ping", "1", "X", ""}, &error));
    CHECK(error.find("frame 3") != std::string::npos);
    CHECK_FALSE(decode({tag, "ping", "1", "E", "x"}, &error));
    CHECK_FALSE(decode({tag, "ping", "1", "J", "[1]"}, &error));
    CHECK(error.find("not an object") != std::string::npos);
    CHECK_FALSE(decode({tag, "ping", "1", "J", "{\"a\":"}, &error));
    CHECK_FALSE(decode({tag, "ping", "1", "J", "{\"a\":\"\xff\"}"}, &error));
    CHECK_FALSE(decode({tag, "ping", "1", "J", std::string(100000, '[')}, &error));
    CHECK(error.find("nested") != std::string::npos);
    CHECK(decode({tag, "ping", "1", "J", "{\"a\":\"[[[[\"}"}, &error));
}

TEST_CASE("encoding refuses an invalid type or request id")
{
    CHECK_THROWS_AS(net::encodeFrames(net::Message::empty("UPPER", "1")), std::invalid_argument);
    CHECK_THROWS_AS(net::encodeFrames(net::Message::empty("ping", "")), std::invalid_argument);
    CHECK_THROWS_AS(net::encodeFrames(net::Message::withJson("ping", "1", nlohmann::json::array())),
                    std::invalid_argument);
}
