#include "net/KeyText.h"
#include "net/Z85.h"
#include "site/AgentLinkStore.h"
#include "SiteTestSupport.h"

using namespace examroom;

namespace {

// A `keys:` line as `examroom-agent keys show` prints it.
std::string agentKeysLine(const crypto::SigningKeyPair& sign, const crypto::CurveKeyPair& curve)
{
    return net::publicKeyText({sign.publicKey(), curve.publicKey()});
}

} // namespace

TEST_CASE_FIXTURE(test::SiteFixture, "the console link key is made once and survives a reopen")
{
    const auto first = site::AgentLinkStore(*store).consoleKey();
    CHECK(site::AgentLinkStore(*store).consoleKey().publicKey() == first.publicKey());
    store.reset();
    store = openStore();
    const auto reopened = site::AgentLinkStore(*store).consoleKey();
    CHECK(reopened.publicKey() == first.publicKey());
    CHECK(crypto::publicKeyFromSecret(reopened.secretKey()) == first.publicKey());
    CHECK_FALSE(site::AgentLinkStore(*store).settings().configured());
}

TEST_CASE_FIXTURE(test::SiteFixture, "an administrator pins the agent and the change is audited")
{
    site::AgentLinkStore links(*store);
    const auto sign = crypto::SigningKeyPair::generate();
    const auto curve = crypto::CurveKeyPair::generate();
    const std::string line = agentKeysLine(sign, curve);
    REQUIRE(links.configure(admin, " tcp://127.0.0.1:5557 ", "  " + line + "\n").ok());
    const auto settings = links.settings();
    REQUIRE(settings.configured());
    CHECK(settings.endpoint == "tcp://127.0.0.1:5557");
    CHECK(settings.agent->curve == curve.publicKey());
    CHECK(settings.agent->sign == sign.publicKey());
    const auto entries = store->audit().entries();
    REQUIRE_FALSE(entries.empty());
    CHECK(entries.back().action == "agent-link-set");
    CHECK(entries.back().actor == "admin");
    CHECK(entries.back().detail.find(net::fingerprintOf(sign.publicKey(), curve.publicKey())) !=
          std::string::npos);
}

TEST_CASE_FIXTURE(test::SiteFixture, "agent settings refuse a proctor and malformed input")
{
    site::AgentLinkStore links(*store);
    const std::string line =
        agentKeysLine(crypto::SigningKeyPair::generate(), crypto::CurveKeyPair::generate());
    auto proctor = person("wang", site::Role::Proctor);
    CHECK(links.configure(proctor, "tcp://127.0.0.1:5557", line).refusal ==
          site::Refusal::NotPermitted);
    for (const char* bad : {"127.0.0.1:5557", "tcp://127.0.0.1", "tcp://host:70000", "ipc://",
                            "tcp://:5557", "http://x:1"}) {
        INFO(bad);
        auto refused = links.configure(admin, bad, line);
        CHECK(refused.refusal == site::Refusal::InvalidInput);
        CHECK(refused.why.find("agent address") != std::string::npos);
    }
    const std::string z85Only = line.substr(65);
    for (const std::string& bad : {z85Only, line.substr(0, 64), line + "x", std::string()}) {
        auto refused = links.configure(admin, "ipc:///run/examroom/agent-link", bad);
        CHECK(refused.refusal == site::Refusal::InvalidInput);
        CHECK(refused.why.find("agent key") != std::string::npos);
    }
    CHECK_FALSE(links.settings().configured());
    CHECK(links.configure(admin, "ipc:///run/examroom/agent-link", line).ok());
}
