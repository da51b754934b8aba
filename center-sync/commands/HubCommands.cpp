#include "commands/Commands.h"
#include "commands/ResultsExport.h"
#include "hub/HubServer.h"
#include "hub/HubStore.h"
#include "import/CentreFiles.h"
#include "package/AuthorizationPassword.h"
#include "protocol/OutboxBundle.h"
#include "state/Config.h"
#include "state/FileIo.h"
#include "state/Log.h"
#include "store/Statement.h"
#include "util/IsoTime.h"

#include <cstdlib>
#include <iostream>
#include <pwd.h>
#include <unistd.h>

namespace examroom::centersync {
namespace {

const SystemClock& systemClock()
{
    static const SystemClock clock;
    return clock;
}

HubStore openHub(const CommonOptions& common, Config* configOut = nullptr)
{
    auto config = loadConfig(common.config);
    auto db = openStateDatabase(config.state, schema::centreMigrations(), false);
    auto identity = loadIdentity(db);
    if (!identity)
        throw std::runtime_error(config.state.string() + ": no identity (keys init --role centre)");
    if (configOut)
        *configOut = config;
    return HubStore(std::move(db), std::move(*identity), systemClock(), config.hubWorkers);
}

std::string osUser()
{
    if (auto* entry = getpwuid(getuid()))
        return entry->pw_name;
    return "uid " + std::to_string(getuid());
}

} // namespace

void addHubCommands(CLI::App& app, int& exitCode, std::shared_ptr<CommonOptions> common)
{
    auto* hub = app.add_subcommand("hub", "The exam centre's hub");
    hub->require_subcommand(1);

    struct Options
    {
        std::string siteId, keys, planId, kind, id, reason, csv, xlsx;
        std::filesystem::path dir, bundle, receipts;
        std::optional<std::string> now;
        bool all = false;
    };
    auto o = std::make_shared<Options>();

    auto* enrol = hub->add_subcommand("enrol-site", "Put a site's keys on the allow-list");
    enrol->add_option("SITE_ID", o->siteId)->required();
    enrol->add_option("KEYS", o->keys, "The site's `keys:` line (<sign hex>:<curve z85>)")
        ->required();
    enrol->callback([o, common, &exitCode] {
        auto keys = parsePublicKeyText(o->keys);
        if (!keys) {
            std::cerr << "center-sync: KEYS is not <64 hex digits>:<40 Z85 characters>\n";
            exitCode = 2;
            return;
        }
        auto store = openHub(*common);
        store.enrolSite(o->siteId, *keys);
        logLine("hub", "site " + o->siteId + " enrolled, fingerprint " +
                           fingerprintOf(keys->sign, keys->curve));
    });

    auto* publish = hub->add_subcommand(
        "publish", "Import DIR (same checks as plan check), build and sign the plan package for "
                   "SITE and print its authorization password");
    publish->add_option("DIR", o->dir)->required()->check(CLI::ExistingDirectory);
    publish->add_option("--site", o->siteId)->required();
    publish->add_option("--now", o->now, "Judge time rules at this ISO-8601 instant");
    publish->callback([o, common, &exitCode] {
        std::unique_ptr<Clock> clock = std::make_unique<SystemClock>();
        if (o->now) {
            auto at = parseIsoTime(*o->now);
            if (!at) {
                std::cerr << "center-sync: --now is not an ISO-8601 time with offset\n";
                exitCode = 2;
                return;
            }
            clock = std::make_unique<FixedClock>(at->utc);
        }
        auto imported = importCentreFiles(o->dir, *clock);
        for (const auto& diagnostic : imported.diagnostics.all())
            std::cerr << diagnostic.format() << "\n";
        if (!imported.files) {
            std::cerr << "nothing was published\n";
            exitCode = 1;
            return;
        }
        auto store = openHub(*common);
        auto published = store.publish(*imported.files, o->siteId, crypto::KdfStrength::Moderate);
        logLine("hub", "published plan " + published.planId + " v" +
                           std::to_string(published.version) + " for site " + published.siteId);
        std::cout << "plan " << published.planId << " version " << published.version
                  << " queued for site " << published.siteId << "\n"
                  << "authorization password: " << package::groupPassword(published.password)
                  << "\n(release it at exam time; `hub password " << published.planId
                  << "` shows it again and logs the release)\n";
    });

    auto* password = hub->add_subcommand(
        "password", "Show a plan's authorization password (each release is recorded and logged)");
    password->add_option("PLAN_ID", o->planId)->required();
    password->add_option("--site", o->siteId, "Needed when the plan went to several sites");
    password->callback([o, common, &exitCode] {
        auto store = openHub(*common);
        auto released = store.releasePassword(o->planId, o->siteId, osUser());
        if (!released) {
            std::cerr << "center-sync: no package of plan " << o->planId
                      << (o->siteId.empty() ? " (or several sites: give --site)" : " for that site")
                      << "\n";
            exitCode = 1;
            return;
        }
        logLine("hub", "authorization password of plan " + o->planId + " v" +
                           std::to_string(released->version) + " (site " + released->siteId +
                           ") shown to " + osUser());
        std::cout << package::groupPassword(released->password) << "\n";
    });

    auto* serve = hub->add_subcommand("serve", "Serve enrolled sites on hub.listen until stopped");
    serve->callback([common, &exitCode] {
        Config config;
        auto store = openHub(*common, &config);
        if (!config.hubListen) {
            std::cerr << "center-sync: hub.listen is not configured; nothing to serve on\n";
            exitCode = 1;
            return;
        }
        HubServer server(store, *config.hubListen);
        exitCode = server.run();
    });

    auto* importBundle = hub->add_subcommand(
        "import", "Ingest a site's exported bundle (same checks and idempotency as an upload) "
                  "and write the signed receipt for `agent import-receipts`");
    importBundle->add_option("FILE", o->bundle, "The bundle from `agent export`")
        ->required()
        ->check(CLI::ExistingFile);
    importBundle->add_option("--receipts", o->receipts,
                             "Where to write the receipt (default FILE.receipts)");
    importBundle->callback([o, common, &exitCode] {
        auto store = openHub(*common);
        std::string error;
        auto upload = openBundle(readWholeFile(o->bundle), store.identity().curve, &error);
        auto outcome = upload ? store.importUpload(*upload, &error) : std::nullopt;
        if (!outcome) {
            logLine("hub", "bundle " + o->bundle.filename().string() + " refused: " + error);
            std::cerr << "center-sync: " << o->bundle.string() << ": " << error
                      << "; nothing was stored\n";
            exitCode = 1;
            return;
        }
        logBatchOutcome(*outcome, "bundle " + o->bundle.filename().string());
        std::filesystem::path receipts = o->receipts;
        if (receipts.empty()) {
            receipts = o->bundle;
            receipts += ".receipts";
        }
        writeFileAtomically(receipts, outcome->receipt + "\n");
        std::cout << outcome->count("stored") << " stored, " << outcome->count("duplicate")
                  << " duplicate, " << outcome->count("rejected") << " rejected, "
                  << outcome->count("conflict") << " conflict; receipt written to "
                  << receipts.string() << "\n";
    });

    auto* status = hub->add_subcommand("status", "Counts of stored documents and conflicts");
    status->callback([common] {
        auto store = openHub(*common);
        auto query = store.database().prepare(
            "SELECT kind, review_state, COUNT(*) FROM documents_text GROUP BY kind, review_state "
            "ORDER BY kind, review_state");
        while (query.step())
            std::cout << query.columnText(0) << " " << query.columnText(1) << " "
                      << query.columnInt64(2) << "\n";
        auto conflicts = store.database().prepare("SELECT COUNT(*) FROM conflicts");
        conflicts.step();
        std::cout << "conflicts " << conflicts.columnInt64(0) << "\n";
    });

    auto* review = hub->add_subcommand("review", "Score review (考试成绩审核)");
    review->require_subcommand(1);
    auto* list = review->add_subcommand("list", "Sheets waiting for review, and conflicts");
    list->add_flag("--all", o->all, "Include reviewed sheets");
    list->callback([o, common] {
        auto store = openHub(*common);
        auto query = store.database().prepare(
            "SELECT kind, doc_id, site_id, review_state, received_at FROM documents_text WHERE "
            "kind "
            "<> 'kiosk-list' AND (?1 OR review_state = 'pending') ORDER BY received_at, doc_id");
        query.bind(1, o->all ? 1 : 0);
        while (query.step())
            std::cout << query.columnText(3) << "  " << query.columnText(0) << "  "
                      << query.columnText(1) << "  site " << query.columnText(2) << "  "
                      << query.columnText(4) << "\n";
        auto conflicts = store.database().prepare(
            "SELECT kind, doc_id, site_id, received_at FROM conflicts ORDER BY id");
        while (conflicts.step())
            std::cout << "CONFLICT  " << conflicts.columnText(0) << "  " << conflicts.columnText(1)
                      << "  site " << conflicts.columnText(2) << "  " << conflicts.columnText(3)
                      << "\n";
    });
    for (const char* verb : {"approve", "return"}) {
        auto* decide = review->add_subcommand(verb, std::string(verb) + " a sheet, with a reason");
        decide->add_option("ID", o->id, "The sheet id")->required();
        decide->add_option("--kind", o->kind, "Document kind")
            ->default_val("knowledge-score-sheet");
        decide->add_option("--reason", o->reason)->required();
        const bool approve = std::string(verb) == "approve";
        decide->callback([o, common, approve, &exitCode] {
            auto store = openHub(*common);
            if (!store.review(o->kind, o->id, approve, o->reason, osUser())) {
                std::cerr << "center-sync: no stored " << o->kind << " " << o->id << "\n";
                exitCode = 1;
                return;
            }
            logLine("hub", std::string(approve ? "approved " : "returned ") + o->kind + " " +
                               o->id + " by " + osUser() + ": " + o->reason);
        });
    }

    auto* results = hub->add_subcommand(
        "results", "A plan's results: listed for review, or the approved ones as CSV / XLSX "
                   "for 考试结果备案");
    results->add_option("PLAN_ID", o->planId)->required();
    results->add_option("--csv", o->csv, "Write the approved results as CSV to this file");
    results->add_option("--xlsx", o->xlsx, "Write the approved results as XLSX to this file");
    results->callback([o, common, &exitCode] {
        auto store = openHub(*common);
        auto rows = loadResults(store.database(), o->planId);
        if (o->csv.empty() && o->xlsx.empty()) {
            printResults(rows, std::cout);
            return;
        }
        std::vector<ResultRow> approved;
        for (auto& row : rows)
            if (row.reviewState == "approved")
                approved.push_back(row);
        if (!o->csv.empty())
            writeResultsCsv(approved, o->csv);
        if (!o->xlsx.empty())
            writeResultsXlsx(approved, o->xlsx);
        logLine("hub", "exported " + std::to_string(approved.size()) +
                           " approved result(s) of plan " + o->planId);
        exitCode = 0;
    });
} // namespace examroom::centersync

} // namespace examroom::centersync
