// libFuzzer target: the sealed bank reader (package/SealedBank.h) on any plaintext, as if the
// data key had opened it. It must never crash; a refusal says why; what it accepts is a
// consistent index: every file a view inside the one buffer, in name order, not overlapping,
// the lengths adding up to the whole input, and the writer encoding the same files back to the
// same bytes (v2) or to a v2 part that opens to the same files (v1); for v3 the question table
// holds only questions the kiosk can use and encodes back to the same bytes.
#include "FuzzSupport.h"
#include "package/SealedBank.h"

#include <cstring>

using namespace examroom;

namespace {

// The ids of the seed corpus (SealedBankCorpus_test.cpp writes it with the real writer).
constexpr std::string_view kPlan = "2026-GD-SZ-LV-INIT-07";
constexpr std::string_view kSite = "SZ-01";

bool startsWith(const std::string& text, std::string_view prefix)
{
    return text.compare(0, prefix.size(), prefix) == 0;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    crypto::ByteVector input(data, data + size);
    crypto::ByteVector plain = input;
    // Moving a vector keeps its buffer: the bank's views must point into this one.
    const std::uint8_t* const base = plain.data();
    std::string error;
    auto bank = package::OpenedBank::fromPlaintext(std::move(plain), kPlan, kSite, &error);
    if (!bank) {
        FUZZ_CHECK(startsWith(error, "sealed bank: "));
        FUZZ_CHECK(error.size() > std::strlen("sealed bank: "));
        return 0;
    }
    FUZZ_CHECK(error.empty());
    const bool v1 = size > 0 && data[0] == '{';
    const bool v3 = size >= 16 && std::memcmp(data, package::kSealedBankMagicV3.data(), 16) == 0;
    FUZZ_CHECK(bank->formatVersion() == (v1 ? 1 : v3 ? 3 : 2));
    FUZZ_CHECK(bank->hasQuestionTable() == v3);
    if (v3) {
        // Every question is what the kiosk relies on, its texts views inside the one buffer,
        // and the writer encodes the same questions and files back to exactly the input.
        const QuestionBank questions = bank->questionBank();
        FUZZ_CHECK(questions.questions.size() == bank->questions().size());
        for (const auto& view : bank->questions()) {
            const auto* begin = reinterpret_cast<const std::uint8_t*>(view.stem.data());
            FUZZ_CHECK(begin >= base && begin + view.stem.size() <= base + size);
            FUZZ_CHECK(!view.id.empty() && !view.stem.empty());
            FUZZ_CHECK(view.optionCount >= 0 && view.optionCount <= ChoiceSet::maxChoices);
            const int choices = view.type == QuestionType::TrueFalse ? 2 : view.optionCount;
            FUZZ_CHECK(!view.key.empty() && (view.key.bits() >> choices) == 0);
            FUZZ_CHECK(view.image.empty() || bank->files().count(view.image) == 1);
        }
        const auto encoded =
            package::encodeSealedBankV3(kPlan, kSite, questions.questions, bank->copyFiles());
        FUZZ_CHECK(encoded == input);
        return 0;
    }

    const auto& files = bank->files();
    std::size_t total = package::kSealedBankMagic.size() + 4 + kPlan.size() + 4 + kSite.size() + 4;
    const char* previousEnd = nullptr;
    for (const auto& [name, content] : files) {
        FUZZ_CHECK(!name.empty() && name.size() <= 4096);
        total += 4 + name.size() + 8 + content.size();
        if (v1 || content.empty())
            continue;
        const auto* begin = reinterpret_cast<const std::uint8_t*>(content.data());
        FUZZ_CHECK(begin >= base && begin + content.size() <= base + size);
        // Files follow each other in name order (std::map order) and never overlap.
        FUZZ_CHECK(previousEnd == nullptr || content.data() >= previousEnd);
        previousEnd = content.data() + content.size();
    }
    const auto copies = bank->copyFiles();
    FUZZ_CHECK(copies.size() == files.size());
    const auto encoded = package::encodeSealedBank(kPlan, kSite, copies);
    FUZZ_CHECK(encoded.size() == total);
    if (v1) {
        auto again = package::OpenedBank::fromPlaintext(encoded, kPlan, kSite, &error);
        FUZZ_CHECK(again && again->formatVersion() == 2);
        FUZZ_CHECK(again->copyFiles() == copies);
    } else {
        // One encoding per set of files: the lengths add up to exactly the input.
        FUZZ_CHECK(total == size);
        FUZZ_CHECK(encoded == input);
    }
    // The same part under another plan is refused, and says so.
    error.clear();
    FUZZ_CHECK(!package::OpenedBank::fromPlaintext(input, "another-plan", kSite, &error));
    FUZZ_CHECK(startsWith(error, "sealed bank: sealed for plan "));
    return 0;
}
