#include "agent/AgentLinkServer.h"

#include "crypto/Hash.h"
#include "crypto/Hex.h"
#include "net/CurveSetup.h"
#include "net/Z85.h"
#include "protocol/KeyList.h"
#include "site/AgentLink.h"
#include "state/Log.h"

namespace examroom::centersync {
namespace {

using nlohmann::json;
namespace link = site::agentlink;

net::Message refusedReply(const net::Message& request, const std::string& reason)
{
    return net::Message::withJson(std::string(link::Refused), request.requestId,
                                  {{"reason", reason}});
}

std::string_view statusName(EnqueueResult result)
{
    switch (result) {
    case EnqueueResult::Queued:
        return "queued";
    case EnqueueResult::AlreadyQueued:
        return "already-queued";
    case EnqueueResult::AlreadyReceipted:
        return "already-receipted";
    case EnqueueResult::Conflict:
        return "conflict";
    case EnqueueResult::Refused:
        return "refused";
    }
    return "?";
}

} // namespace

AgentLinkServer::AgentLinkServer(boost::asio::io_context& io, zmq::context_t& context,
                                 AgentStore& store, const std::string& endpoint,
                                 const std::set<crypto::CurvePublicKey>& consoles)
    : m_store(store),
      m_zap(context, std::string(link::ZapDomain),
            [](const crypto::CurvePublicKey& key, const std::optional<std::string>& label) {
                if (!label)
                    logLine("agent", "console link: refused an unlisted key at the handshake: " +
                                         net::z85Encode(key));
            }),
      m_socket(context, zmq::socket_type::router)
{
    std::map<crypto::CurvePublicKey, std::string> allowed;
    for (const auto& key : consoles)
        allowed[key] = "console";
    m_zap.setAllowed(std::move(allowed));
    net::makeCurveServer(m_socket, store.identity().curve, std::string(link::ZapDomain));
    m_socket.set(zmq::sockopt::router_mandatory, 1);
    m_socket.bind(endpoint);
    logLine("agent", "console link on " + net::lastEndpoint(m_socket) + " (" +
                         std::to_string(consoles.size()) + " console key(s))");
    m_watcher = ZmqWatcher::create(io, m_socket, [this](std::vector<zmq::message_t>&& parts) {
        if (parts.size() < 2)
            return;
        std::string error;
        auto request = net::decodeFrames(std::span<const zmq::message_t>(parts).subspan(1), &error);
        if (!request) {
            logLine("agent", "console link: malformed message: " + error);
            return;
        }
        net::Message reply;
        try {
            reply = handle(*request);
        } catch (const std::exception& e) {
            // Nothing was confirmed: the console keeps the document and sends it again.
            logLine("agent",
                    "console link: fault while handling " + request->type + ": " + e.what());
            reply = net::Message::withJson(std::string(link::Error), request->requestId,
                                           {{"reason", "the agent could not store it; try again"}});
        }
        try {
            if (!net::sendMessage(m_socket, reply, std::span<const zmq::message_t>(parts).first(1)))
                logLine("agent", "console link: reply dropped: send queue full");
        } catch (const zmq::error_t& e) {
            logLine("agent", std::string("console link: reply dropped: ") + e.what());
        }
    });
    m_watcher->start();
}

AgentLinkServer::~AgentLinkServer()
{
    stop();
}

void AgentLinkServer::stop()
{
    if (m_watcher)
        m_watcher->stop();
}

std::string AgentLinkServer::endpoint()
{
    return net::lastEndpoint(m_socket);
}

net::Message AgentLinkServer::handle(const net::Message& request)
{
    if (request.type == link::Handoff && request.kind == net::BodyKind::Json) {
        auto text = request.json.find("document");
        if (text == request.json.end() || !text->is_string())
            return refusedReply(request, "no document");
        auto document = SignedDocument::fromJson(text->get<std::string>());
        if (!document || !verifySignature(*document))
            return refusedReply(request, "not a correctly signed document");
        std::string why;
        const auto result = m_store.enqueue(*document, &why);
        if (result == EnqueueResult::Refused) {
            logLine("agent",
                    "console link: " + document->kind + " " + document->id + " refused: " + why);
            return refusedReply(request, why);
        }
        if (result == EnqueueResult::Conflict) {
            logLine("agent", "console link: " + document->kind + " " + document->id +
                                 " differs from the one already held; refused");
            return refusedReply(request, "a different document with this kind and id is already "
                                         "held by the agent");
        }
        if (result == EnqueueResult::Queued)
            logLine("agent", "console link: queued " + document->kind + " " + document->id);
        return net::Message::withJson(std::string(link::Stored), request.requestId,
                                      {{"kind", document->kind},
                                       {"id", document->id},
                                       {"content_hash", document->contentHash()},
                                       {"status", statusName(result)}});
    }
    if (request.type == link::EnrolKeys && request.kind == net::BodyKind::Json) {
        const auto kind = request.json.value("kind", "");
        auto keys = request.json.find("keys");
        if (!isKeyListKind(kind) || keys == request.json.end() || !keys->is_array())
            return refusedReply(request, "not a kiosk or staff list");
        // The body checks (ids, roles, keys) are the list's own: build the body the hub will
        // read and parse it back, so nothing the hub would refuse is signed.
        nlohmann::json entries = nlohmann::json::array();
        for (const auto& key : *keys) {
            if (!key.is_object())
                return refusedReply(request, "a key entry is not an object");
            auto entry = nlohmann::json{{"sign_public", key.value("sign_public", "")}};
            entry[kind == kKioskListKind ? "kiosk_id" : "staff_id"] = key.value("key_id", "");
            if (kind == kStaffListKind)
                entry["role"] = key.value("role", "");
            entries.push_back(std::move(entry));
        }
        std::string why;
        auto listed = parseKeyList(
            kind,
            nlohmann::json{{"format", kind == kKioskListKind ? "examroom.kiosk-list.v1"
                                                             : "examroom.staff-list.v1"},
                           {"site_id", m_store.siteId()},
                           {kind == kKioskListKind ? "kiosks" : "staff", entries}}
                .dump(),
            m_store.siteId(), &why);
        if (!listed)
            return refusedReply(request, why);
        // The id follows from the content: the same keys again are the same list.
        const auto body = keyListBody(kind, m_store.siteId(), listed->keys);
        const auto listId = kind + "-" + crypto::toHex(crypto::hash(crypto::asBytes(body), 16));
        const auto result = m_store.enqueueKeyList(kind, listed->keys, listId, {}, &why);
        if (result == EnqueueResult::Refused)
            return refusedReply(request, why);
        if (result == EnqueueResult::Conflict)
            return refusedReply(request, "a different list with this id is already held");
        if (result == EnqueueResult::Queued)
            logLine("agent", "console link: queued " + kind + " " + listId + " (" +
                                 std::to_string(listed->keys.size()) + " key(s))");
        auto document = signDocument(kind, listId, body, m_store.identity().sign);
        return net::Message::withJson(std::string(link::Stored), request.requestId,
                                      {{"kind", kind},
                                       {"id", listId},
                                       {"content_hash", document.contentHash()},
                                       {"status", statusName(result)}});
    }
    if (request.type == link::Plans) {
        json plans = json::array();
        for (const auto& package : m_store.inboxPackages())
            plans.push_back({{"plan_id", package.planId},
                             {"version", package.version},
                             {"content_hash", package.contentHash},
                             {"package", package.document}});
        return net::Message::withJson(std::string(link::PlanList), request.requestId,
                                      {{"plans", plans}});
    }
    return net::Message::withJson(std::string(link::Error), request.requestId,
                                  {{"reason", "unknown request type or body kind"}});
}

} // namespace examroom::centersync
