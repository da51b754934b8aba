#include "domain/PaperDraw.h"
#include "package/AuthorizationPassword.h"
#include "package/PlanPackage.h"
#include "TestSupport.h"
#include "util/IsoTime.h"

#include <doctest/doctest.h>

using namespace examroom;

namespace {

const CentreFiles& sampleFiles()
{
    static const auto files = [] {
        FixedClock clock(parseIsoTime("2027-03-01T09:00:00+08:00")->utc);
        auto imported = importCentreFiles(test::sampleDataDir(), clock);
        REQUIRE(imported.files);
        return *imported.files;
    }();
    return files;
}

struct Built
{
    crypto::SigningKeyPair centre = crypto::SigningKeyPair::generate();
    package::BuiltPackage built;
    Built()
        : built(package::buildPlanPackage(
              package::collectPackageInput(sampleFiles(), "SZ-01", 1, "2027-03-01T09:00:00Z"),
              centre, crypto::KdfStrength::MinForTests))
    {
    }
};

} // namespace

TEST_CASE("passwords are 12 characters of the unambiguous alphabet shown in groups of four")
{
    auto password = package::generatePassword();
    REQUIRE(password.size() == 12);
    auto grouped = package::groupPassword(password);
    CHECK(grouped.size() == 14);
    CHECK(grouped[4] == '-');
    CHECK(grouped[9] == '-');
    for (char c : grouped)
        CHECK((c == '-' || package::kPasswordAlphabet.find(c) != std::string_view::npos));
    std::string lower = grouped;
    for (auto& c : lower)
        c = static_cast<char>(std::tolower(c));
    auto typed = package::normalizePassword(lower);
    REQUIRE(typed);
    CHECK(typed->equals(password));
    CHECK_FALSE(package::normalizePassword("ABCD-EFGH-JKM"));   // short
    CHECK_FALSE(package::normalizePassword("ABCD-EFGH-JKMO"));  // O is not in the alphabet
    CHECK_FALSE(package::normalizePassword("ABCD-EFGH-JKMNP")); // long
}

TEST_CASE("a package verifies and its bank opens only with the password")
{
    Built b;
    auto info = package::verifyPlanPackage(b.built.document, b.centre.publicKey());
    REQUIRE(info);
    CHECK(info->planId == "2026-GD-SZ-LV-INIT-07");
    CHECK(info->siteId == "SZ-01");
    CHECK(info->openFiles.count("roster.csv") == 1);
    CHECK(info->openFiles.count("bank.csv") == 0);
    // The bank is not readable anywhere in the package text.
    const auto bank = test::readFile(test::sampleDataDir() / "bank.csv");
    const auto firstLine = bank.substr(bank.find('\n') + 1, 40);
    CHECK(b.built.document.body.find(firstLine) == std::string::npos);

    // Sealed: the images as files, the bank as the question table (no CSV text).
    auto sealed = package::openSealedFiles(*info, package::groupPassword(b.built.password));
    REQUIRE(sealed);
    CHECK(sealed->count("bank.csv") == 0);
    for (const auto& [name, bytes] : *sealed)
        CHECK(bytes == test::readFile(test::sampleDataDir() / name));
    CHECK_FALSE(package::openSealedFiles(*info, "2222-2222-2222"));
    auto key = package::unwrapDataKey(*info, package::groupPassword(b.built.password));
    REQUIRE(key);
    auto opened = package::openSealedBank(*info, *key);
    REQUIRE(opened);
    CHECK(opened->formatVersion() == 3);
    CHECK(opened->questions().size() == sampleFiles().bank.questions.size());
}

TEST_CASE("the kiosk's bank from the question table draws the papers the centre's import draws")
{
    Built b;
    auto info = package::verifyPlanPackage(b.built.document, b.centre.publicKey());
    REQUIRE(info);
    auto key = package::unwrapDataKey(*info, package::groupPassword(b.built.password));
    REQUIRE(key);
    auto opened = package::openSealedBank(*info, *key);
    REQUIRE(opened);
    FixedClock clock(parseIsoTime("2027-03-01T09:00:00+08:00")->utc);
    // The sample folder's plan and roster; the bank from the box, not the folder's bank.csv.
    auto unlocked = package::importUnlocked(test::sampleDataDir(), *opened, clock);
    REQUIRE(unlocked.files);
    const auto& kiosk = unlocked.files->bank.questions;
    const auto& centre = sampleFiles().bank.questions;
    REQUIRE(kiosk.size() == centre.size());
    for (std::size_t i = 0; i < centre.size(); ++i) {
        CHECK(kiosk[i].id == centre[i].id);
        CHECK(kiosk[i].type == centre[i].type);
        CHECK(kiosk[i].stem == centre[i].stem);
        CHECK(kiosk[i].options == centre[i].options);
        CHECK(kiosk[i].key == centre[i].key);
        CHECK(kiosk[i].area == centre[i].area);
        CHECK(kiosk[i].difficulty == centre[i].difficulty);
        CHECK(kiosk[i].image == centre[i].image);
        CHECK(kiosk[i].explanation == centre[i].explanation);
    }
    // The console and the hub re-derive papers from the seed: the same seed, the same paper.
    const auto& blueprint = sampleFiles().plan.blueprint;
    for (std::uint8_t s = 0; s < 20; ++s) {
        PaperSeed seed{};
        seed.fill(s);
        const Paper a = drawPaper(unlocked.files->bank, blueprint, seed);
        const Paper c = drawPaper(sampleFiles().bank, blueprint, seed);
        REQUIRE(a.items.size() == c.items.size());
        for (std::size_t i = 0; i < a.items.size(); ++i) {
            CHECK(a.items[i].questionId == c.items[i].questionId);
            CHECK(a.items[i].optionOrder == c.items[i].optionOrder);
            CHECK(a.items[i].key == c.items[i].key);
        }
    }
}

TEST_CASE("a v2 sealed bank of an earlier centre still gives its bank.csv to the importer")
{
    // What packages before v3 sealed: bank.csv and the images as files.
    const auto dir = test::sampleDataDir();
    package::SealedFiles files = {{"bank.csv", test::readFile(dir / "bank.csv")}};
    for (const auto& q : sampleFiles().bank.questions)
        if (!q.image.empty())
            files[q.image] = test::readFile(dir / q.image);
    auto opened = package::OpenedBank::fromPlaintext(package::encodeSealedBank("P1", "S1", files),
                                                     "P1", "S1");
    REQUIRE(opened);
    CHECK(opened->formatVersion() == 2);
    Diagnostics diagnostics;
    const auto bank = package::sealedQuestionBank(*opened, diagnostics);
    CHECK_FALSE(diagnostics.hasErrors());
    REQUIRE(bank.questions.size() == sampleFiles().bank.questions.size());
    CHECK(bank.questions.back().stem == sampleFiles().bank.questions.back().stem);
    FixedClock clock(parseIsoTime("2027-03-01T09:00:00+08:00")->utc);
    // Plan and roster from the folder; bank.csv and its images where they are, in the box.
    auto unlocked = package::importUnlocked(dir, *opened, clock);
    REQUIRE(unlocked.files);
    CHECK(unlocked.files->bank.questions.size() == bank.questions.size());

    // The images bank.csv names are looked for in the box, not in any folder.
    std::string imageName;
    for (const auto& q : sampleFiles().bank.questions)
        if (!q.image.empty())
            imageName = q.image;
    files.erase(imageName);
    auto missing = package::OpenedBank::fromPlaintext(package::encodeSealedBank("P1", "S1", files),
                                                      "P1", "S1");
    REQUIRE(missing);
    Diagnostics without;
    CHECK(package::sealedQuestionBank(*missing, without).questions.size() < bank.questions.size());
    REQUIRE(without.hasErrors());
    CHECK(without.errors().front().format().find(imageName + "\" not found") != std::string::npos);
    CHECK_FALSE(package::importUnlocked(dir, *missing, clock).files);
}

TEST_CASE("a flipped byte anywhere in a package is refused with a reason")
{
    Built b;
    auto text = b.built.document.toJson();
    int refused = 0, checked = 0;
    for (std::size_t at = 0; at < text.size(); at += 997) {
        auto copy = text;
        copy[at] = static_cast<char>(copy[at] ^ 0x01);
        ++checked;
        auto document = SignedDocument::fromJson(copy);
        std::string error;
        if (!document || !package::verifyPlanPackage(*document, b.centre.publicKey(), &error)) {
            ++refused;
            continue;
        }
        // A flip that leaves the envelope and signature valid can only be in JSON whitespace
        // or escaping of the envelope itself, which does not change the signed bytes.
        CHECK(document->body == b.built.document.body);
    }
    CHECK(refused > checked * 9 / 10);
    std::string error;
    auto other = crypto::SigningKeyPair::generate();
    CHECK_FALSE(package::verifyPlanPackage(b.built.document, other.publicKey(), &error));
    CHECK(error.find("trusted centre key") != std::string::npos);
}
