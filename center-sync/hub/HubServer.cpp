#include "hub/HubServer.h"

#include "net/CurveSetup.h"
#include "net/Z85.h"
#include "net/ZapAuthenticator.h"
#include "protocol/UploadBatch.h"
#include "state/Asio.h"
#include "state/Log.h"
#include "state/ZmqWatcher.h"

namespace examroom::centersync {
namespace {

using nlohmann::json;

net::Message errorReply(const net::Message& request, const std::string& reason)
{
    return net::Message::withJson("error", request.requestId, {{"reason", reason}});
}

std::string_view uploadBytes(const net::Message& request)
{
    return {reinterpret_cast<const char*>(request.binary.data()), request.binary.size()};
}

bool isUpload(const net::Message& request)
{
    return request.type == "upload" && request.kind == net::BodyKind::Binary;
}

net::Message uploadReply(const net::Message& request, const BatchOutcome& outcome)
{
    logBatchOutcome(outcome, "batch");
    return net::Message::withJson("results", request.requestId,
                                  {{"receipt", outcome.receipt},
                                   {"stored", outcome.count("stored")},
                                   {"duplicate", outcome.count("duplicate")},
                                   {"rejected", outcome.count("rejected")},
                                   {"conflict", outcome.count("conflict")}});
}

const char* const kFaultReason = "the hub could not handle this request; try again";

} // namespace

HubServer::HubServer(HubStore& store, std::string listen)
    : m_store(store), m_listen(std::move(listen))
{
}

net::Message HubServer::handle(const std::string& siteId, const net::Message& request)
{
    if (request.type == "ping")
        return net::Message::empty("pong", request.requestId);
    if (request.type == "hello") {
        // An older agent would send uploads this hub cannot read: refuse it by name.
        auto version = request.json.find("protocol");
        if (request.kind != net::BodyKind::Json || version == request.json.end() ||
            !version->is_number_integer() || version->get<int>() != kCentreProtocol) {
            logLine("hub", "site " + siteId + " speaks another centre protocol; refused");
            return errorReply(request, "this hub speaks centre protocol " +
                                           std::to_string(kCentreProtocol) +
                                           " (binary uploads) and the agent another: update "
                                           "the agent or the hub so that both speak the same");
        }
        return net::Message::withJson("welcome", request.requestId,
                                      {{"site_id", siteId}, {"protocol", kCentreProtocol}});
    }
    if (request.type == "packages" && request.kind == net::BodyKind::Json) {
        std::vector<std::string> have;
        if (auto list = request.json.find("have"); list != request.json.end() && list->is_array())
            for (const auto& id : *list)
                if (id.is_string())
                    have.push_back(id.get<std::string>());
        json offers = json::array();
        for (const auto& offer : m_store.offers(siteId, have))
            offers.push_back({{"plan_id", offer.planId},
                              {"version", offer.version},
                              {"content_hash", offer.contentHash}});
        return net::Message::withJson("offers", request.requestId, {{"offers", offers}});
    }
    if (request.type == "package-get" && request.kind == net::BodyKind::Json) {
        auto plan = request.json.value("plan_id", "");
        auto version = request.json.value("version", 0);
        auto document = m_store.packageDocument(siteId, plan, version);
        if (!document)
            return errorReply(request, "no such package for this site");
        logLine("hub",
                "package " + plan + " v" + std::to_string(version) + " sent to site " + siteId);
        return net::Message::withBinary("package", request.requestId,
                                        crypto::ByteVector(document->begin(), document->end()));
    }
    if (isUpload(request)) {
        std::string error;
        auto outcome = m_store.ingestUpload(siteId, uploadBytes(request), &error);
        if (!outcome) {
            logLine("hub", "batch from site " + siteId + " refused: " + error);
            return errorReply(request, error);
        }
        return uploadReply(request, *outcome);
    }
    return errorReply(request, "unknown request type or body kind");
}

int HubServer::run()
{
    boost::asio::io_context io;
    zmq::context_t context;
    net::ZapAuthenticator zap(
        context, "examroom.centre",
        [](const crypto::CurvePublicKey& key, const std::optional<std::string>& label) {
            if (!label)
                logLine("hub", "refused a client key at the handshake: " + net::z85Encode(key));
        });
    zap.setAllowed(m_store.allowList());
    zmq::socket_t socket(context, zmq::socket_type::router);
    net::makeCurveServer(socket, m_store.identity().curve, "examroom.centre");
    socket.set(zmq::sockopt::router_mandatory, 1);
    socket.bind(m_listen);
    logLine("hub", "listening on " + net::lastEndpoint(socket) + " (" +
                       std::to_string(m_store.allowList().size()) + " enrolled site(s))");

    auto send = [&](const zmq::message_t& routing, const std::string& siteId,
                    const net::Message& reply) {
        try {
            if (!net::sendMessage(socket, reply, std::span<const zmq::message_t>(&routing, 1)))
                logLine("hub", "reply to site " + siteId + " dropped: send queue full");
        } catch (const zmq::error_t& e) {
            logLine("hub", "reply to site " + siteId + " dropped: " + e.what());
        }
    };
    // Uploads are ingested in two halves (HubStore::startUpload, finishUpload) so that the pool
    // checks the signatures of upload N+1 while this thread stores upload N: a started upload
    // waits here until the next request arrives (it is finished first, so replies keep the
    // order of the requests) or the socket is drained (a posted flush finishes it).
    struct Waiting
    {
        zmq::message_t routing;
        std::string siteId;
        net::Message request; // holds the bytes the started upload reads
        std::unique_ptr<StartedUpload> started;
    };
    std::unique_ptr<Waiting> waiting;
    auto finishWaiting = [&] {
        if (!waiting)
            return;
        const auto upload = std::move(waiting);
        net::Message reply;
        try {
            reply = uploadReply(upload->request, m_store.finishUpload(*upload->started));
        } catch (const std::exception& e) {
            logLine("hub",
                    "fault while handling upload from site " + upload->siteId + ": " + e.what());
            reply = errorReply(upload->request, kFaultReason);
        }
        send(upload->routing, upload->siteId, reply);
    };
    std::shared_ptr<ZmqWatcher> watcher;
    watcher = ZmqWatcher::create(io, socket, [&](std::vector<zmq::message_t>&& parts) {
        if (parts.size() < 2)
            return;
        const std::string siteId = parts.back().gets("User-Id");
        std::string error;
        auto frames = std::span<const zmq::message_t>(parts).subspan(1);
        auto request = net::decodeFrames(frames, &error);
        if (!request) {
            logLine("hub", "malformed message from site " + siteId + ": " + error);
            return;
        }
        if (isUpload(*request)) {
            auto next = std::make_unique<Waiting>(
                Waiting{std::move(parts[0]), siteId, std::move(*request), nullptr});
            net::Message refusal;
            try {
                next->started = m_store.startUpload(siteId, uploadBytes(next->request), &error);
                if (!next->started) {
                    logLine("hub", "batch from site " + siteId + " refused: " + error);
                    refusal = errorReply(next->request, error);
                }
            } catch (const std::exception& e) {
                logLine("hub", "fault while handling upload from site " + siteId + ": " + e.what());
                refusal = errorReply(next->request, kFaultReason);
            }
            finishWaiting(); // the upload before: stored while this one's checks run
            if (!next->started) {
                send(next->routing, siteId, refusal);
                return;
            }
            waiting = std::move(next);
            boost::asio::post(io, [&] {
                finishWaiting();
                watcher->poke(); // a send outside the handler may have taken the edge
            });
            return;
        }
        finishWaiting();
        net::Message reply;
        try {
            reply = handle(siteId, *request);
        } catch (const std::exception& e) {
            logLine("hub", "fault while handling " + request->type + " from site " + siteId + ": " +
                               e.what());
            reply = errorReply(*request, kFaultReason);
        }
        send(parts[0], siteId, reply);
    });
    watcher->start();

    boost::asio::steady_timer reload(io);
    // A reload already queued when the stop comes must not re-arm the timer: io.run() would
    // never return.
    bool stopping = false;
    std::function<void()> scheduleReload = [&] {
        reload.expires_after(std::chrono::seconds(2));
        reload.async_wait([&](const boost::system::error_code& error) {
            if (error || stopping)
                return;
            try {
                zap.setAllowed(m_store.allowList());
            } catch (const std::exception& e) {
                logLine("hub", std::string("cannot re-read the allow-list: ") + e.what());
            }
            scheduleReload();
        });
    };
    scheduleReload();

    boost::asio::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&](const boost::system::error_code& error, int signal) {
        if (error)
            return;
        logLine("hub", std::string("stopping on ") + (signal == SIGINT ? "SIGINT" : "SIGTERM"));
        stopping = true;
        watcher->stop();
        reload.cancel();
    });
    io.run();
    finishWaiting(); // stored; its reply goes out if the agent is still there
    logLine("hub", "stopped");
    return 0;
}

} // namespace examroom::centersync
