#pragma once

#include "agent/AgentStore.h"
#include "net/Message.h"
#include "state/Asio.h"
#include "state/Config.h"
#include "state/ZmqWatcher.h"

#include <deque>
#include <functional>
#include <memory>
#include <string>

namespace examroom::centersync {

// One sync attempt with the hub: hello, then new packages down (each verified against the
// pinned centre key before it is stored), one request at a time (Lazy Pirate); then the outbox
// up in signed batches until it is empty, with up to `in_flight` batches sent and unanswered
// (credit-based flow: each receipt, once applied and committed, frees the credit for the next
// batch), so the hub ingests one batch while the next travels and the agent applies the last
// receipt. Any silence longer than the request timeout while something is outstanding, or an
// error reply, ends the attempt as failed; the socket is closed (linger 0) and a retry starts
// with a fresh one, so a late reply can never be taken for the answer to another request.
// Everything the attempt stored stays stored; an unanswered batch is sent again by the next
// attempt, and the hub answers a repeat with the same receipt.
class AgentSync : public std::enable_shared_from_this<AgentSync>
{
public:
    using Progress = std::function<void(const std::string& line)>;
    using Done = std::function<void(bool ok, const std::string& why)>;

    static std::shared_ptr<AgentSync> create(boost::asio::io_context& io, zmq::context_t& context,
                                             AgentStore& store, const Config& config,
                                             Progress progress, Done done);
    ~AgentSync();

    // Connects and runs the steps; `done` is called exactly once (not after abandon()).
    void start();
    // Drops the in-flight request (the hub's handling is idempotent, so nothing is lost) and
    // closes the socket; `done` is not called.
    void abandon();

private:
    AgentSync(boost::asio::io_context& io, zmq::context_t& context, AgentStore& store,
              const Config& config, Progress progress, Done done);
    void request(net::Message message, std::function<void(const net::Message&)> onReply);
    void onMessage(std::vector<zmq::message_t>&& parts);
    void finish(bool ok, const std::string& why);
    void closeLater();
    void listPackages();
    void fetchPackage(nlohmann::json offers, std::size_t index);
    void uploadNext();
    void onUploadReply(const net::Message& reply);
    void armTimer();

    boost::asio::io_context& m_io;
    AgentStore& m_store;
    const Config& m_config;
    Progress m_progress;
    Done m_done;
    zmq::socket_t m_socket;
    std::shared_ptr<ZmqWatcher> m_watcher;
    boost::asio::steady_timer m_timer;
    std::string m_pendingId;
    std::function<void(const net::Message&)> m_onReply;
    std::uint64_t m_nextId = 0;
    // Upload batches sent and not yet answered, oldest first.
    struct Batch
    {
        std::string requestId;
        std::vector<OutboxItem> items;
        std::size_t bytes = 0;
    };
    std::deque<Batch> m_inFlight;
    std::int64_t m_lastSentSeq = 0; // this pass over the outbox has sent every item up to it
    bool m_passDone = false;        // nothing queued after m_lastSentSeq
    std::string m_idPrefix;
    bool m_finished = false;
    // Progress of this attempt.
    std::chrono::steady_clock::time_point m_started;
    int m_sentItems = 0;
    std::size_t m_sentBytes = 0;
    int m_total = 0;
};

} // namespace examroom::centersync
