// libFuzzer target: an offline bundle as `hub import` reads it. Opening any input with the
// centre's (fixed) key must never crash and must refuse with a reason whatever was not sealed
// to it; any input sealed as a bundle must open to exactly its bytes, and the upload inside
// goes through the same parser as the network path.
#include "FuzzKeys.h"
#include "FuzzSupport.h"
#include "protocol/OutboxBundle.h"
#include "protocol/UploadBatch.h"

using namespace examroom;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const auto centre = fuzz::fixedCurveKey();
    const auto text = fuzz::asText(data, size);
    std::string error;
    if (auto opened = centersync::openBundle(text, centre, &error)) {
        if (!centersync::parseUpload(*opened, &error))
            FUZZ_CHECK(!error.empty());
    } else {
        FUZZ_CHECK(!error.empty());
    }

    auto sealed = centersync::sealBundle(text, centre.publicKey());
    auto reopened = centersync::openBundle(sealed, centre, &error);
    FUZZ_CHECK(reopened && *reopened == text);
    if (!centersync::parseUpload(*reopened, &error))
        FUZZ_CHECK(!error.empty());
    // Cut short or with one byte changed, the bundle is refused.
    if (!sealed.empty()) {
        FUZZ_CHECK(!centersync::openBundle(std::string_view(sealed).substr(0, sealed.size() - 1),
                                           centre, &error));
        auto flipped = sealed;
        flipped[size % flipped.size()] ^= 0x01;
        FUZZ_CHECK(!centersync::openBundle(flipped, centre, &error));
    }
    return 0;
}
