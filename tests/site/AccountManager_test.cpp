#include "crypto/KdfParams.h"
#include "SiteTestSupport.h"

using namespace examroom;
using namespace examroom::site;
using examroom::test::SiteFixture;

TEST_CASE("first start makes one administrator and refuses a second")
{
    SiteFixture f;
    CHECK(f.admin.role() == Role::Administrator);
    CHECK(f.accounts.hasAccounts());
    auto again = f.accounts.createFirstAdministrator("other", "other-password");
    CHECK_FALSE(again.ok());
    CHECK(again.outcome.refusal == Refusal::WrongState);
    CHECK(f.accounts.accounts().size() == 1);
}

TEST_CASE("a person logs in with their password and gets their own key")
{
    SiteFixture f;
    auto proctor = f.person("li", Role::Proctor);
    CHECK(proctor.role() == Role::Proctor);
    auto info = f.accounts.account("li");
    REQUIRE(info);
    CHECK(info->publicKey == proctor.key().publicKey());
    CHECK(proctor.key().publicKey() != f.admin.key().publicKey());
}

TEST_CASE("only an administrator adds accounts and bad names or short passwords are refused")
{
    SiteFixture f;
    auto proctor = f.person("li", Role::Proctor);
    CHECK(f.accounts.createAccount(proctor, "wang", Role::Grader, "long-enough").refusal ==
          Refusal::NotPermitted);
    CHECK(f.accounts.createAccount(f.admin, "", Role::Grader, "long-enough").refusal ==
          Refusal::InvalidInput);
    CHECK(f.accounts.createAccount(f.admin, "wang", Role::Grader, "short").refusal ==
          Refusal::InvalidInput);
    CHECK(f.accounts.createAccount(f.admin, "li", Role::Grader, "long-enough").refusal ==
          Refusal::InvalidInput);
    CHECK(f.accounts.accounts().size() == 2);
}

TEST_CASE("wrong passwords are counted and logged and block the account after three")
{
    SiteFixture f;
    (void)f.person("li", Role::Proctor);
    for (int i = 0; i < 2; ++i) {
        auto wrong = f.accounts.login("li", "not-the-password");
        CHECK(wrong.outcome.refusal == Refusal::WrongPassword);
    }
    auto third = f.accounts.login("li", "not-the-password");
    CHECK(third.outcome.refusal == Refusal::RateLimited);
    CHECK(third.outcome.retryAt == f.clock.now().time_since_epoch().count() + 30);
    // While blocked even the right password is refused without being checked.
    CHECK(f.accounts.login("li", "li-password").outcome.refusal == Refusal::RateLimited);
    CHECK(f.accounts.account("li")->failedAttempts == 3);
    CHECK(f.accounts.account("li")->totalFailures == 3);

    f.advance(std::chrono::seconds{31});
    CHECK(f.accounts.login("li", "li-password").ok());
    CHECK(f.accounts.account("li")->failedAttempts == 0);
    CHECK(f.accounts.account("li")->totalFailures == 3);

    int failedEntries = 0;
    for (const auto& e : f.store->audit().entries())
        failedEntries += e.action == "login-failed" ? 1 : 0;
    CHECK(failedEntries == 3);
    CHECK(f.store->audit().verify().ok);
}

TEST_CASE("an unknown name reads as a wrong password")
{
    SiteFixture f;
    auto r = f.accounts.login("nobody", "whatever-password");
    CHECK(r.outcome.refusal == Refusal::WrongPassword);
}

TEST_CASE("a session locks after inactivity and unlocks with the password")
{
    SiteFixture f;
    auto proctor = f.person("li", Role::Proctor);
    f.advance(std::chrono::seconds{299});
    CHECK(f.store->admit(proctor).ok());
    f.advance(std::chrono::seconds{300});
    CHECK(f.store->admit(proctor).refusal == Refusal::SessionLocked);
    CHECK(f.accounts.unlock(proctor, "wrong-password").refusal == Refusal::WrongPassword);
    CHECK(f.store->admit(proctor).refusal == Refusal::SessionLocked);
    CHECK(f.accounts.unlock(proctor, "li-password").ok());
    CHECK(f.store->admit(proctor).ok());
}

TEST_CASE("a grader may not proctor")
{
    SiteFixture f;
    auto grader = f.person("zhao", Role::Grader);
    CHECK(f.store->admit(grader).refusal == Refusal::NotPermitted);
    CHECK(f.store->admit(grader, false).ok());
}

TEST_CASE("a password change rewraps the same key and the old password stops working")
{
    SiteFixture f;
    auto proctor = f.person("li", Role::Proctor);
    auto before = proctor.key().publicKey();
    CHECK(f.accounts.changePassword(proctor, "wrong-password", "new-password-1").refusal ==
          Refusal::WrongPassword);
    CHECK(f.accounts.changePassword(proctor, "li-password", "short").refusal ==
          Refusal::InvalidInput);
    CHECK(f.accounts.changePassword(proctor, "li-password", "new-password-1").ok());
    CHECK(f.accounts.login("li", "li-password").outcome.refusal == Refusal::WrongPassword);
    auto again = f.accounts.login("li", "new-password-1");
    REQUIRE(again.ok());
    CHECK(again.value->key().publicKey() == before);
}

TEST_CASE("accounts survive reopening the database")
{
    SiteFixture f;
    (void)f.person("li", Role::Proctor);
    auto consoleKey = f.store->consoleKey().publicKey();
    f.store.reset();
    f.store = f.openStore();
    AccountManager again(*f.store);
    CHECK(again.login("li", "li-password").ok());
    CHECK(f.store->consoleKey().publicKey() == consoleKey);
    CHECK(f.store->audit().verify().ok);
}
