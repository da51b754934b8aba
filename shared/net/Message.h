#pragma once

#include "crypto/Bytes.h"

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>
#include <zmq.hpp>

namespace examroom::net {

// What a message body holds; the wire says which, so a receiver never guesses.
enum class BodyKind : std::uint8_t { Empty, Json, Binary };

// One application message of the project's ZeroMQ protocols (docs/protocol-centre.md):
//   frame 0  protocol tag "examroom.wire.v1"
//   frame 1  message type, 1..32 characters of [a-z0-9.-]       e.g. "upload", "receipt"
//   frame 2  request id, 1..64 characters of [A-Za-z0-9._:-]    a reply repeats its request's
//   frame 3  body kind, one byte: 'E' empty, 'J' JSON object, 'B' binary
//   frame 4  body, at most kMaxBodyBytes: nothing, UTF-8 JSON object text, or raw bytes
// A ROUTER socket's routing frames come before frame 0 and are not part of the message.
struct Message
{
    std::string type;
    std::string requestId;
    BodyKind kind = BodyKind::Empty;
    nlohmann::json json;       // the object when kind == Json
    crypto::ByteVector binary; // the bytes when kind == Binary

    static Message empty(std::string type, std::string requestId);
    static Message withJson(std::string type, std::string requestId, nlohmann::json object);
    static Message withBinary(std::string type, std::string requestId, crypto::ByteVector bytes);
};

inline constexpr std::string_view kWireTag = "examroom.wire.v1";
inline constexpr std::size_t kFrameCount = 5;
inline constexpr std::size_t kMaxBodyBytes = 64u << 20;
// JSON nesting deeper than this is refused before parsing (the parser recurses).
inline constexpr int kMaxJsonDepth = 64;

// The five frames of `message`. Throws std::invalid_argument if the type or request id breaks
// the rules above, or the JSON body is not an object (a programming error on the sender).
std::vector<zmq::message_t> encodeFrames(const Message& message);

// Strict decoding of exactly five frames; anything else is nullopt with the reason in `error`
// (which names the frame, never echoes body content). Never throws on any input.
[[nodiscard]] std::optional<Message> decodeFrames(std::span<const crypto::ByteSpan> frames,
                                                  std::string* error = nullptr);
[[nodiscard]] std::optional<Message> decodeFrames(std::span<const zmq::message_t> frames,
                                                  std::string* error = nullptr);

// True when `text` is a valid message type / request id (see above).
[[nodiscard]] bool isValidType(std::string_view text);
[[nodiscard]] bool isValidRequestId(std::string_view text);

// Sends `message` as one multipart message, after `envelope` (a ROUTER's routing frames).
// Returns false if the socket would block (nothing sent); throws zmq::error_t on errors such
// as EHOSTUNREACH from a ROUTER_MANDATORY socket whose peer has gone (nothing sent).
[[nodiscard]] bool sendMessage(zmq::socket_t& socket, const Message& message,
                               std::span<const zmq::message_t> envelope = {},
                               zmq::send_flags flags = zmq::send_flags::dontwait);

} // namespace examroom::net
