#include "agent/AgentSync.h"

#include "crypto/Hex.h"
#include "crypto/SecretBytes.h"
#include "net/CurveSetup.h"
#include "protocol/UploadBatch.h"
#include "state/Log.h"

#include <algorithm>
#include <cstdio>

namespace examroom::centersync {

using nlohmann::json;

namespace {

// A string field of a reply, `fallback` when missing or not a string (json::value() throws).
std::string textOf(const json& object, const char* key, const std::string& fallback = {})
{
    auto found = object.is_object() ? object.find(key) : object.end();
    return found != object.end() && found->is_string() ? found->get<std::string>() : fallback;
}

} // namespace

std::shared_ptr<AgentSync> AgentSync::create(boost::asio::io_context& io, zmq::context_t& context,
                                             AgentStore& store, const Config& config,
                                             Progress progress, Done done)
{
    return std::shared_ptr<AgentSync>(
        new AgentSync(io, context, store, config, std::move(progress), std::move(done)));
}

AgentSync::AgentSync(boost::asio::io_context& io, zmq::context_t& context, AgentStore& store,
                     const Config& config, Progress progress, Done done)
    : m_io(io), m_store(store), m_config(config), m_progress(std::move(progress)),
      m_done(std::move(done)), m_socket(context, zmq::socket_type::dealer), m_timer(io)
{
    // Request ids are unique across attempts and restarts: a random prefix per attempt.
    m_idPrefix = crypto::toHex(crypto::SecretBytes::random(6).span());
}

AgentSync::~AgentSync()
{
    if (m_watcher)
        m_watcher->stop();
}

void AgentSync::start()
{
    auto centre = m_store.centre();
    if (!centre || !m_config.hubAddress) {
        boost::asio::post(m_io, [self = shared_from_this()] {
            self->finish(false, "no trusted centre key or no agent.hub address configured");
        });
        return;
    }
    m_started = std::chrono::steady_clock::now();
    m_total = m_store.queuedCount();
    net::makeCurveClient(m_socket, m_store.identity().curve, centre->curve);
    m_socket.connect(*m_config.hubAddress);
    m_watcher = ZmqWatcher::create(m_io, m_socket, [weak = weak_from_this()](auto&& parts) {
        if (auto self = weak.lock())
            self->onMessage(std::move(parts));
    });
    m_watcher->start();
    request(net::Message::withJson("hello", "",
                                   {{"site_id", m_store.siteId()}, {"protocol", kCentreProtocol}}),
            [this](const net::Message& reply) {
                // An older hub answers without a version and could not read our uploads.
                auto version = reply.json.find("protocol");
                if (reply.type != "welcome" || version == reply.json.end() ||
                    !version->is_number_integer() || version->get<int>() != kCentreProtocol) {
                    finish(false, "the hub does not speak centre protocol " +
                                      std::to_string(kCentreProtocol) +
                                      " (binary uploads): update the hub or the agent so that "
                                      "both speak the same");
                    return;
                }
                listPackages();
            });
}

void AgentSync::abandon()
{
    m_finished = true;
    m_timer.cancel();
    if (m_watcher)
        m_watcher->stop();
    closeLater();
}

void AgentSync::closeLater()
{
    // Not now: this may run inside the watcher's drain loop, which reads the socket again
    // after the handler returns.
    boost::asio::post(m_io, [self = shared_from_this()] { self->m_socket.close(); });
}

void AgentSync::finish(bool ok, const std::string& why)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.cancel();
    if (m_watcher)
        m_watcher->stop();
    closeLater();
    if (m_done)
        m_done(ok, why);
}

void AgentSync::request(net::Message message, std::function<void(const net::Message&)> onReply)
{
    message.requestId = m_idPrefix + "-" + std::to_string(++m_nextId);
    m_pendingId = message.requestId;
    m_onReply = std::move(onReply);
    // The DEALER queues while the handshake runs; "would block" means the hub has not been
    // reachable long enough for the queue to fill, which is the same fault as silence.
    if (!net::sendMessage(m_socket, message)) {
        finish(false, "cannot queue a request for the hub");
        return;
    }
    m_watcher->poke();
    m_timer.expires_after(m_config.requestTimeout);
    m_timer.async_wait([weak = weak_from_this()](const boost::system::error_code& error) {
        if (auto self = weak.lock(); self && !error)
            self->finish(false, "the hub did not answer within " +
                                    std::to_string(self->m_config.requestTimeout.count()) + " ms");
    });
}

void AgentSync::onMessage(std::vector<zmq::message_t>&& parts)
{
    if (m_finished)
        return;
    std::string error;
    auto reply = net::decodeFrames(std::span<const zmq::message_t>(parts), &error);
    if (!reply) {
        logLine("agent", "malformed message from the hub ignored: " + error);
        return;
    }
    if (!m_inFlight.empty() && reply->requestId != m_pendingId) {
        onUploadReply(*reply);
        return;
    }
    if (reply->requestId != m_pendingId)
        return; // a reply to an earlier, abandoned request
    m_pendingId.clear();
    m_timer.cancel();
    if (reply->type == "error") {
        finish(false, "the hub refused: " + textOf(reply->json, "reason", "?"));
        return;
    }
    auto onReply = std::move(m_onReply);
    try {
        onReply(*reply);
    } catch (const std::exception& e) {
        finish(false, std::string("fault while handling the hub's reply: ") + e.what());
    }
}

void AgentSync::listPackages()
{
    request(net::Message::withJson("packages", "", {{"have", m_store.inboxIds()}}),
            [this](const net::Message& reply) {
                fetchPackage(reply.json.value("offers", json::array()), 0);
            });
}

void AgentSync::fetchPackage(json offers, std::size_t index)
{
    if (!offers.is_array() || index >= offers.size()) {
        uploadNext();
        return;
    }
    const auto offer = offers[index];
    const auto plan = offer.value("plan_id", "");
    const int version = offer.value("version", 0);
    request(net::Message::withJson("package-get", "", {{"plan_id", plan}, {"version", version}}),
            [this, offers = std::move(offers), index, plan, version](const net::Message& reply) {
                std::string text(reply.binary.begin(), reply.binary.end());
                std::string error;
                if (reply.type != "package" || !m_store.storePackage(text, &error))
                    logLine("agent", "package " + plan + " v" + std::to_string(version) +
                                         " refused: " + (error.empty() ? "wrong reply" : error));
                else
                    logLine("agent", "package " + plan + " v" + std::to_string(version) +
                                         " verified and stored (" + std::to_string(text.size()) +
                                         " bytes)");
                fetchPackage(offers, index + 1);
            });
}

void AgentSync::armTimer()
{
    // Silence is measured from the last send or reply: the hub answers batches in order, so
    // the last of several in flight may rightly wait for all before it.
    m_timer.expires_after(m_config.requestTimeout);
    m_timer.async_wait([weak = weak_from_this()](const boost::system::error_code& error) {
        if (auto self = weak.lock(); self && !error)
            self->finish(false, "the hub did not answer within " +
                                    std::to_string(self->m_config.requestTimeout.count()) + " ms");
    });
}

void AgentSync::uploadNext()
{
    while (!m_finished && static_cast<int>(m_inFlight.size()) < m_config.inFlight) {
        if (m_passDone) {
            if (!m_inFlight.empty())
                return;
            // Items a receipt left unsettled are still queued: another pass sends them again
            // (each answered batch counted an attempt, so this ends at max_attempts).
            if (m_store.queuedCount() == 0) {
                finish(true, "outbox empty");
                return;
            }
            m_passDone = false;
            m_lastSentSeq = 0;
        }
        auto items = m_store.nextBatch(m_config.batchSize, m_lastSentSeq, m_config.batchBytes);
        if (items.empty()) {
            m_passDone = true;
            continue;
        }
        m_lastSentSeq = items.back().seq;
        std::vector<UploadItem> upload;
        upload.reserve(items.size());
        std::size_t bytes = 0;
        for (const auto& item : items) {
            upload.push_back({item.document, item.contentHash});
            bytes += item.document.size();
        }
        Batch batch{m_idPrefix + "-" + std::to_string(++m_nextId), std::move(items), bytes};
        auto text = makeUpload(m_store.siteId(), upload, m_store.identity().sign,
                               m_idPrefix + "-batch-" + std::to_string(m_nextId));
        auto message = net::Message::withBinary(
            "upload", batch.requestId,
            crypto::ByteVector(reinterpret_cast<const std::uint8_t*>(text.data()),
                               reinterpret_cast<const std::uint8_t*>(text.data()) + text.size()));
        if (!net::sendMessage(m_socket, message)) {
            finish(false, "cannot queue a batch for the hub");
            return;
        }
        m_watcher->poke();
        m_inFlight.push_back(std::move(batch));
        armTimer();
    }
}

void AgentSync::onUploadReply(const net::Message& reply)
{
    auto batch = std::find_if(m_inFlight.begin(), m_inFlight.end(),
                              [&](const Batch& b) { return b.requestId == reply.requestId; });
    if (batch == m_inFlight.end())
        return; // a reply to an earlier, abandoned request
    if (reply.type == "error") {
        finish(false, "the hub refused: " + textOf(reply.json, "reason", "?"));
        return;
    }
    Batch done = std::move(*batch);
    m_inFlight.erase(batch);
    if (m_inFlight.empty())
        m_timer.cancel();
    else
        armTimer();
    try {
        auto counts =
            m_store.applyReceipt(textOf(reply.json, "receipt"), &done.items, m_config.maxAttempts);
        m_sentItems += static_cast<int>(done.items.size());
        m_sentBytes += done.bytes;
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
        char line[240];
        std::snprintf(line, sizeof line,
                      "sent %d/%d items, %.1f kB, %.0f items/s; %d receipted, %d "
                      "refused, %d bad receipts, %d given up",
                      m_sentItems, m_total, m_sentBytes / 1000.0,
                      seconds > 0 ? m_sentItems / seconds : 0.0, counts.receipted, counts.rejected,
                      counts.badReceipts, counts.failed);
        if (m_progress)
            m_progress(line);
        if (counts.receipted + counts.rejected + counts.failed == 0) {
            finish(false, "no item of the batch was settled");
            return;
        }
        uploadNext();
    } catch (const std::exception& e) {
        finish(false, std::string("fault while handling the hub's reply: ") + e.what());
    }
}

} // namespace examroom::centersync
