#include "site/AuditLog.h"
#include "SiteTestSupport.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <nlohmann/json.hpp>

using namespace examroom;
using namespace examroom::site;
using examroom::test::SiteFixture;

namespace {

// Fills the log with a few entries by ordinary actions.
void someActions(SiteFixture& f)
{
    auto proctor = f.person("li", Role::Proctor);
    (void)f.accounts.login("li", "wrong-password");
    (void)f.person("zhao", Role::Grader);
}

// What an attacker with the database key would do: the triggers are only a guard rail.
void dropGuards(SiteFixture& f)
{
    f.store->database().exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;");
}

} // namespace

TEST_CASE("the audit log chains and signs every entry")
{
    SiteFixture f;
    someActions(f);
    auto entries = f.store->audit().entries();
    REQUIRE(entries.size() >= 6);
    CHECK(entries.front().seq == 1);
    CHECK(entries[1].prevHash == entries[0].hash);
    CHECK(f.store->audit().verify().ok);
}

TEST_CASE("the audit log refuses updates and deletes through SQL")
{
    SiteFixture f;
    someActions(f);
    CHECK_THROWS(f.store->database().exec("UPDATE audit_log SET reason = 'x' WHERE seq = 2"));
    CHECK_THROWS(f.store->database().exec("DELETE FROM audit_log WHERE seq = 2"));
    CHECK(f.store->audit().verify().ok);
}

TEST_CASE("an edited audit entry is found")
{
    SiteFixture f;
    someActions(f);
    dropGuards(f);
    f.store->database().exec("UPDATE audit_log SET subject = 'someone else' WHERE seq = 3");
    auto check = f.store->audit().verify();
    CHECK_FALSE(check.ok);
    CHECK(check.firstBadSeq == 3);
}

TEST_CASE("a removed audit entry is found")
{
    SiteFixture f;
    someActions(f);
    dropGuards(f);
    f.store->database().exec("DELETE FROM audit_log WHERE seq = 2");
    auto check = f.store->audit().verify();
    CHECK_FALSE(check.ok);
    CHECK(check.firstBadSeq == 2);
}

TEST_CASE("removing the last audit entries is found by the head")
{
    SiteFixture f;
    someActions(f);
    dropGuards(f);
    auto last = f.store->audit().entries().back().seq;
    f.store->database().exec("DELETE FROM audit_log WHERE seq = " + std::to_string(last));
    auto check = f.store->audit().verify();
    CHECK_FALSE(check.ok);
    CHECK(check.firstBadSeq == last);
}

TEST_CASE("reordered audit entries are found")
{
    SiteFixture f;
    someActions(f);
    dropGuards(f);
    // Swap the contents of entries 2 and 3 while keeping their seq numbers.
    f.store->database().exec(
        "UPDATE audit_log SET seq = -2 WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE seq = 3;"
        "UPDATE audit_log SET seq = 3 WHERE seq = -2;");
    auto check = f.store->audit().verify();
    CHECK_FALSE(check.ok);
    CHECK(check.firstBadSeq == 2);
}

TEST_CASE("an audit entry re-signed by another key is found")
{
    SiteFixture f;
    someActions(f);
    auto entries = f.store->audit().entries();
    // A forger re-hashes and re-signs entry 2 with a key of their own.
    auto forger = crypto::SigningKeyPair::generate();
    entries[1].actorKey = forger.publicKey();
    entries[1].hash = auditEntryHash(entries[1]);
    entries[1].signature = forger.sign(entries[1].hash);
    auto keys = f.store->audit().knownKeys();
    auto check = verifyAuditChain(entries, &keys);
    CHECK_FALSE(check.ok);
    CHECK(check.firstBadSeq == 2);
}

TEST_CASE("the exported audit log verifies on its own and tampering breaks it")
{
    SiteFixture f;
    someActions(f);
    auto exported =
        f.store->audit().exportSigned("GD-SZ-003", "GD-SZ-003/2027-03-08", f.admin.key());
    auto parsed = SignedDocument::fromJson(exported.toJson());
    REQUIRE(parsed);
    CHECK(verifyAuditExport(*parsed).ok);

    // Changing a byte of the body breaks the envelope signature.
    auto edited = *parsed;
    auto at = edited.body.find("login-failed");
    REQUIRE(at != std::string::npos);
    edited.body.replace(at, 5, "LOGIN");
    CHECK_FALSE(verifyAuditExport(edited).ok);

    // Re-signing an export with an entry dropped still fails on the chain.
    auto body = nlohmann::json::parse(parsed->body);
    body["entries"].erase(1);
    auto resigned =
        signDocument(std::string(AuditLog::exportKind), parsed->id, body.dump(), f.admin.key());
    auto check = verifyAuditExport(resigned);
    CHECK_FALSE(check.ok);
    CHECK(check.firstBadSeq == 2);
}
