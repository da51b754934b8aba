#include "room/RoomClient.h"

#include "crypto/Fingerprint.h"
#include "crypto/Hash.h"
#include "crypto/Hex.h"
#include "crypto/Secretbox.h"
#include "net/Drain.h"
#include "net/Message.h"
#include "room/WireCodec.h"
#include "store/Transaction.h"

#include <set>
#include <sodium.h>
#include <stdexcept>

namespace examroom::room {

using json = nlohmann::json;
using Clock = std::chrono::steady_clock;
using detail::field;

namespace {

constexpr std::size_t kMirrorBatch = 200;
constexpr std::size_t kMaxBundleBytes = 512u << 20;

std::string randomHex(std::size_t bytes)
{
    auto random = crypto::SecretBytes::random(bytes);
    return crypto::toHex(crypto::ByteSpan(random.data(), random.size()));
}

std::string nowText()
{
    return std::to_string(std::chrono::duration_cast<std::chrono::seconds>(
                              std::chrono::system_clock::now().time_since_epoch())
                              .count());
}

// What pairing stored.
struct LinkRow
{
    crypto::CurvePublicKey consoleKey{};
    std::string endpoint;
    std::string roomId;
    int seatNo = 0;
};

// A provisioning transfer being received: chunks stay in memory until the whole bundle is
// there and its hash matches; only then is anything stored.
struct Staging
{
    std::string id;
    std::string sessionId;
    std::size_t bytes = 0;
    int chunkCount = 0;
    std::size_t chunkBytes = 0;
    crypto::ByteVector hash;
    std::map<int, crypto::ByteVector> chunks;
};

} // namespace

struct RoomClient::Impl
{
    store::Database& db;
    const crypto::CurveKeyPair& curve;
    const crypto::SigningKeyPair& signing;
    RoomClientOptions options;
    ClientEventHandler handler;
    StatusProvider statusProvider;
    std::string fingerprint;

    zmq::context_t context;
    zmq::socket_t room;
    zmq::socket_t pairing;
    std::optional<LinkRow> link;
    std::string pairingCode;
    Clock::time_point lastPairRequest{};

    std::string consoleInstance;
    bool linkUp = false;
    Clock::time_point lastHeard{};
    Clock::time_point lastHeartbeat{};
    Clock::time_point lastResend{};
    // Outbox rows already reported as unreadable (once each, not at every resend).
    std::set<std::int64_t> reportedUnreadable;
    std::map<std::string, std::int64_t> mirrorSent; // attempt -> highest seq sent
    std::optional<Staging> staging;
    std::optional<ProvisionBundle> bundle;
    bool unlocked = false;
    int counter = 0;

    Impl(store::Database& d, const crypto::CurveKeyPair& c, const crypto::SigningKeyPair& s,
         RoomClientOptions o, ClientEventHandler h, StatusProvider p)
        : db(d), curve(c), signing(s), options(std::move(o)), handler(std::move(h)),
          statusProvider(std::move(p)), fingerprint(crypto::fingerprint(s.publicKey()))
    {
    }

    std::string nextId(const char* prefix)
    {
        return std::string(prefix) + "-" + std::to_string(++counter);
    }

    bool deliver(const ClientEvent& event, std::string& why)
    {
        return handler ? handler(event, why) : true;
    }
    void deliver(const ClientEvent& event)
    {
        std::string why;
        (void)deliver(event, why);
    }

    void loadState()
    {
        auto read = db.prepare(
            "SELECT console_key, room_endpoint, room_id, seat_no FROM room_link WHERE id = 1");
        if (read.step()) {
            LinkRow row;
            auto key = read.columnBlob(0);
            if (key.size() != row.consoleKey.size())
                throw std::runtime_error("kiosk.db: the pinned console key is damaged");
            std::copy(key.begin(), key.end(), row.consoleKey.begin());
            row.endpoint = read.columnText(1);
            row.roomId = read.columnText(2);
            row.seatNo = int(read.columnInt64(3));
            link = row;
        }
        auto bundleRow = db.prepare("SELECT bundle FROM room_provision WHERE id = 1");
        if (bundleRow.step()) {
            auto bytes = bundleRow.columnBlob(0);
            bundle = ProvisionBundle::decode(bytes);
        }
    }

    void connectRoom()
    {
        room = zmq::socket_t(context, zmq::socket_type::dealer);
        net::makeCurveClient(room, curve, link->consoleKey, options.link);
        // Nothing queues for a console that is not there: the outbox and the journal replay.
        room.set(zmq::sockopt::immediate, 1);
        room.connect(options.roomEndpoint.empty() ? link->endpoint : options.roomEndpoint);
        sendHello();
    }

    bool send(const net::Message& message)
    {
        if (!room)
            return false;
        return net::sendMessage(room, message);
    }

    KioskStatus status()
    {
        KioskStatus s = statusProvider ? statusProvider() : KioskStatus{};
        if (link) {
            s.roomId = link->roomId;
            s.seatNo = link->seatNo;
        }
        s.appVersion = options.appVersion;
        s.provisionedSession = bundle ? bundle->sessionId : "";
        s.unlocked = unlocked;
        s.outboxPending = outboxPending();
        s.wallClockMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
        return s;
    }

    int outboxPending()
    {
        auto count = db.prepare("SELECT COUNT(*) FROM outbox WHERE acked = 0");
        return count.step() ? int(count.columnInt64(0)) : 0;
    }

    void sendHello()
    {
        json heads = json::object();
        for (const auto& [attempt, seq] : AnswerJournal(db).lastSeqs())
            heads[attempt] = seq;
        (void)send(net::Message::withJson(std::string(msg::Hello), nextId("hello"),
                                          {{"status", status().toJson()}, {"heads", heads}}));
        lastHeartbeat = Clock::now();
    }

    void sendHeartbeat()
    {
        (void)send(net::Message::withJson(std::string(msg::Heartbeat), nextId("hb"),
                                          {{"status", status().toJson()}}));
        lastHeartbeat = Clock::now();
    }

    std::int64_t ackedSeq(const std::string& attempt)
    {
        auto read = db.prepare("SELECT acked_seq FROM room_mirror WHERE attempt = ?");
        read.bind(1, attempt);
        return read.step() ? read.columnInt64(0) : 0;
    }

    void setAcked(const std::string& attempt, std::int64_t seq, bool exact)
    {
        // No UPSERT in SQLite 3.15: insert, then update.
        auto insert = db.prepare("INSERT OR IGNORE INTO room_mirror (attempt, acked_seq) "
                                 "VALUES (?, 0)");
        insert.bind(1, attempt);
        insert.execute();
        auto update = db.prepare(exact ? "UPDATE room_mirror SET acked_seq = ?2 WHERE attempt = ?1"
                                       : "UPDATE room_mirror SET acked_seq = MAX(acked_seq, ?2) "
                                         "WHERE attempt = ?1");
        update.bind(1, attempt);
        update.bind(2, seq);
        update.execute();
    }

    // Sends the journal entries of `attempt` after what was sent (or, with `fromAcked`, after
    // what the console acknowledged), one batch.
    void sendMirror(const std::string& attempt, bool fromAcked)
    {
        if (!linkUp)
            return;
        const std::int64_t acked = ackedSeq(attempt);
        std::int64_t after = fromAcked ? acked : std::max(acked, mirrorSent[attempt]);
        AnswerJournal journal(db);
        auto entries = journal.entriesAfter(attempt, after);
        if (entries.empty())
            return;
        if (entries.size() > kMirrorBatch)
            entries.resize(kMirrorBatch);
        json list = json::array();
        for (const auto& entry : entries)
            list.push_back(entryToJson(entry));
        if (send(net::Message::withJson(std::string(msg::Mirror), nextId("mirror"),
                                        {{"attempt", attempt}, {"entries", list}})))
            mirrorSent[attempt] = entries.back().seq;
    }

    void replayAll()
    {
        for (const auto& [attempt, seq] : AnswerJournal(db).lastSeqs())
            sendMirror(attempt, true);
        auto outbox = db.prepare("SELECT kind, message_key, body, id FROM outbox WHERE acked = 0 "
                                 "ORDER BY id");
        std::string unreadable;
        while (outbox.step()) {
            auto body = json::parse(outbox.columnText(2), nullptr, false);
            if (!body.is_discarded()) {
                (void)send(net::Message::withJson(outbox.columnText(0), nextId("outbox"), body));
                continue;
            }
            // Stays in the outbox for someone to look at; the rest still go.
            const auto row = outbox.columnInt64(3);
            if (reportedUnreadable.insert(row).second)
                unreadable += (unreadable.empty() ? "" : ", ") + std::to_string(row) + " (" +
                              outbox.columnText(0) + ")";
        }
        lastResend = Clock::now();
        if (!unreadable.empty())
            throw std::runtime_error("kiosk.db outbox row " + unreadable +
                                     " is not JSON: not sent, kept in the outbox");
    }

    void queueOutbox(const std::string& kind, const std::string& key, const json& body)
    {
        auto insert =
            db.prepare("INSERT OR IGNORE INTO outbox (message_key, kind, body) VALUES (?, ?, ?)");
        insert.bind(1, key);
        insert.bind(2, kind);
        insert.bind(3, body.dump());
        insert.execute();
        if (linkUp)
            (void)send(net::Message::withJson(kind, nextId("outbox"), body));
    }

    // ---- pairing
    void sendPairRequest()
    {
        PairingRequest request;
        request.code = pairingCode;
        request.fingerprint = fingerprint;
        request.curveKey = curve.publicKey();
        request.signingKey = signing.publicKey();
        request.appVersion = options.appVersion;
        const auto statement =
            pairingStatement(pairingCode, curve.publicKey(), *options.consoleKey);
        request.signature = signing.sign(crypto::asBytes(statement));
        (void)net::sendMessage(pairing, net::Message::withJson(std::string(msg::PairRequest),
                                                               nextId("pair"), request.toJson()));
        lastPairRequest = Clock::now();
    }

    void onPairing(std::vector<zmq::message_t>&& parts)
    {
        auto message = net::decodeFrames(parts);
        if (!message || message->type != msg::PairAccepted || link)
            return;
        auto consoleKey = detail::keyFromHex<32>(message->json, "console_key");
        auto room_ = field<std::string>(message->json, "room");
        auto seat = field<int>(message->json, "seat");
        auto endpoint = field<std::string>(message->json, "room_endpoint");
        if (!consoleKey || *consoleKey != *options.consoleKey || !room_ || !seat || !endpoint)
            return;
        LinkRow row{*consoleKey, options.roomEndpoint.empty() ? *endpoint : options.roomEndpoint,
                    *room_, *seat};
        auto insert = db.prepare("INSERT OR REPLACE INTO room_link (id, console_key, "
                                 "room_endpoint, room_id, seat_no, paired_at) "
                                 "VALUES (1, ?, ?, ?, ?, ?)");
        insert.bind(1, crypto::ByteSpan(row.consoleKey));
        insert.bind(2, row.endpoint);
        insert.bind(3, row.roomId);
        insert.bind(4, row.seatNo);
        insert.bind(5, nowText());
        insert.execute();
        link = row;
        pairingCode.clear();
        connectRoom();
        deliver(Paired{row.roomId, row.seatNo});
    }

    // ---- the room socket
    void onRoom(std::vector<zmq::message_t>&& parts)
    {
        auto message = net::decodeFrames(parts);
        if (!message)
            return; // the console is pinned; a malformed frame is a fault of the wire
        lastHeard = Clock::now();
        const auto& m = *message;
        if (m.type == msg::Welcome) {
            consoleInstance = field<std::string>(m.json, "instance").value_or("");
            if (m.json.contains("mirror") && m.json["mirror"].is_object())
                for (const auto& [attempt, seq] : m.json["mirror"].items())
                    if (seq.is_number_integer()) {
                        // The console's word is the truth: after a console restart with a
                        // lost mirror, everything goes again.
                        setAcked(attempt, seq.get<std::int64_t>(), true);
                        mirrorSent[attempt] = seq.get<std::int64_t>();
                    }
            if (!linkUp) {
                linkUp = true;
                deliver(LinkChanged{true});
            }
            replayAll();
        } else if (m.type == msg::Beat) {
            if (field<std::string>(m.json, "instance").value_or("") != consoleInstance)
                sendHello(); // a restarted console: resync
            else if (!linkUp)
                sendHello();
        } else if (m.type == msg::ProvisionBegin) {
            onProvisionBegin(m);
        } else if (m.type == msg::ProvisionChunk) {
            onProvisionChunk(m);
        } else if (m.type == msg::Unlock) {
            onUnlock(m);
        } else if (m.type == msg::LoginVerdict) {
            auto verdict = loginVerdictFromName(field<std::string>(m.json, "verdict").value_or(""));
            if (verdict)
                deliver(LoginAnswered{field<std::string>(m.json, "ticket").value_or(""), *verdict});
        } else if (m.type == msg::Seed || m.type == msg::Command) {
            onApply(m);
        } else if (m.type == msg::MirrorAck) {
            auto attempt = field<std::string>(m.json, "attempt");
            auto seq = field<std::int64_t>(m.json, "seq");
            if (attempt && seq)
                setAcked(*attempt, *seq, false);
        } else if (m.type == msg::OutboxAck) {
            auto key = field<std::string>(m.json, "key");
            if (!key)
                return;
            auto update = db.prepare("UPDATE outbox SET acked = 1 WHERE message_key = ? AND "
                                     "acked = 0");
            update.bind(1, *key);
            if (update.execute() > 0)
                deliver(OutboxAcked{*key, field<std::string>(m.json, "kind").value_or("")});
        }
    }

    void onProvisionBegin(const net::Message& m)
    {
        auto id = field<std::string>(m.json, "transfer");
        auto session = field<std::string>(m.json, "session");
        auto bytes = field<std::size_t>(m.json, "bytes");
        auto chunks = field<int>(m.json, "chunks");
        auto chunkBytes = field<std::size_t>(m.json, "chunk_bytes");
        auto hashHex = field<std::string>(m.json, "hash");
        auto hash = hashHex ? crypto::fromHex(*hashHex) : std::nullopt;
        if (!id || !session || !bytes || !chunks || !chunkBytes || !hash || hash->size() != 32 ||
            *bytes > kMaxBundleBytes || *chunks < 1 || *chunkBytes == 0 ||
            std::size_t(*chunks) != (*bytes + *chunkBytes - 1) / *chunkBytes)
            return refuseTransfer(id.value_or(""), "malformed provision-begin");
        // Already stored (the done was lost): say so again.
        auto stored = db.prepare("SELECT content_hash FROM room_provision WHERE id = 1");
        if (stored.step() && stored.columnBlob(0) == *hash) {
            (void)send(net::Message::withJson(std::string(msg::ProvisionDone), m.requestId,
                                              {{"transfer", *id}, {"session", *session}}));
            return;
        }
        if (staging && staging->id == *id)
            return; // a repeat: keep what arrived
        staging = Staging{*id, *session, *bytes, *chunks, *chunkBytes, *hash, {}};
    }

    void refuseTransfer(const std::string& id, const std::string& why)
    {
        (void)send(net::Message::withJson(std::string(msg::ProvisionRefused), id.empty() ? "x" : id,
                                          {{"transfer", id}, {"why", why}}));
    }

    void onProvisionChunk(const net::Message& m)
    {
        const auto dot = m.requestId.rfind('.');
        const std::string id = m.requestId.substr(0, dot);
        if (!staging || staging->id != id || dot == std::string::npos)
            return refuseTransfer(id, "unknown transfer");
        int index = -1;
        try {
            index = std::stoi(m.requestId.substr(dot + 1));
        } catch (const std::exception&) {
        }
        Staging& s = *staging;
        const std::size_t expected =
            index == s.chunkCount - 1 ? s.bytes - std::size_t(index) * s.chunkBytes : s.chunkBytes;
        if (index < 0 || index >= s.chunkCount || m.binary.size() != expected)
            return refuseTransfer(id, "chunk out of range or of the wrong size");
        s.chunks[index] = m.binary; // a repeat overwrites with the same bytes
        (void)send(net::Message::withJson(std::string(msg::ProvisionAck), m.requestId,
                                          {{"transfer", id}, {"index", index}}));
        if (int(s.chunks.size()) == s.chunkCount)
            finishTransfer();
    }

    void finishTransfer()
    {
        Staging s = std::move(*staging);
        staging.reset();
        crypto::ByteVector whole;
        whole.reserve(s.bytes);
        for (const auto& [i, chunk] : s.chunks)
            whole.insert(whole.end(), chunk.begin(), chunk.end());
        std::string error;
        std::optional<ProvisionBundle> decoded;
        if (crypto::hash(whole) != s.hash)
            error = "content hash mismatch: nothing stored";
        else if (!(decoded = ProvisionBundle::decode(whole, &error)))
            error = "not a bundle (" + error + "): nothing stored";
        else if (decoded->sessionId != s.sessionId)
            error = "the bundle names another session: nothing stored";
        if (!error.empty()) {
            refuseTransfer(s.id, error);
            return deliver(Provisioned{s.sessionId, false, error});
        }
        {
            store::Transaction tx(db);
            auto insert = db.prepare("INSERT OR REPLACE INTO room_provision (id, session_id, "
                                     "content_hash, bundle, stored_at) VALUES (1, ?, ?, ?, ?)");
            insert.bind(1, s.sessionId);
            insert.bind(2, crypto::ByteSpan(s.hash));
            insert.bind(3, crypto::ByteSpan(whole));
            insert.bind(4, nowText());
            insert.execute();
            tx.commit();
        }
        bundle = std::move(decoded);
        unlocked = false;
        (void)send(net::Message::withJson(std::string(msg::ProvisionDone), s.id,
                                          {{"transfer", s.id}, {"session", s.sessionId}}));
        deliver(Provisioned{s.sessionId, true, {}});
    }

    void onUnlock(const net::Message& m)
    {
        crypto::SecretBytes key(crypto::ByteSpan(m.binary));
        // The message buffer held the key too: wipe it.
        sodium_memzero(const_cast<std::uint8_t*>(m.binary.data()), m.binary.size());
        std::string why;
        std::optional<package::OpenedBank> bank;
        if (!bundle)
            why = "not provisioned";
        else if (!(bank = openProvisionedBank(*bundle, key, &why)))
            why = "the key does not open the provisioned bank (" + why + ")";
        if (why.empty()) {
            unlocked = true;
            // The bank opened here is handed on: the receiver need not decrypt it again.
            deliver(Unlocked{bundle->sessionId, &key, &*bank});
        }
        (void)send(why.empty() ? net::Message::empty(std::string(msg::UnlockAck), m.requestId)
                               : net::Message::withJson(std::string(msg::UnlockRefused),
                                                        m.requestId, {{"why", why}}));
    }

    void onApply(const net::Message& m)
    {
        const std::string& id = m.requestId;
        auto known = db.prepare("SELECT ok, why FROM room_applied WHERE command_id = ?");
        known.bind(1, id);
        if (known.step()) { // a repeat: answer again, apply nothing
            (void)send(net::Message::withJson(
                std::string(msg::Applied), id,
                {{"ok", known.columnInt64(0) != 0}, {"why", known.columnText(1)}}));
            return;
        }
        bool ok = false;
        std::string why;
        if (m.type == msg::Seed) {
            auto grant = SeedGrant::fromJson(m.json);
            if (!grant)
                why = "malformed seed";
            else
                ok = deliver(SeedArrived{*grant}, why);
        } else {
            auto command = ProctorCommand::fromJson(m.json);
            if (!command)
                why = "malformed command";
            else
                ok = deliver(CommandArrived{*command}, why);
        }
        // Recorded after it took effect. A crash between the two brings the command again;
        // the handler must then find the effect already there: the kiosk journals each
        // command's id in the same entry as its effect (ExamSession::hasApplied), a seed
        // finds the exam open, a force-submit the sheet signed.
        auto insert = db.prepare(
            "INSERT OR REPLACE INTO room_applied (command_id, ok, why) VALUES (?, ?, ?)");
        insert.bind(1, id);
        insert.bind(2, ok ? 1 : 0);
        insert.bind(3, why);
        insert.execute();
        (void)send(
            net::Message::withJson(std::string(msg::Applied), id, {{"ok", ok}, {"why", why}}));
    }

    void timers()
    {
        const auto now = Clock::now();
        if (pairing && !pairingCode.empty() && now - lastPairRequest > std::chrono::seconds(1))
            sendPairRequest();
        if (!room)
            return;
        if (linkUp && now - lastHeard > options.linkLostAfter) {
            linkUp = false;
            deliver(LinkChanged{false});
        }
        if (now - lastHeartbeat >= options.heartbeatEvery) {
            if (linkUp)
                sendHeartbeat();
            else
                sendHello();
        }
        if (linkUp && now - lastResend > options.resendAfter)
            replayAll();
    }
};

RoomClient::RoomClient(store::Database& db, const crypto::CurveKeyPair& curveKey,
                       const crypto::SigningKeyPair& signingKey, RoomClientOptions options,
                       ClientEventHandler handler, StatusProvider status)
    : m_impl(std::make_unique<Impl>(db, curveKey, signingKey, std::move(options),
                                    std::move(handler), std::move(status)))
{
    Impl& d = *m_impl;
    d.loadState();
    if (d.link && d.options.consoleKey && *d.options.consoleKey != d.link->consoleKey)
        throw std::runtime_error("the configured console key differs from the one pinned at "
                                 "pairing: pair again");
    if (d.link)
        d.connectRoom();
}

RoomClient::~RoomClient()
{
    Impl& d = *m_impl;
    if (d.room)
        d.room.close();
    if (d.pairing)
        d.pairing.close();
}

int RoomClient::fd() const
{
    return m_impl->room ? int(m_impl->room.get(zmq::sockopt::fd)) : -1;
}

int RoomClient::pairingFd() const
{
    return m_impl->pairing ? int(m_impl->pairing.get(zmq::sockopt::fd)) : -1;
}

void RoomClient::processEvents()
{
    Impl& d = *m_impl;
    auto drain = [&d] {
        if (d.pairing) {
            net::drainReadable(d.pairing, [&](auto&& parts) { d.onPairing(std::move(parts)); });
            if (d.link) { // paired: the pairing socket is done
                d.pairing.close();
                d.pairing = zmq::socket_t();
            }
        }
        if (d.room)
            net::drainReadable(d.room, [&](auto&& parts) { d.onRoom(std::move(parts)); });
    };
    drain();
    d.timers();
    drain(); // sends above may have consumed the fd's edge
}

bool RoomClient::isPaired() const
{
    return m_impl->link.has_value();
}

std::string RoomClient::startPairing()
{
    Impl& d = *m_impl;
    if (d.options.pairingEndpoint.empty() || !d.options.consoleKey)
        throw std::logic_error("pairing needs the console's pairing endpoint and key");
    if (!d.pairing) {
        d.pairing = zmq::socket_t(d.context, zmq::socket_type::dealer);
        net::makeCurveClient(d.pairing, d.curve, *d.options.consoleKey, d.options.link);
        d.pairing.set(zmq::sockopt::immediate, 1);
        d.pairing.connect(d.options.pairingEndpoint);
    }
    d.pairingCode = makePairingCode();
    d.lastPairRequest = {};
    return d.pairingCode;
}

const std::string& RoomClient::fingerprint() const
{
    return m_impl->fingerprint;
}
std::string RoomClient::roomId() const
{
    return m_impl->link ? m_impl->link->roomId : "";
}
int RoomClient::seatNo() const
{
    return m_impl->link ? m_impl->link->seatNo : 0;
}

void RoomClient::checkLogin(const std::string& ticketNo)
{
    (void)m_impl->send(net::Message::withJson(std::string(msg::LoginCheck), m_impl->nextId("login"),
                                              {{"ticket", ticketNo}}));
}

void RoomClient::mirrorChanged(const std::string& attempt)
{
    m_impl->sendMirror(attempt, false);
}

void RoomClient::submitSheet(const SignedDocument& sheet)
{
    const std::string key = "sheet:" + sheet.id;
    m_impl->queueOutbox(std::string(msg::Submit), key, {{"key", key}, {"sheet", sheet.toJson()}});
}

void RoomClient::raiseHand(const std::string& ticketNo)
{
    const std::string key = "hand:" + randomHex(8);
    m_impl->queueOutbox(std::string(msg::RaiseHand), key, {{"key", key}, {"ticket", ticketNo}});
}

void RoomClient::sendHeartbeat()
{
    if (m_impl->linkUp)
        m_impl->sendHeartbeat();
}

bool RoomClient::isLinkUp() const
{
    return m_impl->linkUp;
}
int RoomClient::outboxPending() const
{
    return m_impl->outboxPending();
}
std::optional<ProvisionBundle> RoomClient::provisionedBundle() const
{
    return m_impl->bundle;
}
std::int64_t RoomClient::mirrorAcked(const std::string& attempt) const
{
    return m_impl->ackedSeq(attempt);
}

std::optional<package::OpenedBank> openProvisionedBank(const ProvisionBundle& bundle,
                                                       const crypto::SecretBytes& dataKey,
                                                       std::string* error)
{
    if (dataKey.size() != 32) {
        if (error)
            *error = "the data key is not 32 bytes";
        return std::nullopt;
    }
    return package::OpenedBank::open(dataKey, bundle.sealedBank, bundle.planId, bundle.siteId,
                                     error);
}

} // namespace examroom::room
