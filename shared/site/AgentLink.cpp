#include "site/AgentLink.h"

#include "crypto/Hex.h"
#include "crypto/SecretBytes.h"
#include "net/CurveSetup.h"
#include "site/AccountManager.h"
#include "site/Outbox.h"

#include <zmq_addon.hpp>

namespace examroom::site {

AgentLink::AgentLink(crypto::CurveKeyPair consoleKey, std::string endpoint,
                     const crypto::CurvePublicKey& agentKey, std::chrono::milliseconds timeout)
    : m_key(std::move(consoleKey)), m_endpoint(std::move(endpoint)), m_agentKey(agentKey),
      m_timeout(timeout)
{
}

AgentLink::~AgentLink() = default;

void AgentLink::reconnect()
{
    m_socket.reset();
    m_socket = std::make_unique<zmq::socket_t>(m_context, zmq::socket_type::dealer);
    net::makeCurveClient(*m_socket, m_key, m_agentKey);
    m_socket->connect(m_endpoint);
    m_prefix = crypto::toHex(crypto::SecretBytes::random(6).span());
}

std::optional<net::Message> AgentLink::request(const net::Message& message, std::string* error)
{
    m_lastAnswered = false;
    if (!m_socket)
        reconnect();
    auto out = message;
    out.requestId = m_prefix + "-" + std::to_string(++m_nextId);
    // A DEALER queues the message until the CURVE handshake is done, so a send right after
    // connect() does not block; an agent that is not there costs the timeout below.
    if (!net::sendMessage(*m_socket, out)) {
        if (error)
            *error = "the link to the agent is full";
        reconnect();
        return std::nullopt;
    }
    const auto deadline = std::chrono::steady_clock::now() + m_timeout;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            break;
        zmq::pollitem_t item{m_socket->handle(), 0, ZMQ_POLLIN, 0};
        zmq::poll(&item, 1, left);
        if (!(item.revents & ZMQ_POLLIN))
            continue;
        std::vector<zmq::message_t> parts;
        if (!zmq::recv_multipart(*m_socket, std::back_inserter(parts), zmq::recv_flags::dontwait))
            continue;
        std::string why;
        auto reply = net::decodeFrames(parts, &why);
        if (!reply || reply->requestId != out.requestId)
            continue; // malformed, or the late answer to an earlier request: not ours
        m_lastAnswered = true;
        return reply;
    }
    if (error)
        *error = "the agent did not answer within " + std::to_string(m_timeout.count()) + " ms";
    // A fresh socket: the unanswered request can never be matched to a later one.
    reconnect();
    return std::nullopt;
}

HandoffReport AgentLink::handOff(Outbox& outbox, std::chrono::sys_seconds now)
{
    HandoffReport report;
    auto documents = outbox.waiting();
    for (const auto& document : documents) {
        const std::string what = document.kind + " " + document.id;
        std::string error;
        auto reply = request(net::Message::withJson(std::string(agentlink::Handoff), "x",
                                                    {{"document", document.toJson()}}),
                             &error);
        if (!reply) {
            report.agentReached = false;
            report.problems.push_back(error);
            break;
        }
        const auto& body = reply->json;
        if (reply->type == agentlink::Stored && reply->kind == net::BodyKind::Json &&
            body.value("kind", "") == document.kind && body.value("id", "") == document.id &&
            body.value("content_hash", "") == document.contentHash()) {
            // Marked only now: until here a crash leaves it waiting and it is sent again.
            outbox.markTaken(document, now);
            ++report.handedOff;
            continue;
        }
        ++report.refused;
        report.problems.push_back(what + ": " +
                                  (reply->kind == net::BodyKind::Json
                                       ? body.value("reason", "unexpected answer")
                                       : std::string("unexpected answer")));
    }
    report.waiting = static_cast<int>(documents.size()) - report.handedOff;
    return report;
}

std::vector<VouchedKey> staffKeys(const std::vector<AccountInfo>& accounts)
{
    std::vector<VouchedKey> out;
    for (const auto& account : accounts)
        out.push_back({account.name, std::string(roleName(account.role)), account.publicKey});
    return out;
}

bool AgentLink::vouchFor(std::string_view kind, const std::vector<VouchedKey>& keys,
                         std::string* error)
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto& entry : keys)
        list.push_back({{"key_id", entry.keyId},
                        {"role", entry.role},
                        {"sign_public", crypto::toHex(entry.key)}});
    auto reply = request(net::Message::withJson(std::string(agentlink::EnrolKeys), "x",
                                                {{"kind", kind}, {"keys", list}}),
                         error);
    if (!reply)
        return false;
    if (reply->type == agentlink::Stored && reply->kind == net::BodyKind::Json &&
        reply->json.value("kind", "") == kind)
        return true;
    if (error)
        *error = reply->kind == net::BodyKind::Json
                     ? reply->json.value("reason", "unexpected answer")
                     : std::string("unexpected answer");
    return false;
}

std::optional<std::vector<AgentPlan>> AgentLink::plans(std::string* error)
{
    auto reply = request(net::Message::empty(std::string(agentlink::Plans), "x"), error);
    if (!reply)
        return std::nullopt;
    auto fail = [&](std::string why) -> std::optional<std::vector<AgentPlan>> {
        if (error)
            *error = std::move(why);
        return std::nullopt;
    };
    if (reply->type != agentlink::PlanList || reply->kind != net::BodyKind::Json)
        return fail("the agent answered " + reply->type + " to a plan list request");
    auto list = reply->json.find("plans");
    if (list == reply->json.end() || !list->is_array())
        return fail("the agent's plan list has no plans array");
    std::vector<AgentPlan> out;
    for (const auto& entry : *list) {
        if (!entry.is_object() || !entry.contains("plan_id") || !entry["plan_id"].is_string() ||
            !entry.contains("version") || !entry["version"].is_number_integer() ||
            !entry.contains("package") || !entry["package"].is_string())
            return fail("the agent's plan list has an entry of the wrong shape");
        out.push_back({entry["plan_id"].get<std::string>(), entry["version"].get<int>(),
                       entry.value("content_hash", ""), entry["package"].get<std::string>()});
    }
    return out;
}

} // namespace examroom::site
