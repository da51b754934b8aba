// readBank on arbitrary bytes, with images resolved in tests/data: every question returned is
// complete, unique and has a key its options can satisfy.

#include "FuzzSupport.h"
#include "import/CentreFiles.h"

#include <filesystem>
#include <set>

using namespace examroom;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string fileName = "bank.csv";
    const std::filesystem::path dataDir = EXAMROOM_TEST_DATA_DIR;
    Diagnostics diagnostics;
    auto bank = readBank(fuzz::asText(data, size), fileName, dataDir, diagnostics);
    fuzz::checkDiagnostics(diagnostics, fileName);
    if (!diagnostics.hasErrors())
        FUZZ_CHECK(!bank.questions.empty());

    std::set<std::string> ids;
    for (const auto& question : bank.questions) {
        FUZZ_CHECK(!question.id.empty());
        FUZZ_CHECK(ids.insert(question.id).second);
        FUZZ_CHECK(bank.find(question.id) == &question);
        FUZZ_CHECK(!question.stem.empty());
        FUZZ_CHECK(question.options.size() <= std::size_t(ChoiceSet::maxChoices));
        for (const auto& option : question.options)
            FUZZ_CHECK(!option.empty());
        FUZZ_CHECK(!question.difficulty ||
                   (*question.difficulty >= 1 && *question.difficulty <= 5));
        const int choices = question.choiceCount();
        // Every key letter names a choice the candidate sees.
        FUZZ_CHECK(question.key.bits() >> choices == 0);
        switch (question.type) {
        case QuestionType::TrueFalse:
            FUZZ_CHECK(question.options.empty());
            FUZZ_CHECK(question.key.size() == 1);
            break;
        case QuestionType::Single:
            FUZZ_CHECK(choices >= 2);
            FUZZ_CHECK(question.key.size() == 1);
            break;
        case QuestionType::Multiple:
            FUZZ_CHECK(choices >= 3);
            FUZZ_CHECK(question.key.size() >= 2);
            break;
        }
    }
    return 0;
}
