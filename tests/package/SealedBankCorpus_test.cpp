// The seed corpus of fuzz_sealed_bank (tests/package/fuzz) is what the real writer writes: a
// small generated bank sealed by encodeSealedBankV3 (and by encodeSealedBank and as the v1 JSON
// of older packages, which sites still read). Run with
// EXAMROOM_WRITE_FUZZ_SEEDS=1 to write the seeds again after the format changed.
#include "import/CentreFiles.h"
#include "package/Base64.h"
#include "package/SealedBank.h"
#include "TestSupport.h"

#include <cstdlib>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace examroom;
namespace fs = std::filesystem;

namespace {

// The ids the fuzz target opens with.
const std::string kPlan = "2026-GD-SZ-LV-INIT-07";
const std::string kSite = "SZ-01";

// A few questions in the centre's CSV layout, one of each kind, the last with an image.
std::string generatedBank(int questions)
{
    std::string csv =
        "题号,题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,知识点,难度,图片,解析\n";
    for (int i = 1; i <= questions; ++i) {
        const std::string stem = "第" + std::to_string(i) + "题：作业前应当通风、检测（  ）。";
        std::string row = "GB" + std::to_string(1000 + i) + ",";
        if (i % 3 == 1)
            row += "判断," + stem + ",,,,,,," + (i % 2 ? "对" : "错");
        else if (i % 3 == 2)
            row += "单选," + stem + ",通风检测,佩戴防护,设置监护,办理审批,,,B";
        else
            row += "多选," + stem + ",通风检测,佩戴防护,设置监护,办理审批,口头通知,,ABC";
        row += ",K1," + std::to_string(1 + i % 5) + "," +
               (i == questions ? "images/sign.png" : "") + ",\n";
        csv += row;
    }
    return csv;
}

// The first bytes of a PNG (signature and header chunk): the reader never looks inside.
const std::string kImage("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0", 29);

std::string asText(const crypto::ByteVector& bytes)
{
    return std::string(bytes.begin(), bytes.end());
}

std::string v2(const std::string& plan, const package::SealedFiles& files)
{
    return asText(package::encodeSealedBank(plan, kSite, files));
}

std::string v1(const package::SealedFiles& files)
{
    nlohmann::json encoded = nlohmann::json::object();
    for (const auto& [name, bytes] : files)
        encoded[name] = package::toBase64(crypto::asBytes(bytes));
    return nlohmann::json{{"format", "examroom.plan-package.v1.bank"},
                          {"plan_id", kPlan},
                          {"site_id", kSite},
                          {"files", encoded}}
        .dump();
}

// What the centre seals today (v3): the generated bank as the importer reads it.
std::string v3(const std::string& plan, int questions, const package::SealedFiles& images)
{
    test::TempDir dir;
    fs::create_directories(dir / "images");
    test::writeFile(dir / "images/sign.png", kImage);
    Diagnostics diagnostics;
    const auto bank = readBank(generatedBank(questions), "bank.csv", dir.path(), diagnostics);
    REQUIRE_FALSE(diagnostics.hasErrors());
    return asText(package::encodeSealedBankV3(plan, kSite, bank.questions, images));
}

} // namespace

TEST_CASE("the sealed bank fuzz corpus holds what the writer writes today")
{
    const package::SealedFiles bank = {{"bank.csv", generatedBank(6)}, {"images/sign.png", kImage}};
    const std::map<std::string, std::string> seeds = {
        {"v2-small-bank", v2(kPlan, bank)},
        {"v2-bank-only", v2(kPlan, {{"bank.csv", generatedBank(3)}})},
        {"v2-empty-image", v2(kPlan, {{"bank.csv", generatedBank(1)}, {"images/sign.png", ""}})},
        {"v2-no-files", v2(kPlan, {})},
        {"v2-other-plan", v2("2026-GD-SZ-LV-INIT-08", bank)},
        {"v1-small-bank", v1(bank)},
        {"v3-small-bank", v3(kPlan, 6, {{"images/sign.png", kImage}})},
        {"v3-image-missing", v3(kPlan, 4, {})},
        {"v3-other-plan", v3("2026-GD-SZ-LV-INIT-08", 2, {{"images/sign.png", kImage}})},
        {"empty", ""},
    };
    const fs::path corpus =
        test::sampleDataDir().parent_path() / "package/fuzz/corpus/fuzz_sealed_bank";
    const bool write = std::getenv("EXAMROOM_WRITE_FUZZ_SEEDS") != nullptr;
    for (const auto& [name, bytes] : seeds) {
        INFO("seed " << name);
        if (write)
            test::writeFile(corpus / name, bytes);
        REQUIRE(fs::exists(corpus / name));
        CHECK(test::readFile(corpus / name) == bytes);
        // Each seed reaches the reader's end it was made for.
        std::string error;
        const bool opens = package::OpenedBank::fromPlaintext(
                               crypto::ByteVector(bytes.begin(), bytes.end()), kPlan, kSite, &error)
                               .has_value();
        CHECK(opens == (name != "empty" && name != "v2-other-plan" && name != "v3-other-plan" &&
                        name != "v3-image-missing"));
        CHECK(opens == error.empty());
    }
}
