// libFuzzer target: the strict frame decoder must never crash, and whatever it accepts must
// encode back to frames it decodes to the same message.
#include "net/Message.h"

#include <cstdlib>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace examroom;
    // Input layout: repeated (2-byte little-endian length, that many bytes); the last frame
    // takes what is left when the input runs short.
    std::vector<crypto::ByteSpan> frames;
    std::size_t at = 0;
    while (at < size && frames.size() < 16) {
        std::size_t length = data[at];
        if (at + 1 < size)
            length |= std::size_t(data[at + 1]) << 8;
        at = std::min(size, at + 2);
        length = std::min(length, size - at);
        frames.emplace_back(data + at, length);
        at += length;
    }
    std::string error;
    auto message = net::decodeFrames(std::span<const crypto::ByteSpan>(frames), &error);
    if (!message) {
        if (error.empty())
            std::abort(); // every refusal must say why
        return 0;
    }
    auto again = net::encodeFrames(*message);
    auto reread = net::decodeFrames(std::span<const zmq::message_t>(again));
    if (!reread || reread->type != message->type || reread->requestId != message->requestId ||
        reread->kind != message->kind || reread->json != message->json ||
        reread->binary != message->binary)
        std::abort();
    return 0;
}
