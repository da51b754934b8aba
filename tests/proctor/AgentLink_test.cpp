// The console's agent-link controllers (not the demo's core driver) against a real
// `center-sync agent run` process on 127.0.0.1 with CURVE: the settings, the agent's plans,
// taking one, the hand-off of the outbox with its status, and the agent gone.
#include "../centersync/Deployment.h"
#include "AgentLinkController.h"
#include "ConsoleController.h"
#include "ConsoleManager.h"
#include "documents/SignedDocument.h"
#include "net/KeyText.h"
#include "site/Outbox.h"
#include "util/IsoTime.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

using namespace examroom;
using namespace examroom::test;

namespace {

// Waits for the controller's running call to end.
bool settled(AgentLinkController& agent)
{
    return QTest::qWaitFor([&] { return !agent.busy(); }, 20000);
}

// The Plan and Settings screens as the proctor sees them, zh and en, for a person to look at.
void renderAgentScreens(ConsoleController& console, const std::string& tag)
{
    const QString dir = QStringLiteral(EXAMROOM_BINARY_DIR "/proctor-screens");
    QDir().mkpath(dir);
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/Examroom/Proctor/Main.qml")));
    REQUIRE(!engine.rootObjects().isEmpty());
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().front());
    REQUIRE(window);
    for (const char* language : {"zh", "en"}) {
        console.setLanguage(QString::fromLatin1(language));
        for (const char* step : {"plan", "settings"}) {
            console.setStep(QString::fromLatin1(step));
            QTest::qWait(400);
            const QString file =
                dir + QStringLiteral("/agent-%1-%2-%3.png")
                          .arg(QString::fromStdString(tag), QString::fromLatin1(step),
                               QString::fromLatin1(language));
            CHECK(window->grabWindow().save(file));
        }
    }
    console.setLanguage(QStringLiteral("zh"));
}

} // namespace

TEST_CASE("the console takes a plan from the agent and hands off its outbox over the link")
{
    // The centre publishes the sample plan; the agent pulls it (the hub is gone afterwards).
    Deployment s;
    run({kBinary, "--config", s.hubConfig, "hub", "publish", sampleDataDir().string(), "--site",
         "SZ-01"});
    s.startHub();
    s.writeAgentConfig(s.hubEndpoint);
    run({kBinary, "--config", s.agentConfig, "agent", "sync", "--give-up-after", "30"});
    s.stopHub();
    auto centre =
        net::parsePublicKeyText(keysLine(run({kBinary, "--config", s.hubConfig, "keys", "show"})));
    REQUIRE(centre);

    // The console's first start: its link key is made and shown.
    FixedClock clock(parseIsoTime("2027-03-01T10:00:00+08:00")->utc);
    site::SiteOptions options;
    options.kdfStrength = crypto::KdfStrength::MinForTests;
    ConsoleManager manager(clock, options);
    ConsoleController console(manager);
    ConsoleController::setInstance(&console);
    manager.setCentreKey(centre->sign);
    manager.open(s.dir / "console");
    REQUIRE(console.createAdministrator("admin", "admin-password", "admin-password"));
    AgentLinkController& agent = *console.agent();
    agent.load();
    REQUIRE(agent.consoleKey().size() == 40);
    CHECK(agent.consoleFingerprint().size() == 24);
    CHECK_FALSE(agent.configured());
    CHECK(agent.status() == "unset");
    CHECK_FALSE(agent.refreshPlans());
    CHECK(agent.messageIsError());

    // The technician enrols the console's key at the agent (agent.link.consoles) and pins the
    // agent's keys line at the console.
    const std::string endpoint = freeLoopbackEndpoint();
    s.link = R"({"listen":")" + endpoint + R"(","consoles":[")" + agent.consoleKey().toStdString() +
             R"("]})";
    s.writeAgentConfig("tcp://127.0.0.1:1");
    auto agentProcess = std::make_unique<ChildProcess>(
        std::vector<std::string>{kBinary, "--config", s.agentConfig.string(), "agent", "run"},
        s.dir / "agent.log");
    REQUIRE(waitUntil(
        [&] { return agentProcess->output().find("console link on") != std::string::npos; }, 20s));
    QSignalSpy passes(&agent, &AgentLinkController::finished);
    REQUIRE(agent.save(QString::fromStdString(endpoint), QString::fromStdString(s.siteKeys)));
    CHECK(agent.configured());
    CHECK(agent.agentFingerprint().toStdString() ==
          net::fingerprintOf(net::parsePublicKeyText(s.siteKeys)->sign,
                             net::parsePublicKeyText(s.siteKeys)->curve));
    // The first pass, a moment after the settings: the staff list goes to the agent.
    REQUIRE((passes.count() > 0 || passes.wait(20000)));
    REQUIRE(settled(agent));
    CHECK(agent.status() == "idle");
    CHECK(agent.problems().isEmpty());

    // The plans the agent holds; the proctor picks one and confirms it.
    REQUIRE(agent.refreshPlans());
    REQUIRE(settled(agent));
    INFO(agent.plansText().toStdString());
    REQUIRE_FALSE(agent.plansError());
    REQUIRE(agent.plans().size() == 1);
    const auto listed = agent.plans().front().toMap();
    CHECK(listed["planId"].toString() == "2026-GD-SZ-LV-INIT-07");
    CHECK_FALSE(listed["inUse"].toBool());
    REQUIRE(agent.takePlan(listed["planId"].toString(), listed["version"].toInt()));
    REQUIRE(manager.plan());
    CHECK(manager.plan()->package);
    CHECK(agent.plans().front().toMap()["inUse"].toBool());
    CHECK_FALSE(agent.takePlan(QStringLiteral("NO-SUCH-PLAN"), 1));
    REQUIRE(console.plan()->confirm());
    CHECK(agent.waiting() == 1);
    renderAgentScreens(console, "linked");

    // The confirmation goes to the agent; the status says so.
    REQUIRE(agent.handOffNow());
    REQUIRE(settled(agent));
    INFO(agent.problems().join('\n').toStdString());
    CHECK(agent.status() == "handed-off");
    CHECK(agent.waiting() == 0);
    CHECK(agent.handedOff() == 1);
    CHECK(site::Outbox(manager.store().database()).waitingCount() == 0);

    // The agent holds the confirmation and the staff list it signed for the console.
    agentProcess->signal(SIGTERM);
    REQUIRE(agentProcess->wait(10s));
    CHECK(agentProcess->exitCode() == 0);
    const auto status = s.agentStatus();
    INFO(status);
    CHECK(status.find("queued 2\n") != std::string::npos);

    // The agent is gone: a new document waits and the status gives the reason.
    const auto key = crypto::SigningKeyPair::generate();
    site::Outbox(manager.store().database())
        .queue(signDocument("session-record", "P/R9", R"({"n":1})", key), clock.now());
    agent.recount();
    CHECK(agent.waiting() == 1);
    REQUIRE(agent.handOffNow());
    REQUIRE(settled(agent));
    CHECK(agent.status() == "unreachable");
    CHECK(agent.waiting() == 1);
    CHECK(agent.statusText().contains(QStringLiteral("did not answer")));
    renderAgentScreens(console, "unreachable");
}
