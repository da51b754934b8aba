#include "net/Message.h"

#include <algorithm>
#include <stdexcept>
#include <zmq_addon.hpp>

namespace examroom::net {
namespace {

bool allOf(std::string_view text, std::size_t maxLength, std::string_view extra, bool upper)
{
    if (text.empty() || text.size() > maxLength)
        return false;
    return std::all_of(text.begin(), text.end(), [&](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
               (upper && c >= 'A' && c <= 'Z') || extra.find(c) != std::string_view::npos;
    });
}

std::string_view asText(crypto::ByteSpan bytes)
{
    return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

// Nesting depth of JSON text, counting brackets outside strings; the parser recurses per
// level, so deep input is refused before it can exhaust the stack.
bool depthWithin(std::string_view text, int limit)
{
    int depth = 0;
    bool inString = false, escaped = false;
    for (char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit)
                return false;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return true;
}

std::optional<Message> fail(std::string* error, std::string reason)
{
    if (error)
        *error = std::move(reason);
    return std::nullopt;
}

} // namespace

Message Message::empty(std::string type, std::string requestId)
{
    return Message{std::move(type), std::move(requestId), BodyKind::Empty, {}, {}};
}

Message Message::withJson(std::string type, std::string requestId, nlohmann::json object)
{
    return Message{std::move(type), std::move(requestId), BodyKind::Json, std::move(object), {}};
}

Message Message::withBinary(std::string type, std::string requestId, crypto::ByteVector bytes)
{
    return Message{std::move(type), std::move(requestId), BodyKind::Binary, {}, std::move(bytes)};
}

bool isValidType(std::string_view text)
{
    return allOf(text, 32, ".-", false);
}

bool isValidRequestId(std::string_view text)
{
    return allOf(text, 64, "._:-", true);
}

std::vector<zmq::message_t> encodeFrames(const Message& message)
{
    if (!isValidType(message.type))
        throw std::invalid_argument("message type is not 1..32 of [a-z0-9.-]");
    if (!isValidRequestId(message.requestId))
        throw std::invalid_argument("request id is not 1..64 of [A-Za-z0-9._:-]");
    std::vector<zmq::message_t> frames;
    frames.reserve(kFrameCount);
    frames.emplace_back(kWireTag.data(), kWireTag.size());
    frames.emplace_back(message.type.data(), message.type.size());
    frames.emplace_back(message.requestId.data(), message.requestId.size());
    switch (message.kind) {
    case BodyKind::Empty:
        frames.emplace_back("E", 1);
        frames.emplace_back();
        break;
    case BodyKind::Json: {
        if (!message.json.is_object())
            throw std::invalid_argument("a JSON body must be an object");
        std::string text = message.json.dump();
        if (text.size() > kMaxBodyBytes)
            throw std::invalid_argument("message body is larger than kMaxBodyBytes");
        frames.emplace_back("J", 1);
        frames.emplace_back(text.data(), text.size());
        break;
    }
    case BodyKind::Binary:
        if (message.binary.size() > kMaxBodyBytes)
            throw std::invalid_argument("message body is larger than kMaxBodyBytes");
        frames.emplace_back("B", 1);
        frames.emplace_back(message.binary.data(), message.binary.size());
        break;
    }
    return frames;
}

std::optional<Message> decodeFrames(std::span<const crypto::ByteSpan> frames, std::string* error)
{
    if (frames.size() != kFrameCount)
        return fail(error, "expected " + std::to_string(kFrameCount) + " frames, got " +
                               std::to_string(frames.size()));
    if (asText(frames[0]) != kWireTag)
        return fail(error, "frame 0: not the protocol tag examroom.wire.v1");
    Message message;
    message.type = std::string(asText(frames[1]));
    if (!isValidType(message.type))
        return fail(error, "frame 1: message type is not 1..32 of [a-z0-9.-]");
    message.requestId = std::string(asText(frames[2]));
    if (!isValidRequestId(message.requestId))
        return fail(error, "frame 2: request id is not 1..64 of [A-Za-z0-9._:-]");
    const auto kindText = asText(frames[3]);
    const auto body = frames[4];
    if (body.size() > kMaxBodyBytes)
        return fail(error, "frame 4: body larger than " + std::to_string(kMaxBodyBytes) + " bytes");
    if (kindText == "E") {
        if (!body.empty())
            return fail(error, "frame 4: an empty-kind message has a body");
        message.kind = BodyKind::Empty;
    } else if (kindText == "J") {
        const auto text = asText(body);
        if (!depthWithin(text, kMaxJsonDepth))
            return fail(error, "frame 4: JSON nested deeper than " + std::to_string(kMaxJsonDepth));
        auto parsed = nlohmann::json::parse(text, nullptr, false);
        if (parsed.is_discarded())
            return fail(error, "frame 4: body is not valid JSON");
        if (!parsed.is_object())
            return fail(error, "frame 4: JSON body is not an object");
        message.kind = BodyKind::Json;
        message.json = std::move(parsed);
    } else if (kindText == "B") {
        message.kind = BodyKind::Binary;
        message.binary.assign(body.begin(), body.end());
    } else {
        return fail(error, "frame 3: body kind is not E, J or B");
    }
    return message;
}

std::optional<Message> decodeFrames(std::span<const zmq::message_t> frames, std::string* error)
{
    std::vector<crypto::ByteSpan> views;
    views.reserve(frames.size());
    for (const auto& frame : frames)
        views.emplace_back(frame.data<std::uint8_t>(), frame.size());
    return decodeFrames(std::span<const crypto::ByteSpan>(views), error);
}

bool sendMessage(zmq::socket_t& socket, const Message& message,
                 std::span<const zmq::message_t> envelope, zmq::send_flags flags)
{
    auto frames = encodeFrames(message);
    std::vector<zmq::message_t> all;
    all.reserve(envelope.size() + frames.size());
    for (const auto& part : envelope) {
        all.emplace_back();
        all.back().copy(const_cast<zmq::message_t&>(part));
    }
    for (auto& frame : frames)
        all.push_back(std::move(frame));
    // The first part decides: once it is queued, libzmq queues the rest atomically.
    return zmq::send_multipart(socket, all, flags).has_value();
}

} // namespace examroom::net
