// libFuzzer target: an upload as the hub receives it (protocol/UploadBatch.h) and every item in
// it, read as the hub reads them before any signature is checked: the batch parser, the
// binary document reader, the score sheet reader and the paper records' readers must never
// crash or throw, every refusal must say why, and whatever they accept must survive their own
// writers unchanged.
#include "documents/ScoreSheet.h"
#include "FuzzSupport.h"
#include "paper/PaperRecords.h"
#include "protocol/UploadBatch.h"

using namespace examroom;

namespace {

// The paper fallback's records (a paper-entry, a paper-resolution) read from an envelope: a
// refusal says why; what is accepted is exactly the signed body and id.
template <typename Record> void checkRecord(const SignedDocument& document)
{
    std::string why;
    auto record = Record::fromDocument(document, &why);
    if (!record) {
        FUZZ_CHECK(!why.empty());
        return;
    }
    FUZZ_CHECK(document.kind == Record::kind);
    FUZZ_CHECK(record->toJson() == document.body);
    FUZZ_CHECK(record->documentId() == document.id);
}

void checkPaperRecord(const SignedDocument& document)
{
    checkRecord<paper::PaperEntry>(document);
    checkRecord<paper::PaperResolution>(document);
}

void checkDocument(std::string_view bytes)
{
    std::string why;
    auto document = SignedDocument::fromBinary(bytes, &why);
    if (!document) {
        FUZZ_CHECK(!why.empty());
        return;
    }
    // Exactly one encoding per document: written again, the same bytes.
    const auto written = document->toBinary();
    FUZZ_CHECK(written == bytes);
    auto again = SignedDocument::fromBinary(written);
    FUZZ_CHECK(again);
    FUZZ_CHECK(again->kind == document->kind && again->id == document->id);
    FUZZ_CHECK(again->body == document->body);
    FUZZ_CHECK(again->signer == document->signer && again->signature == document->signature);
    FUZZ_CHECK(again->contentHash() == document->contentHash());
    FUZZ_CHECK(receiptCode(*document).size() == 9);

    checkPaperRecord(*document);
    std::string error;
    auto sheet = ScoreSheet::fromBody(document->body, &error);
    if (!sheet) {
        FUZZ_CHECK(!error.empty());
        return;
    }
    // Whichever form it came in, the sheet survives both writers unchanged (a v2 body's texts
    // are UTF-8 as checked, so the v1 JSON writer never throws on them).
    for (auto form : {SheetForm::JsonV1, SheetForm::CborV2}) {
        const auto canonical = sheet->toBody(form);
        auto reread = ScoreSheet::fromBody(canonical, &error);
        FUZZ_CHECK(reread);
        FUZZ_CHECK(reread->toBody(form) == canonical);
        FUZZ_CHECK(reread->toBody(SheetForm::JsonV1) == sheet->toBody(SheetForm::JsonV1));
    }
    // A paper sheet's records, as the hub reads them inside it (paper::verifyPaperSheet).
    for (const auto& record : sheet->paperRecords)
        if (auto inner = SignedDocument::fromJson(record))
            checkPaperRecord(*inner);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto text = fuzz::asText(data, size);
    std::string error;
    auto upload = centersync::parseUpload(text, &error);
    if (!upload) {
        FUZZ_CHECK(!error.empty());
        // The items of a refused upload are never read; the document reader still is, on the
        // whole input and after the magic line.
        checkDocument(text);
        if (text.size() > centersync::kUploadMagic.size() + 4)
            checkDocument(text.substr(centersync::kUploadMagic.size() + 4));
        return 0;
    }
    FUZZ_CHECK(upload->items.size() == upload->listedHashes.size());
    FUZZ_CHECK(upload->batch.kind == centersync::kUploadBatchKind);
    for (auto item : upload->items) {
        FUZZ_CHECK(item.data() >= text.data() && item.data() + item.size() <= text.data() + size);
        checkDocument(item);
    }
    return 0;
}
