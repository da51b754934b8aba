// The console ↔ agent link (shared/site/AgentLink.h) against the real agent process, and the
// whole way up: kiosk, practical and paper sheets from the console's outbox to `hub results`.
#include "../paper/PaperFixture.h"
#include "../practical/PracticalFixture.h"
#include "Deployment.h"
#include "net/CurveSetup.h"
#include "net/Z85.h"
#include "package/PlanPackage.h"
#include "SheetFactory.h"
#include "site/AgentLink.h"
#include "site/PlanManager.h"
#include "state/StateStore.h"

#include <random>
#include <thread>

using namespace examroom;
using namespace examroom::test;

namespace {

// A hub and an agent (Deployment) whose agent listens for the consoles holding `consoles`.
struct LinkedSite : Deployment
{
    crypto::CurveKeyPair console = crypto::CurveKeyPair::generate();
    crypto::CurveKeyPair secondConsole = crypto::CurveKeyPair::generate();
    std::string endpoint = freeLoopbackEndpoint(); // the agent keeps it across restarts
    std::unique_ptr<ChildProcess> agent;
    int starts = 0;

    LinkedSite()
    {
        link = R"({"listen":")" + endpoint + R"(","consoles":[")" +
               net::z85Encode(console.publicKey()) + R"(",")" +
               net::z85Encode(secondConsole.publicKey()) + R"("]})";
        writeAgentConfig("tcp://127.0.0.1:1");
    }

    crypto::CurvePublicKey agentKey()
    {
        auto keys = centersync::parsePublicKeyText(siteKeys);
        REQUIRE(keys);
        return keys->curve;
    }

    site::AgentLink linkFor(const crypto::CurveKeyPair& key,
                            std::chrono::milliseconds timeout = 3000ms)
    {
        return site::AgentLink(
            crypto::CurveKeyPair::fromSecretKey(crypto::SecretBytes(key.secretKey().span())),
            endpoint, agentKey(), timeout);
    }

    void startAgent()
    {
        const auto log = dir / ("agent-" + std::to_string(++starts) + ".log");
        agent = std::make_unique<ChildProcess>(
            std::vector<std::string>{kBinary, "--config", agentConfig.string(), "agent", "run"},
            log);
        REQUIRE(waitUntil(
            [&] { return agent->output().find("console link on") != std::string::npos; }, 20s));
    }

    void stopAgent()
    {
        agent->signal(SIGTERM);
        REQUIRE(agent->wait(10s));
        CHECK(agent->exitCode() == 0);
    }
};

int waitingIn(site::SiteStore& store)
{
    return int(site::Outbox(store.database()).waiting().size());
}

} // namespace

TEST_CASE("every document in the console outbox reaches the agent once across agent kills")
{
    LinkedSite s;
    SiteFixture console;
    SheetFactory sheets("SZ-01", crypto::SigningKeyPair::generate());
    site::Outbox outbox(console.store->database());
    constexpr int count = 40;
    for (const auto& sheet : sheets.signedSheets(count))
        outbox.queue(sheet, console.clock.now());
    auto link = s.linkFor(s.console, 400ms);

    // SIGKILL the agent at a random moment of each pass, restart it, hand off again.
    std::mt19937 random(20270301);
    std::uniform_int_distribution<int> delay(0, 120);
    int rounds = 0;
    while (waitingIn(*console.store) > 0 && rounds < 30) {
        ++rounds;
        s.startAgent();
        std::thread killer([&, ms = delay(random)] {
            std::this_thread::sleep_for(std::chrono::milliseconds(ms));
            s.agent->signal(SIGKILL);
        });
        for (int pass = 0; pass < 5 && waitingIn(*console.store) > 0; ++pass)
            if (!link.handOff(outbox, console.clock.now()).agentReached)
                break;
        killer.join();
        REQUIRE(s.agent->wait(10s)); // reaped before the next start
    }
    MESSAGE("agent killed in " << rounds << " round(s) of hand-off");
    s.startAgent();
    auto last = link.handOff(outbox, console.clock.now());
    CHECK(last.agentReached);
    CHECK(waitingIn(*console.store) == 0);

    // The console crashed after the agent stored everything but before it marked anything:
    // everything is sent again, the agent holds each document once.
    console.store->database().exec("UPDATE outbox SET taken_at = NULL");
    auto again = link.handOff(outbox, console.clock.now());
    CHECK(again.handedOff == count);
    CHECK(waitingIn(*console.store) == 0);
    s.stopAgent();
    CHECK(s.agentStatus().find("queued " + std::to_string(count) + "\n") != std::string::npos);
}

TEST_CASE("the agent link refuses an unlisted console and a conflicting document stays waiting")
{
    LinkedSite s;
    s.startAgent();
    SiteFixture first, second;
    SheetFactory sheets("SZ-01", crypto::SigningKeyPair::generate());
    auto sheet = sheets.sheet(0);
    site::Outbox(first.store->database()).queue(sheet.sign(sheets.kioskKey()), first.clock.now());
    sheet.submittedAt = "2027-03-01T11:59:59+08:00"; // same id, other content
    site::Outbox(second.store->database()).queue(sheet.sign(sheets.kioskKey()), second.clock.now());

    auto stranger = crypto::CurveKeyPair::generate();
    site::Outbox firstOutbox(first.store->database());
    auto refused = s.linkFor(stranger, 500ms).handOff(firstOutbox, first.clock.now());
    CHECK_FALSE(refused.agentReached);
    CHECK(refused.waiting == 1);
    CHECK(s.agent->output().find("refused an unlisted key") != std::string::npos);

    auto ok = s.linkFor(s.console).handOff(firstOutbox, first.clock.now());
    CHECK(ok.handedOff == 1);
    site::Outbox secondOutbox(second.store->database());
    auto conflict = s.linkFor(s.secondConsole).handOff(secondOutbox, second.clock.now());
    CHECK(conflict.agentReached);
    CHECK(conflict.refused == 1);
    CHECK(conflict.waiting == 1);
    REQUIRE(conflict.problems.size() == 1);
    CHECK(conflict.problems[0].find("different document") != std::string::npos);
    s.stopAgent();
    CHECK(s.agentStatus().find("queued 1\n") != std::string::npos);
}

TEST_CASE("the console lists the plans the agent received and takes one in")
{
    LinkedSite s;
    run({kBinary, "--config", s.hubConfig, "hub", "publish", sampleDataDir().string(), "--site",
         "SZ-01"});
    s.startHub();
    s.writeAgentConfig(s.hubEndpoint);
    run({kBinary, "--config", s.agentConfig, "agent", "sync", "--give-up-after", "30"});
    s.stopHub();
    s.startAgent();

    SiteFixture console;
    std::string error;
    auto plans = s.linkFor(s.console).plans(&error);
    REQUIRE_MESSAGE(plans, error);
    REQUIRE(plans->size() == 1);
    const auto& plan = plans->front();
    CHECK(plan.planId == "2026-GD-SZ-LV-INIT-07");
    CHECK(plan.version == 1);
    // The console trusts the centre's signature, not the link.
    auto centre = centersync::parsePublicKeyText(
        keysLine(run({kBinary, "--config", s.hubConfig, "keys", "show"})));
    REQUIRE(centre);
    auto document = SignedDocument::fromJson(plan.package);
    REQUIRE(document);
    CHECK(package::verifyPlanPackage(*document, centre->sign, &error));
    site::PlanManager planner(*console.store);
    REQUIRE(planner.receive(console.admin, plan.planId, plan.version, "package", plan.package, "")
                .ok());
    REQUIRE(planner.plans().size() == 1);
    CHECK(planner.plans()[0].source == "package");
    s.stopAgent();
}

TEST_CASE(
    "kiosk and countersigned practical and paper sheets go from the console outbox to hub results")
{
    LinkedSite s;
    PracticalFixture console; // accounts: admin, proctor, graders g1 g2 chief
    // A second room of the site sat on paper (纸质试卷): candidates …011 to …014, entered by li
    // and wang, countersigned by li at close; its console has its own key on the agent link.
    PaperFixture paperRoom(10);
    const auto paperSheets = paperRoom.countersignedPaperSheets();
    site::Outbox paperOutbox(paperRoom.store->database());
    const int paperItems = waitingIn(*paperRoom.store); // the sheets and the session record
    REQUIRE(paperItems >= 4);
    SheetFactory sheets("SZ-01", crypto::SigningKeyPair::generate());
    const std::string planId = "2026-GD-SZ-LV-INIT-07";
    site::Outbox outbox(console.store->database());

    // Two candidates' knowledge sheets as the room link hands them to the console.
    const std::vector<int> indexes = {0, 2}; // tickets …001 and …002, attempt 1
    std::vector<Candidate> roster;
    for (int i : indexes) {
        const auto knowledge = sheets.sheet(i);
        roster.push_back(candidate(knowledge.ticketNo, knowledge.name, knowledge.idNo));
        outbox.queue(sheets.signedSheet(i), console.clock.now());
        REQUIRE(console.manager.recordKnowledgeSheet(console.proctor, sheets.signedSheet(i)).ok());
    }
    // Their practical exam: drawn, marked by g1 (and g2 where two graders are needed),
    // closed: the proctor countersigns one sheet each into the outbox.
    auto opened =
        console.manager.openSession(console.proctor, planId, "SZ-01", console.rubric, roster);
    REQUIRE(opened.ok());
    console.sessionId = *opened.value;
    for (const auto* grader : {"g1", "g2"})
        REQUIRE(console.manager.assignGrader(console.proctor, console.sessionId, grader).ok());
    const int deductions[] = {10, 5}; // practical 90 and 95
    for (std::size_t c = 0; c < roster.size(); ++c) {
        const auto& ticket = roster[c].ticketNo;
        if (!sheets.sheet(indexes[c]).passed)
            REQUIRE(console.manager
                        .markEligible(console.proctor, console.sessionId, ticket,
                                      "passed the knowledge exam at another sitting")
                        .ok());
        REQUIRE(console.manager.drawTasks(console.proctor, console.sessionId, ticket).ok());
        console.markAll(ticket, deductions[c]);
    }
    REQUIRE(console.manager.close(console.proctor, console.sessionId).ok());
    REQUIRE(waitingIn(*console.store) == 4);

    // The console vouches for its kiosk and staff keys, then hands off its outbox.
    s.startHub();
    s.writeAgentConfig(s.hubEndpoint);
    s.startAgent();
    auto link = s.linkFor(s.console);
    std::string error;
    REQUIRE_MESSAGE(
        link.vouchFor("kiosk-list", {{"K01", "kiosk", sheets.kioskKey().publicKey()}}, &error),
        error);
    REQUIRE_MESSAGE(
        link.vouchFor("staff-list", site::staffKeys(console.accounts.accounts()), &error), error);
    // The same list again is the same item.
    REQUIRE(link.vouchFor("staff-list", site::staffKeys(console.accounts.accounts()), &error));
    auto report = link.handOff(outbox, console.clock.now());
    CHECK(report.handedOff == 4);
    CHECK(waitingIn(*console.store) == 0);
    auto paperLink = s.linkFor(s.secondConsole);
    REQUIRE_MESSAGE(
        paperLink.vouchFor("staff-list", site::staffKeys(paperRoom.accounts.accounts()), &error),
        error);
    auto paperReport = paperLink.handOff(paperOutbox, paperRoom.clock.now());
    CHECK(paperReport.handedOff == paperItems);
    CHECK(waitingIn(*paperRoom.store) == 0);

    auto sync = runProcess({kBinary, "--config", s.agentConfig.string(), "agent", "sync-now"});
    INFO(sync.out << sync.err << s.agent->output());
    CHECK(sync.exitCode == 0);
    s.stopAgent();
    auto status = s.agentStatus();
    INFO(status);
    CHECK(status.find("queued 0\nreceipts " + std::to_string(6 + 1 + paperItems) +
                      "\nrejected 0\nfailed 0") != std::string::npos);

    auto results = run({kBinary, "--config", s.hubConfig, "hub", "results", planId});
    INFO(results);
    CHECK(results.find("6 result(s)") != std::string::npos);
    for (const auto& document : paperSheets) {
        auto sheet = ScoreSheet::fromBody(document.body);
        REQUIRE(sheet);
        CHECK(std::regex_search(results, std::regex(sheet->ticketNo + " .* knowledge " +
                                                    std::to_string(sheet->scoreHalfPoints / 2) +
                                                    ".* mode paper\n")));
    }
    for (std::size_t c = 0; c < roster.size(); ++c) {
        const auto knowledge = sheets.sheet(indexes[c]);
        const auto line = knowledge.ticketNo + " .* knowledge " +
                          std::to_string(knowledge.scoreHalfPoints / 2) +
                          (knowledge.scoreHalfPoints % 2 ? "\\.5" : "") + " " +
                          (knowledge.passed ? "合格" : "不合格") + "  practical " +
                          std::to_string(100 - deductions[c]) + " " +
                          (100 - deductions[c] >= 80 ? "合格" : "不合格") + "  .* mode kiosk\n";
        CHECK(std::regex_search(results, std::regex(line)));
    }
    s.stopHub();
}
