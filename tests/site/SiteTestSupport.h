#pragma once

#include "crypto/SecretBytes.h"
#include "site/AccountManager.h"
#include "site/SiteStore.h"
#include "TestSupport.h"
#include "util/Clock.h"
#include "util/IsoTime.h"

#include <doctest/doctest.h>
#include <memory>

namespace examroom::test {

// A site.db in a temporary folder with fast Argon2id, a clock the test moves, and an
// administrator "admin" logged in.
struct SiteFixture
{
    static std::chrono::sys_seconds at(const char* iso) { return parseIsoTime(iso)->utc; }

    TempDir dir;
    crypto::SecretBytes dbKey = crypto::SecretBytes::random(32);
    FixedClock clock{at("2027-03-08T07:00:00+08:00")};
    std::unique_ptr<site::SiteStore> store = openStore();
    site::AccountManager accounts{*store};
    site::PersonSession admin = makeAdmin();

    static site::SiteOptions testOptions()
    {
        site::SiteOptions options;
        options.kdfStrength = crypto::KdfStrength::MinForTests;
        return options;
    }

    std::unique_ptr<site::SiteStore> openStore()
    {
        return site::SiteStore::open(dir / "site.db",
                                     std::span<const std::uint8_t, 32>(dbKey.data(), 32), clock,
                                     testOptions());
    }

    site::PersonSession makeAdmin()
    {
        auto made = accounts.createFirstAdministrator("admin", "admin-password");
        REQUIRE(made.ok());
        return std::move(*made.value);
    }

    // Adds an account and logs it in.
    site::PersonSession person(const std::string& name, site::Role role)
    {
        REQUIRE(accounts.createAccount(admin, name, role, name + "-password").ok());
        auto session = accounts.login(name, name + "-password");
        REQUIRE(session.ok());
        return std::move(*session.value);
    }

    void advance(std::chrono::seconds by) { clock.set(clock.now() + by); }
};

} // namespace examroom::test
