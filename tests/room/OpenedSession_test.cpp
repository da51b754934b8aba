// The kiosk's unlock (room::openUnlockedSession) with a real signed package of the sample
// centre files: nothing reaches any file system, and what the screens show comes back exact.
#include "package/AuthorizationPassword.h"
#include "package/PlanPackage.h"
#include "room/OpenedSession.h"
#include "room/RoomClient.h"
#include "TestSupport.h"
#include "util/IsoTime.h"

#include <cstdlib>
#include <doctest/doctest.h>
#include <set>

using namespace examroom;
namespace fs = std::filesystem;

namespace {

// Every entry under `dir`, recursively (files and folders alike).
std::vector<std::string> entriesUnder(const fs::path& dir)
{
    std::vector<std::string> found;
    for (const auto& entry : fs::recursive_directory_iterator(dir))
        found.push_back(entry.path().string());
    return found;
}

// Sets an environment variable for the lifetime of this object, then puts the old value back.
class ScopedEnv
{
public:
    ScopedEnv(const char* name, const std::string& value) : m_name(name)
    {
        if (const char* old = std::getenv(name))
            m_old = old;
        ::setenv(name, value.c_str(), 1);
    }
    ~ScopedEnv()
    {
        if (m_old)
            ::setenv(m_name, m_old->c_str(), 1);
        else
            ::unsetenv(m_name);
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

// The sample centre files packaged as the hub does, provisioned as the console sends them.
struct Provisioned
{
    CentreFiles files;
    room::ProvisionBundle bundle;
    crypto::SecretBytes dataKey;

    Provisioned()
    {
        FixedClock clock(parseIsoTime("2027-03-01T09:00:00+08:00")->utc);
        auto imported = importCentreFiles(test::sampleDataDir(), clock);
        REQUIRE(imported.files);
        files = std::move(*imported.files);
        const auto centre = crypto::SigningKeyPair::generate();
        auto built = package::buildPlanPackage(
            package::collectPackageInput(files, "SZ-01", 1, "2027-03-01T09:00:00+08:00"), centre,
            crypto::KdfStrength::MinForTests);
        auto info = package::verifyPlanPackage(built.document, centre.publicKey());
        REQUIRE(info);
        auto key = package::unwrapDataKey(*info, package::groupPassword(built.password));
        REQUIRE(key);
        dataKey = std::move(*key);
        bundle.sessionId = info->planId + "/R1";
        bundle.planId = info->planId;
        bundle.siteId = info->siteId;
        bundle.roomId = "R1";
        bundle.judgedAt = "2027-03-01T09:00:00+08:00";
        bundle.files = info->openFiles;
        bundle.sealedBank = info->sealedBank;
    }
};

} // namespace

TEST_CASE("unlock writes no file and keeps every photo and question image byte for byte")
{
    Provisioned p;
    // Fresh, empty runtime and temporary folders: where a RAM folder or a temporary file would go.
    test::TempDir runtime;
    test::TempDir tmp;
    ScopedEnv xdg("XDG_RUNTIME_DIR", runtime.path().string());
    ScopedEnv tmpdir("TMPDIR", tmp.path().string());

    std::optional<room::OpenedSession> session;
    {
        auto bank = room::openProvisionedBank(p.bundle, p.dataKey);
        REQUIRE(bank);
        std::string error;
        session = room::openUnlockedSession(p.bundle, *bank, 4, &error);
        INFO(error);
        REQUIRE(session);
    } // the opened bank is wiped here; the session must not depend on it
    CHECK(entriesUnder(runtime.path()).empty());
    CHECK(entriesUnder(tmp.path()).empty());

    CHECK(session->context.roomId == "R1");
    CHECK(session->context.seatNo == 4);
    CHECK(session->context.roster.size() == p.files.roster.size());
    CHECK(session->context.bank.questions.size() == p.files.bank.questions.size());

    std::set<std::string> photos, images;
    for (const auto& candidate : session->context.roster) {
        if (candidate.photo.empty())
            continue;
        photos.insert(candidate.photo);
        auto bytes = session->images.photos.find(candidate.photo);
        REQUIRE(bytes);
        CHECK(std::string(*bytes) == test::readFile(test::sampleDataDir() / candidate.photo));
    }
    for (const auto& question : session->context.bank.questions) {
        if (question.image.empty())
            continue;
        images.insert(question.image);
        auto bytes = session->images.questions.find(question.image);
        REQUIRE(bytes);
        CHECK(std::string(*bytes) == test::readFile(test::sampleDataDir() / question.image));
    }
    REQUIRE_FALSE(photos.empty()); // the sample has both, else this test would prove nothing
    REQUIRE_FALSE(images.empty());
    CHECK(session->images.photos.count() == photos.size());
    CHECK(session->images.questions.count() == images.size());
    // A photo is not a question image: each kind is looked up only among its own.
    CHECK_FALSE(session->images.questions.find(*photos.begin()));

    session->images.clear();
    CHECK_FALSE(session->images.photos.find(*photos.begin()));
    CHECK_FALSE(session->images.questions.find(*images.begin()));
    CHECK(session->images.photos.size() == 0);
}

TEST_CASE("unlock refuses a session whose photo is missing and logs no roster value")
{
    Provisioned p;
    const auto& photo = p.files.roster.front().photo;
    REQUIRE_FALSE(photo.empty());
    p.bundle.files.erase(photo);
    auto bank = room::openProvisionedBank(p.bundle, p.dataKey);
    REQUIRE(bank);
    std::string error;
    CHECK_FALSE(room::openUnlockedSession(p.bundle, *bank, 1, &error));
    // The import checks the roster's photos; its errors are counted, not quoted (they name
    // roster values, and this reason goes to the log and the console).
    CHECK(error.rfind("the provisioned session does not import (", 0) == 0);
    CHECK(error.find(photo) == std::string::npos);
    CHECK(error.find(p.files.roster.front().ticketNo) == std::string::npos);
}
