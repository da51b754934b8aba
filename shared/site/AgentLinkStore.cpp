#include "site/AgentLinkStore.h"

#include "crypto/SecretBytes.h"
#include "site/PersonSession.h"
#include "site/SiteStore.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace examroom::site {
namespace {

std::int64_t seconds(const SiteStore& store)
{
    return std::int64_t(store.clock().now().time_since_epoch().count());
}

std::string_view trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

} // namespace

std::string endpointProblem(std::string_view endpoint)
{
    if (endpoint.starts_with("ipc://"))
        return endpoint.size() > 6 ? std::string() : "ipc:// needs a path";
    if (!endpoint.starts_with("tcp://"))
        return "the address must start with tcp:// or ipc://";
    const auto hostPort = endpoint.substr(6);
    const auto colon = hostPort.rfind(':');
    if (colon == std::string_view::npos || colon == 0)
        return "a tcp:// address needs a host and a port (tcp://HOST:PORT)";
    const auto port = hostPort.substr(colon + 1);
    if (port.empty() || port.size() > 5 ||
        !std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
        std::stoi(std::string(port)) < 1 || std::stoi(std::string(port)) > 65535)
        return "the port must be a number from 1 to 65535";
    return {};
}

crypto::CurveKeyPair AgentLinkStore::consoleKey()
{
    auto& db = m_store.database();
    auto read = db.prepare("SELECT console_secret_key FROM agent_link WHERE id = 1");
    if (read.step()) {
        auto bytes = read.columnBlob(0);
        crypto::SecretBytes secret(bytes);
        std::fill(bytes.begin(), bytes.end(), std::uint8_t{0});
        return crypto::CurveKeyPair::fromSecretKey(std::move(secret));
    }
    read.reset();
    auto key = crypto::CurveKeyPair::generate();
    store::Transaction tx(db);
    db.prepare("INSERT INTO agent_link (id, console_secret_key, console_public_key, created_at, "
               "updated_at) VALUES (1, ?, ?, ?, ?)")
        .bindBlob(1, key.secretKey().span())
        .bindBlob(2, key.publicKey())
        .bind(3, seconds(m_store))
        .bind(4, seconds(m_store))
        .execute();
    tx.commit();
    return key;
}

AgentLinkSettings AgentLinkStore::settings()
{
    AgentLinkSettings out;
    auto read = m_store.database().prepare(
        "SELECT endpoint, agent_sign_key, agent_curve_key FROM agent_link WHERE id = 1");
    if (!read.step())
        return out;
    out.endpoint = read.columnText(0);
    if (!read.isNull(1) && !read.isNull(2)) {
        const auto sign = read.columnBlob(1);
        const auto curve = read.columnBlob(2);
        net::PublicKeys keys;
        std::copy(sign.begin(), sign.end(), keys.sign.begin());
        std::copy(curve.begin(), curve.end(), keys.curve.begin());
        out.agent = keys;
    }
    return out;
}

Outcome AgentLinkStore::configure(PersonSession& person, std::string_view endpoint,
                                  std::string_view agentKeys)
{
    if (auto gate = m_store.admit(person, false); !gate)
        return gate;
    if (person.role() != Role::Administrator)
        return Outcome::refused(Refusal::NotPermitted, "only an administrator sets the agent");
    endpoint = trimmed(endpoint);
    if (auto problem = endpointProblem(endpoint); !problem.empty())
        return Outcome::refused(Refusal::InvalidInput, "agent address: " + problem);
    auto keys = net::parsePublicKeyText(trimmed(agentKeys));
    if (!keys)
        return Outcome::refused(Refusal::InvalidInput,
                                "agent key: not the keys: line of `examroom-agent keys show` "
                                "(64 hex digits, a colon, 40 Z85 characters)");
    (void)consoleKey(); // the row exists from here on
    auto& db = m_store.database();
    store::Transaction tx(db);
    db.prepare("UPDATE agent_link SET endpoint = ?, agent_sign_key = ?, agent_curve_key = ?, "
               "updated_at = ? WHERE id = 1")
        .bind(1, endpoint)
        .bindBlob(2, keys->sign)
        .bindBlob(3, keys->curve)
        .bind(4, seconds(m_store))
        .execute();
    m_store.audit().appendWithin(
        person.name(), person.key(), "agent-link-set", std::string(endpoint), "",
        nlohmann::json{{"agent_fingerprint", net::fingerprintOf(keys->sign, keys->curve)}}.dump());
    tx.commit();
    return Outcome::success();
}

} // namespace examroom::site
