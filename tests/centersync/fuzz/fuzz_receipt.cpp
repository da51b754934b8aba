// libFuzzer target: a receipt as the agent receives it. openReceipt, the envelope reader and the
// receipt body reader (run by the agent only after the centre's signature checked out, here on
// any input) must never crash or throw and must say why they refuse; a receipt they accept,
// signed again with a fixed key, must open to the same entries.
#include "FuzzKeys.h"
#include "FuzzSupport.h"
#include "protocol/Receipt.h"

using namespace examroom;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const auto centre = fuzz::fixedSigningKey();
    const auto text = fuzz::asText(data, size);
    std::string error;
    if (!centersync::openReceipt(text, centre.publicKey(), &error))
        FUZZ_CHECK(!error.empty());

    auto document = SignedDocument::fromJson(text);
    if (!document)
        return 0;
    auto receipt = centersync::readReceipt(*document, &error);
    if (!receipt) {
        FUZZ_CHECK(!error.empty());
        return 0;
    }
    const auto signedAgain = centersync::signReceipt(*receipt, centre).toJson();
    auto reopened = centersync::openReceipt(signedAgain, centre.publicKey(), &error);
    FUZZ_CHECK(reopened);
    FUZZ_CHECK(reopened->siteId == receipt->siteId && reopened->batchId == receipt->batchId);
    FUZZ_CHECK(reopened->batchHash == receipt->batchHash);
    FUZZ_CHECK(reopened->entries.size() == receipt->entries.size());
    for (std::size_t i = 0; i < receipt->entries.size(); ++i) {
        const auto &a = receipt->entries[i], &b = reopened->entries[i];
        FUZZ_CHECK(a.index == b.index && a.status == b.status && a.contentHash == b.contentHash);
        FUZZ_CHECK(a.receivedAt == b.receivedAt && a.receiptCode == b.receiptCode);
        FUZZ_CHECK(a.reason == b.reason);
        FUZZ_CHECK(b.kind == a.kind && b.id == a.id);
    }
    return 0;
}
