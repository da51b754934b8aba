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

    auto sealed = package::openSealedFiles(*info, package::groupPassword(b.built.password));
    REQUIRE(sealed);
    CHECK(sealed->at("bank.csv") == bank);
    CHECK_FALSE(package::openSealedFiles(*info, "2222-2222-2222"));
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
