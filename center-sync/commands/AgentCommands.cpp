#include "agent/AgentRunner.h"
#include "agent/AgentStore.h"
#include "commands/Commands.h"
#include "crypto/Hex.h"
#include "crypto/SecretBytes.h"
#include "protocol/OutboxBundle.h"
#include "protocol/UploadBatch.h"
#include "state/Config.h"
#include "state/FileIo.h"
#include "state/Log.h"

#include <fstream>
#include <iostream>
#include <optional>

namespace examroom::centersync {
namespace {

const SystemClock& systemClock()
{
    static const SystemClock clock;
    return clock;
}

AgentStore openAgent(const Config& config)
{
    auto db = openStateDatabase(config.state, schema::agentMigrations(), false);
    auto identity = loadIdentity(db);
    auto siteId = storedSiteId(db);
    if (!identity || !siteId)
        throw std::runtime_error(config.state.string() + ": no identity (keys init --role site)");
    return AgentStore(std::move(db), std::move(*identity), *siteId, systemClock());
}

// The SIGN_KEY argument of enrol-kiosk, enrol-staff and remove-staff: 64 hex digits.
std::optional<crypto::SigningPublicKey> signKeyArgument(const std::string& hex)
{
    auto bytes = crypto::fromHex(hex);
    if (!bytes || bytes->size() != crypto::SigningPublicKey{}.size()) {
        std::cerr << "center-sync: SIGN_KEY is not 64 hex digits\n";
        return std::nullopt;
    }
    crypto::SigningPublicKey key{};
    std::copy(bytes->begin(), bytes->end(), key.begin());
    return key;
}

} // namespace

void addAgentCommands(CLI::App& app, int& exitCode, std::shared_ptr<CommonOptions> common)
{
    auto* agent = app.add_subcommand("agent", "The site's sync agent");
    agent->require_subcommand(1);
    struct Options
    {
        std::string keys, role;
        std::string name;    // KIOSK_ID or the person's account NAME
        std::string signKey; // SIGN_KEY, hex
        std::filesystem::path file;
        int giveUpAfter = 60;
    };
    auto o = std::make_shared<Options>();

    auto* trust = agent->add_subcommand("trust-centre", "Pin the exam centre's public keys");
    trust->add_option("KEYS", o->keys, "The centre's `keys:` line")->required();
    trust->callback([o, common, &exitCode] {
        auto keys = parsePublicKeyText(o->keys);
        if (!keys) {
            std::cerr << "center-sync: KEYS is not <64 hex digits>:<40 Z85 characters>\n";
            exitCode = 2;
            return;
        }
        auto store = openAgent(loadConfig(common->config));
        store.trustCentre(*keys);
        logLine("agent",
                "centre keys pinned, fingerprint " + fingerprintOf(keys->sign, keys->curve));
    });

    auto* kiosk = agent->add_subcommand(
        "enrol-kiosk", "Queue a site-signed kiosk list naming this kiosk's signing key");
    kiosk->add_option("KIOSK_ID", o->name)->required();
    kiosk->add_option("SIGN_KEY", o->signKey, "The kiosk's Ed25519 public key, hex")->required();
    kiosk->callback([o, common, &exitCode] {
        auto key = signKeyArgument(o->signKey);
        if (!key) {
            exitCode = 2;
            return;
        }
        auto store = openAgent(loadConfig(common->config));
        store.enqueueKioskList({{o->name, *key}},
                               "kiosk-" + o->name + "-" + o->signKey.substr(0, 16));
        logLine("agent", "kiosk " + o->name + " listed for upload");
    });

    auto* staff = agent->add_subcommand(
        "enrol-staff", "Queue a site-signed staff list naming one person's signing key and role");
    staff->add_option("NAME", o->name, "The person's console account name")->required();
    staff->add_option("ROLE", o->role, "administrator, proctor or grader")
        ->required()
        ->check(CLI::IsMember({"administrator", "proctor", "grader"}));
    staff->add_option("SIGN_KEY", o->signKey, "The person's Ed25519 public key, hex")->required();
    staff->callback([o, common, &exitCode] {
        auto key = signKeyArgument(o->signKey);
        if (!key) {
            exitCode = 2;
            return;
        }
        auto store = openAgent(loadConfig(common->config));
        ListedKey listed{o->name, o->role, *key};
        std::string why;
        if (store.enqueueKeyList(kStaffListKind, {listed},
                                 "staff-" + o->role + "-" + o->signKey.substr(0, 16), {},
                                 &why) == EnqueueResult::Refused) {
            std::cerr << "center-sync: " << why << "\n";
            exitCode = 1;
            return;
        }
        logLine("agent", "staff key (" + o->role + ") listed for upload");
    });

    auto* remove = agent->add_subcommand(
        "remove-staff", "Queue a site-signed staff list (v2) removing one person's signing key: "
                        "what it signed before stays valid, nothing it signs from now on is "
                        "accepted, and it can never be listed again");
    remove->add_option("NAME", o->name, "The person's console account name")->required();
    remove->add_option("SIGN_KEY", o->signKey, "The person's Ed25519 public key, hex")->required();
    remove->callback([o, common, &exitCode] {
        auto key = signKeyArgument(o->signKey);
        if (!key) {
            exitCode = 2;
            return;
        }
        auto store = openAgent(loadConfig(common->config));
        ListedKey removed{o->name, "", *key};
        std::string why;
        if (store.enqueueKeyList(kStaffListKind, {}, "staff-removed-" + o->signKey.substr(0, 16),
                                 {removed}, &why) == EnqueueResult::Refused) {
            std::cerr << "center-sync: " << why << "\n";
            exitCode = 1;
            return;
        }
        logLine("agent", "staff key removal listed for upload");
    });

    auto* enqueue = agent->add_subcommand(
        "enqueue", "Queue signed documents (one envelope JSON per line of FILE) for upload");
    enqueue->add_option("FILE", o->file)->required()->check(CLI::ExistingFile);
    enqueue->callback([o, common, &exitCode] {
        auto store = openAgent(loadConfig(common->config));
        std::ifstream in(o->file);
        std::string line;
        int lineNo = 0, queued = 0, known = 0;
        std::vector<SignedDocument> documents;
        while (std::getline(in, line)) {
            ++lineNo;
            if (line.empty())
                continue;
            auto document = SignedDocument::fromJson(line);
            if (!document || !verifySignature(*document)) {
                std::cerr << o->file.string() << ":" << lineNo
                          << ": not a correctly signed document; nothing was queued\n";
                exitCode = 1;
                return;
            }
            documents.push_back(std::move(*document));
        }
        for (const auto& document : documents) {
            std::string why;
            auto result = store.enqueue(document, &why);
            queued += result == EnqueueResult::Queued;
            if (result == EnqueueResult::Refused)
                logLine("agent", "not queued: " + document.kind + " " + document.id + ": " + why);
            known +=
                result == EnqueueResult::AlreadyQueued || result == EnqueueResult::AlreadyReceipted;
            if (result == EnqueueResult::Conflict)
                logLine("agent", "not queued: " + document.kind + " " + document.id +
                                     " differs from the one already queued or receipted");
        }
        logLine("agent", std::to_string(queued) + " document(s) queued, " + std::to_string(known) +
                             " already known");
    });

    auto* sync = agent->add_subcommand(
        "sync", "Sync once now: packages down, the outbox up; retries with back-off");
    sync->add_option("--give-up-after", o->giveUpAfter, "Seconds before giving up (exit 1)")
        ->default_val(60);
    sync->callback([o, common, &exitCode] {
        auto config = loadConfig(common->config);
        auto store = openAgent(config);
        AgentRunner runner(store, config, systemClock());
        exitCode = runner.run(AgentRunner::Mode::Once, std::chrono::seconds(o->giveUpAfter));
    });

    auto* run = agent->add_subcommand(
        "run", "The service: sync in the nightly window and on sync-now, until SIGTERM");
    run->callback([common, &exitCode] {
        auto config = loadConfig(common->config);
        auto store = openAgent(config);
        AgentRunner runner(store, config, systemClock());
        exitCode = runner.run(AgentRunner::Mode::Daemon);
    });

    auto* now = agent->add_subcommand("sync-now", "Ask the running agent to sync at once");
    now->callback([common, &exitCode] {
        auto config = loadConfig(common->config);
        if (!config.controlSocket) {
            std::cerr << "center-sync: agent.control is not configured\n";
            exitCode = 1;
            return;
        }
        exitCode = requestSyncNow(*config.controlSocket, std::cout);
    });

    auto* exportBundle = agent->add_subcommand(
        "export", "Write every queued item to FILE as one bundle signed by the site and sealed "
                  "to the centre's key (for `hub import` where there is no link)");
    exportBundle->add_option("FILE", o->file)->required();
    exportBundle->callback([o, common, &exitCode] {
        auto store = openAgent(loadConfig(common->config));
        auto centre = store.centre();
        if (!centre) {
            std::cerr << "center-sync: no trusted centre key (agent trust-centre first)\n";
            exitCode = 1;
            return;
        }
        std::vector<UploadItem> items;
        for (const auto& item : store.queuedItems())
            items.push_back({item.document, item.contentHash});
        const auto batchId = "export-" + crypto::toHex(crypto::SecretBytes::random(8).span());
        auto upload = makeUpload(store.siteId(), items, store.identity().sign, batchId);
        writeFileAtomically(o->file, sealBundle(upload, centre->curve));
        logLine("agent", "exported " + std::to_string(items.size()) + " queued item(s) as " +
                             batchId + " to " + o->file.string() +
                             "; they stay queued until their receipts are imported");
    });

    auto* importReceipts = agent->add_subcommand(
        "import-receipts", "Apply the signed receipts in FILE (from `hub import`) to the outbox");
    importReceipts->add_option("FILE", o->file)->required()->check(CLI::ExistingFile);
    importReceipts->callback([o, common, &exitCode] {
        auto store = openAgent(loadConfig(common->config));
        const auto text = readWholeFile(o->file);
        ApplyCounts total;
        std::size_t at = 0;
        while (at < text.size()) {
            auto end = std::min(text.find('\n', at), text.size());
            auto line = std::string_view(text).substr(at, end - at);
            at = end + 1;
            if (line.empty())
                continue;
            auto counts = store.applyReceipt(line, nullptr, 0);
            total.receipted += counts.receipted;
            total.rejected += counts.rejected;
            total.badReceipts += counts.badReceipts;
        }
        logLine("agent", "receipts imported: " + std::to_string(total.receipted) +
                             " item(s) receipted, " + std::to_string(total.rejected) +
                             " refused by the hub, " + std::to_string(total.badReceipts) +
                             " receipt(s) or entries that did not check out; " +
                             std::to_string(store.queuedCount()) + " item(s) still queued");
        exitCode = total.badReceipts > 0 ? 1 : 0;
    });

    auto* status = agent->add_subcommand("status", "Outbox, receipts and packages");
    status->callback([common] {
        auto store = openAgent(loadConfig(common->config));
        auto unsettled = store.unsettledItems();
        auto count = [&](const char* state) {
            return std::count_if(unsettled.begin(), unsettled.end(),
                                 [&](const UnsettledItem& item) { return item.state == state; });
        };
        std::cout << "site " << store.siteId() << "\nqueued " << store.queuedCount()
                  << "\nreceipts " << store.receiptCount() << "\nrejected " << count("rejected")
                  << "\nfailed " << count("failed") << "\npackages";
        for (const auto& id : store.inboxIds())
            std::cout << " " << id;
        std::cout << "\n";
        // Kinds, ids (plan/ticket/attempt) and reasons only: never a sheet's content.
        for (const auto& item : unsettled)
            std::cout << item.state << "  " << item.kind << "  " << item.id << "  after "
                      << item.attempts << " attempt(s)  " << item.reason << "\n";
    });
}

} // namespace examroom::centersync
