#include "commands/Commands.h"
#include "state/Config.h"
#include "state/Log.h"
#include "state/StateStore.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <iostream>

namespace examroom::centersync {

void addKeysCommands(CLI::App& app, int& exitCode, std::shared_ptr<CommonOptions> common)
{
    auto* keys = app.add_subcommand("keys", "The identity of this hub or agent");
    keys->require_subcommand(1);
    struct InitOptions
    {
        std::string role;
        std::string siteId;
    };
    auto options = std::make_shared<InitOptions>();
    auto* init = keys->add_subcommand(
        "init", "Create the identity (Ed25519 + CURVE) in the state database named by the config "
                "file, and print the public keys and their fingerprint");
    init->add_option("--role", options->role, "centre (hub) or site (agent)")
        ->required()
        ->check(CLI::IsMember({"centre", "site"}));
    init->add_option("--site", options->siteId, "The site id (role site)");
    init->callback([options, common, &exitCode] {
        if (options->role == "site" && options->siteId.empty()) {
            std::cerr << "center-sync: keys init --role site needs --site SITE_ID\n";
            exitCode = 2;
            return;
        }
        auto config = loadConfig(common->config);
        const bool centre = options->role == "centre";
        auto db = openStateDatabase(
            config.state, centre ? schema::centreMigrations() : schema::agentMigrations(), true);
        if (loadIdentity(db)) {
            std::cerr << "center-sync: " << config.state.string()
                      << " already holds an identity; nothing changed\n";
            exitCode = 1;
            return;
        }
        Identity identity{crypto::SigningKeyPair::generate(), crypto::CurveKeyPair::generate()};
        const auto now = utcText(SystemClock().now());
        store::Transaction tx(db);
        auto insert = db.prepare(centre ? "INSERT INTO identity (id, sign_secret, curve_secret, "
                                          "created_at) VALUES (1, ?1, ?2, ?3)"
                                        : "INSERT INTO identity (id, sign_secret, curve_secret, "
                                          "created_at, site_id) VALUES (1, ?1, ?2, ?3, ?4)");
        insert.bind(1, identity.sign.secretKey().span())
            .bind(2, identity.curve.secretKey().span())
            .bind(3, std::string_view(now));
        if (!centre)
            insert.bind(4, std::string_view(options->siteId));
        insert.execute();
        tx.commit();
        logLine(centre ? "hub" : "agent", "identity created in " + config.state.string());
        std::cout << describePublicKeys(identity.sign.publicKey(), identity.curve.publicKey())
                  << "keys: " << publicKeyText(identity) << "\n";
    });
    auto* show = keys->add_subcommand("show", "Print this identity's public keys");
    show->callback([common, &exitCode] {
        auto config = loadConfig(common->config);
        // Either schema: identity has the same first columns in both.
        auto key = config.state;
        store::OpenOptions options{store::Durability::Normal, false};
        options.cipherPageSizes = stateCipherPageSizes;
        auto db = store::Database::open(
            config.state,
            std::span<const std::uint8_t, 32>(loadOrCreateKeyFile(key += ".key", false).data(), 32),
            options);
        auto identity = loadIdentity(db);
        if (!identity) {
            std::cerr << "center-sync: no identity yet (keys init)\n";
            exitCode = 1;
            return;
        }
        std::cout << describePublicKeys(identity->sign.publicKey(), identity->curve.publicKey())
                  << "keys: " << publicKeyText(*identity) << "\n";
    });
}

} // namespace examroom::centersync
