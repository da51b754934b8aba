#include "room/RoomServer.h"

#include "crypto/Hash.h"
#include "crypto/Hex.h"
#include "net/Drain.h"
#include "net/Message.h"
#include "net/Z85.h"
#include "net/ZapAuthenticator.h"
#include "room/WireCodec.h"

#include <algorithm>
#include <deque>
#include <mutex>
#include <set>
#include <sodium.h>

namespace examroom::room {

using json = nlohmann::json;
using Clock = std::chrono::steady_clock;
using detail::field;

namespace {

std::string randomHex(std::size_t bytes)
{
    auto random = crypto::SecretBytes::random(bytes);
    return crypto::toHex(crypto::ByteSpan(random.data(), random.size()));
}

std::int64_t wallMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// The ticket number of an attempt id "planId/ticketNo/attempt".
std::string ticketOfAttempt(const std::string& attempt)
{
    const auto last = attempt.rfind('/');
    if (last == std::string::npos || last == 0)
        return {};
    const auto before = attempt.rfind('/', last - 1);
    return attempt.substr(before == std::string::npos ? 0 : before + 1, last - before - 1);
}

} // namespace

// A console message that changes the kiosk's state, resent until the kiosk answers it.
struct PendingMessage
{
    net::Message message;
    Clock::time_point sentAt{};
};

// One provisioning transfer to one kiosk.
struct Transfer
{
    std::string id;
    std::string sessionId;
    crypto::ByteVector bytes;
    crypto::ByteVector hash;
    int chunkCount = 0;
    std::set<int> acked;
    std::map<int, Clock::time_point> inFlight;
    Clock::time_point lastProgress{};
    bool finished = false;
};

struct Kiosk
{
    PairedKiosk paired;
    std::optional<std::string> routingId;
    Clock::time_point lastHeard{};
    bool online = false;
    std::optional<KioskStatus> status;
    std::map<std::string, PendingMessage> pending; // by request id
    std::optional<Transfer> transfer;
    bool wantsUnlock = false;
};

struct PendingPairing
{
    PairingRequest request;
    std::string routingId;
};

struct AttemptMirror
{
    std::string fingerprint;
    std::vector<JournalEntry> entries;
    std::int64_t elapsedMs = 0; // last reported by a heartbeat
};

struct RoomServer::Impl
{
    crypto::CurveKeyPair key;
    RoomServerOptions options;
    RoomEventHandler handler;
    std::string instance = randomHex(8);
    zmq::context_t roomContext;
    zmq::context_t pairingContext; // no ZAP handler: any CURVE key may ask to pair
    std::unique_ptr<net::ZapAuthenticator> zap;
    zmq::socket_t room;
    zmq::socket_t pairing;
    std::string roomEndpoint;
    std::string pairingEndpoint;

    std::map<std::string, Kiosk> kiosks;                   // by fingerprint
    std::map<std::string, PendingPairing> pendingPairings; // by code
    std::mutex refusedMutex;
    std::deque<crypto::CurvePublicKey> refusedKeys; // filled by the ZAP thread
    std::map<crypto::CurvePublicKey, Clock::time_point> refusedReported;
    std::optional<crypto::SecretBytes> dataKey;
    std::map<std::string, AttemptMirror> mirrors; // by attempt: the chain of its kiosk
    // Chains of an attempt from a kiosk it has moved away from (换机续考), by attempt and
    // fingerprint: kept so that the old kiosk's replay is acknowledged, never mixed in.
    std::map<std::pair<std::string, std::string>, AttemptMirror> movedFrom;
    std::map<std::string, SignedDocument> sheets;  // by sheet id
    std::set<std::string> outboxSeen;              // outbox keys already stored
    std::set<std::string> allowedMoves;            // tickets the proctor moved
    std::map<std::string, std::string> ticketSeat; // ticket -> fingerprint it logged in at
    int counter = 0;

    Impl(crypto::CurveKeyPair k, RoomServerOptions o, RoomEventHandler h)
        : key(std::move(k)), options(std::move(o)), handler(std::move(h))
    {
    }

    void emit(const RoomEvent& event)
    {
        if (handler)
            handler(event);
    }

    std::string nextId(const char* prefix)
    {
        return std::string(prefix) + "-" + instance + "-" + std::to_string(++counter);
    }

    // Sends to a kiosk's current connection; false when it has none or it vanished.
    bool sendTo(Kiosk& kiosk, const net::Message& message)
    {
        if (!kiosk.routingId)
            return false;
        std::array<zmq::message_t, 1> envelope{zmq::message_t(*kiosk.routingId)};
        try {
            return net::sendMessage(room, message, envelope);
        } catch (const zmq::error_t& e) {
            if (e.num() != EHOSTUNREACH)
                throw;
            kiosk.routingId.reset(); // it reconnects with a new routing id
            return false;
        }
    }

    void sendPending(Kiosk& kiosk, net::Message message)
    {
        auto id = message.requestId;
        PendingMessage pending{std::move(message), Clock::now()};
        (void)sendTo(kiosk, pending.message);
        kiosk.pending[id] = std::move(pending);
    }

    void handlePairing(std::vector<zmq::message_t>&& parts)
    {
        if (parts.size() != net::kFrameCount + 1)
            return emit(LinkRefused{"pairing socket", "malformed message"});
        std::string error;
        auto message = net::decodeFrames(std::span(parts).subspan(1), &error);
        if (!message || message->type != msg::PairRequest || message->kind != net::BodyKind::Json)
            return emit(LinkRefused{"pairing socket", "only pair-request is read here"});
        auto request = PairingRequest::fromJson(message->json);
        if (!request || !request->verify(key.publicKey()))
            return emit(LinkRefused{"pairing socket", "pairing request badly signed"});
        const std::string routingId = parts[0].to_string();
        // Already paired (the acceptance was lost): tell it again.
        if (auto it = kiosks.find(request->fingerprint);
            it != kiosks.end() && it->second.paired.curveKey == request->curveKey)
            return replyPaired(routingId, it->second.paired);
        const bool isNew =
            !pendingPairings.count(request->code) ||
            pendingPairings[request->code].request.fingerprint != request->fingerprint;
        // One pending request per kiosk: a new code replaces the old.
        std::erase_if(pendingPairings, [&](const auto& item) {
            return item.second.request.fingerprint == request->fingerprint &&
                   item.first != request->code;
        });
        pendingPairings[request->code] = {*request, routingId};
        std::array<zmq::message_t, 1> envelope{zmq::message_t(routingId)};
        (void)net::sendMessage(
            pairing, net::Message::empty(std::string(msg::PairPending), message->requestId),
            envelope);
        if (isNew)
            emit(PairingRequested{request->code, request->fingerprint, request->appVersion});
    }

    void replyPaired(const std::string& routingId, const PairedKiosk& paired)
    {
        std::array<zmq::message_t, 1> envelope{zmq::message_t(routingId)};
        json body = {{"room", options.roomId},
                     {"seat", paired.seatNo},
                     {"room_endpoint", roomEndpoint},
                     {"console_key", crypto::toHex(key.publicKey())}};
        (void)net::sendMessage(
            pairing, net::Message::withJson(std::string(msg::PairAccepted), "paired", body),
            envelope);
    }

    void handleRoom(std::vector<zmq::message_t>&& parts)
    {
        if (parts.size() != net::kFrameCount + 1)
            return emit(LinkRefused{"room socket", "malformed message"});
        const char* userId = parts[1].gets("User-Id");
        const std::string fingerprint = userId ? userId : "";
        auto it = kiosks.find(fingerprint);
        if (it == kiosks.end()) // unpaired since it connected
            return emit(LinkRefused{fingerprint, "message from a kiosk that is not paired"});
        Kiosk& kiosk = it->second;
        std::string error;
        auto message = net::decodeFrames(std::span(parts).subspan(1), &error);
        if (!message)
            return emit(LinkRefused{fingerprint, "malformed message: " + error});
        kiosk.routingId = parts[0].to_string();
        kiosk.lastHeard = Clock::now();
        kiosk.online = true;
        dispatch(kiosk, *message);
    }

    void dispatch(Kiosk& kiosk, const net::Message& m)
    {
        const std::string& type = m.type;
        const json& body = m.json;
        if (type == msg::Hello || type == msg::Heartbeat)
            return onStatus(kiosk, m, type == msg::Hello);
        if (type == msg::ProvisionAck || type == msg::ProvisionDone ||
            type == msg::ProvisionRefused)
            return onProvision(kiosk, m);
        if (type == msg::UnlockAck || type == msg::UnlockRefused) {
            kiosk.pending.erase(m.requestId);
            kiosk.wantsUnlock = type != msg::UnlockAck && kiosk.wantsUnlock;
            if (type == msg::UnlockAck)
                kiosk.wantsUnlock = true; // still wanted after a restart of the kiosk
            return emit(UnlockResult{kiosk.paired.fingerprint, type == msg::UnlockAck,
                                     field<std::string>(body, "why").value_or("")});
        }
        if (type == msg::Applied) {
            if (!kiosk.pending.erase(m.requestId))
                return; // a repeat
            return emit(CommandApplied{kiosk.paired.fingerprint, m.requestId,
                                       field<bool>(body, "ok").value_or(false),
                                       field<std::string>(body, "why").value_or("")});
        }
        if (type == msg::LoginCheck)
            return onLoginCheck(kiosk, m);
        if (type == msg::Mirror)
            return onMirror(kiosk, m);
        if (type == msg::Submit || type == msg::RaiseHand)
            return onOutbox(kiosk, m);
        emit(LinkRefused{kiosk.paired.fingerprint, "unknown message type " + type});
    }

    void onStatus(Kiosk& kiosk, const net::Message& m, bool hello)
    {
        auto status = KioskStatus::fromJson(m.json.value("status", json::object()));
        if (!status)
            return emit(LinkRefused{kiosk.paired.fingerprint, "malformed status"});
        const bool wasUnlocked = kiosk.status && kiosk.status->unlocked;
        kiosk.status = *status;
        if (!status->attempt.empty())
            chainFor(status->attempt, kiosk.paired.fingerprint).elapsedMs = status->elapsedMs;
        if (hello) {
            json heads = json::object();
            if (m.json.contains("heads") && m.json["heads"].is_object())
                for (const auto& [attempt, seq] : m.json["heads"].items()) {
                    (void)seq;
                    heads[attempt] = chainFor(attempt, kiosk.paired.fingerprint).entries.size();
                }
            (void)sendTo(kiosk, net::Message::withJson(std::string(msg::Welcome), m.requestId,
                                                       {{"instance", instance},
                                                        {"room", options.roomId},
                                                        {"seat", kiosk.paired.seatNo},
                                                        {"mirror", heads}}));
            // Whatever it has not answered goes again on the new connection.
            for (auto& [id, pending] : kiosk.pending) {
                pending.sentAt = Clock::now();
                (void)sendTo(kiosk, pending.message);
            }
            if (kiosk.transfer && !kiosk.transfer->finished)
                restartTransfer(kiosk);
        } else {
            (void)sendTo(kiosk, net::Message::withJson(std::string(msg::Beat), m.requestId,
                                                       {{"instance", instance}}));
        }
        // A kiosk restarted since its unlock has lost the key (it is never stored): again.
        if (dataKey && kiosk.wantsUnlock && !status->unlocked &&
            !status->provisionedSession.empty() && (hello || wasUnlocked))
            queueUnlock(kiosk);
        emit(SeatStatus{kiosk.paired.fingerprint, *status,
                        status->wallClockMs ? status->wallClockMs - wallMs() : 0});
    }

    void queueUnlock(Kiosk& kiosk)
    {
        for (const auto& [id, pending] : kiosk.pending)
            if (pending.message.type == msg::Unlock)
                return;
        kiosk.wantsUnlock = true;
        crypto::ByteVector bytes(dataKey->data(), dataKey->data() + dataKey->size());
        sendPending(kiosk,
                    net::Message::withBinary(std::string(msg::Unlock), nextId("unlock"), bytes));
        sodium_memzero(bytes.data(), bytes.size());
    }

    void sendChunk(Kiosk& kiosk, int index)
    {
        Transfer& t = *kiosk.transfer;
        const std::size_t begin = std::size_t(index) * options.chunkBytes;
        const std::size_t end = std::min(t.bytes.size(), begin + options.chunkBytes);
        crypto::ByteVector chunk(t.bytes.begin() + std::ptrdiff_t(begin),
                                 t.bytes.begin() + std::ptrdiff_t(end));
        if (options.tamperChunkForTests)
            options.tamperChunkForTests(index, chunk);
        t.inFlight[index] = Clock::now();
        (void)sendTo(kiosk, net::Message::withBinary(std::string(msg::ProvisionChunk),
                                                     t.id + "." + std::to_string(index),
                                                     std::move(chunk)));
    }

    void fillWindow(Kiosk& kiosk)
    {
        Transfer& t = *kiosk.transfer;
        for (int i = 0; i < t.chunkCount && int(t.inFlight.size()) < options.chunkWindow; ++i)
            if (!t.acked.count(i) && !t.inFlight.count(i))
                sendChunk(kiosk, i);
    }

    void restartTransfer(Kiosk& kiosk)
    {
        Transfer& t = *kiosk.transfer;
        t.inFlight.clear();
        t.lastProgress = Clock::now();
        (void)sendTo(kiosk, net::Message::withJson(std::string(msg::ProvisionBegin), t.id,
                                                   {{"transfer", t.id},
                                                    {"session", t.sessionId},
                                                    {"bytes", t.bytes.size()},
                                                    {"chunks", t.chunkCount},
                                                    {"chunk_bytes", options.chunkBytes},
                                                    {"hash", crypto::toHex(t.hash)}}));
        fillWindow(kiosk);
    }

    void onProvision(Kiosk& kiosk, const net::Message& m)
    {
        if (!kiosk.transfer || field<std::string>(m.json, "transfer") != kiosk.transfer->id)
            return; // an old transfer's late answer
        Transfer& t = *kiosk.transfer;
        if (m.type == msg::ProvisionAck) {
            auto index = field<int>(m.json, "index");
            if (!index || *index < 0 || *index >= t.chunkCount || t.acked.count(*index))
                return;
            t.acked.insert(*index);
            t.inFlight.erase(*index);
            t.lastProgress = Clock::now();
            emit(ProvisionProgress{kiosk.paired.fingerprint,
                                   t.sessionId,
                                   int(t.acked.size()),
                                   t.chunkCount,
                                   false,
                                   false,
                                   {}});
            fillWindow(kiosk);
            return;
        }
        if (t.finished)
            return;
        t.finished = true;
        const bool done = m.type == msg::ProvisionDone;
        const std::string why = field<std::string>(m.json, "why").value_or("");
        if (!done && why == "unknown transfer") { // the kiosk restarted mid-transfer
            t.finished = false;
            t.acked.clear();
            return restartTransfer(kiosk);
        }
        emit(ProvisionProgress{kiosk.paired.fingerprint, t.sessionId, int(t.acked.size()),
                               t.chunkCount, done, !done, why});
    }

    // The chain of `attempt` that `fingerprint` feeds. One kiosk per attempt at a time: when
    // the candidate was moved (the login accepted at `fingerprint`, ticketSeat) the old
    // kiosk's chain is set aside and the new kiosk's chain (its journal starts again with the
    // replayed answers) becomes the attempt's mirror; the old kiosk, if it comes back, feeds
    // its set-aside chain. Without a known move the first kiosk keeps the attempt.
    AttemptMirror& chainFor(const std::string& attempt, const std::string& fingerprint)
    {
        auto& current = mirrors[attempt];
        if (current.fingerprint.empty() || current.fingerprint == fingerprint) {
            current.fingerprint = fingerprint;
            return current;
        }
        auto seat = ticketSeat.find(ticketOfAttempt(attempt));
        if (seat != ticketSeat.end() && seat->second == fingerprint) {
            auto& old = movedFrom[{attempt, current.fingerprint}];
            if (old.entries.size() <= current.entries.size())
                old = std::move(current);
            current = AttemptMirror{};
            current.fingerprint = fingerprint;
            return current;
        }
        auto& aside = movedFrom[{attempt, fingerprint}];
        aside.fingerprint = fingerprint;
        return aside;
    }

    void onLoginCheck(Kiosk& kiosk, const net::Message& m)
    {
        const std::string ticket = field<std::string>(m.json, "ticket").value_or("");
        LoginVerdict verdict = LoginVerdict::Accepted;
        for (const auto& [id, sheet] : sheets)
            if (ticketOfAttempt(id) == ticket)
                verdict = LoginVerdict::AlreadySubmitted;
        if (verdict == LoginVerdict::Accepted && !allowedMoves.count(ticket)) {
            for (const auto& [fp, other] : kiosks)
                if (fp != kiosk.paired.fingerprint && other.online && other.status &&
                    other.status->ticketNo == ticket && other.status->state != "Idle" &&
                    other.status->state != "Login")
                    verdict = LoginVerdict::LoggedInElsewhere;
        }
        if (verdict == LoginVerdict::Accepted) {
            allowedMoves.erase(ticket);
            ticketSeat[ticket] = kiosk.paired.fingerprint;
        }
        (void)sendTo(kiosk,
                     net::Message::withJson(std::string(msg::LoginVerdict), m.requestId,
                                            {{"ticket", ticket}, {"verdict", name(verdict)}}));
        emit(LoginChecked{kiosk.paired.fingerprint, kiosk.paired.seatNo, ticket, verdict});
    }

    void onMirror(Kiosk& kiosk, const net::Message& m)
    {
        const auto attempt = field<std::string>(m.json, "attempt");
        if (!attempt || !m.json.contains("entries") || !m.json["entries"].is_array())
            return emit(LinkRefused{kiosk.paired.fingerprint, "malformed mirror"});
        auto& mirror = chainFor(*attempt, kiosk.paired.fingerprint);
        std::vector<JournalEntry> added;
        for (const auto& item : m.json["entries"]) {
            auto entry = entryFromJson(item);
            if (!entry || entry->attempt != *attempt)
                break;
            const auto known = std::int64_t(mirror.entries.size());
            if (entry->seq <= known)
                continue; // a repeat
            if (entry->seq != known + 1)
                break; // a gap: the ack below says where to go on from
            const crypto::ByteVector zeros(32, 0);
            const auto& prev = known ? mirror.entries.back().hash : zeros;
            if (entry->prevHash != prev || journalEntryHash(*entry) != entry->hash) {
                emit(LinkRefused{kiosk.paired.fingerprint, "mirror entry " +
                                                               std::to_string(entry->seq) + " of " +
                                                               *attempt + " breaks the chain"});
                break;
            }
            mirror.entries.push_back(*entry);
            added.push_back(std::move(*entry));
        }
        (void)sendTo(
            kiosk, net::Message::withJson(std::string(msg::MirrorAck), m.requestId,
                                          {{"attempt", *attempt}, {"seq", mirror.entries.size()}}));
        if (!added.empty())
            emit(MirrorAppended{kiosk.paired.fingerprint, *attempt, std::move(added)});
    }

    void onOutbox(Kiosk& kiosk, const net::Message& m)
    {
        const auto key = field<std::string>(m.json, "key");
        if (!key)
            return emit(LinkRefused{kiosk.paired.fingerprint, "outbox message without a key"});
        if (m.type == msg::Submit) {
            auto sheet = SignedDocument::fromJson(field<std::string>(m.json, "sheet").value_or(""));
            if (!sheet || sheet->signer != kiosk.paired.signingKey || !verifySignature(*sheet))
                return emit(LinkRefused{kiosk.paired.fingerprint,
                                        "a sheet not signed by this kiosk's key"});
            const bool isNew = sheets.emplace(sheet->id, *sheet).second;
            if (isNew)
                emit(SheetReceived{kiosk.paired.fingerprint, kiosk.paired.seatNo, *sheet});
        } else if (outboxSeen.insert(*key).second) {
            emit(HandRaised{kiosk.paired.fingerprint, kiosk.paired.seatNo,
                            field<std::string>(m.json, "ticket").value_or("")});
        }
        (void)sendTo(kiosk, net::Message::withJson(std::string(msg::OutboxAck), m.requestId,
                                                   {{"key", *key}, {"kind", m.type}}));
    }

    void timers()
    {
        const auto now = Clock::now();
        for (auto& [fp, kiosk] : kiosks) {
            if (kiosk.online && now - kiosk.lastHeard > options.offlineAfter) {
                kiosk.online = false;
                emit(SeatOffline{fp, kiosk.paired.seatNo});
            }
            for (auto& [id, pending] : kiosk.pending)
                if (now - pending.sentAt > options.resendAfter) {
                    pending.sentAt = now;
                    (void)sendTo(kiosk, pending.message);
                }
            if (kiosk.transfer && now - kiosk.transfer->lastProgress > options.resendAfter &&
                (!kiosk.transfer->finished))
                restartTransfer(kiosk);
        }
        std::vector<crypto::CurvePublicKey> refused;
        {
            std::lock_guard lock(refusedMutex);
            refused.assign(refusedKeys.begin(), refusedKeys.end());
            refusedKeys.clear();
        }
        for (const auto& k : refused) {
            // A refused client retries every few hundred ms: report each key once in 10 s.
            auto& last = refusedReported[k];
            if (last != Clock::time_point{} && now - last < std::chrono::seconds(10))
                continue;
            last = now;
            emit(LinkRefused{net::z85Encode(k), "key not paired: refused at ZAP"});
        }
    }
};

RoomServer::RoomServer(crypto::CurveKeyPair consoleKey, RoomServerOptions options,
                       RoomEventHandler handler)
    : m_impl(std::make_unique<Impl>(std::move(consoleKey), std::move(options), std::move(handler)))
{
    Impl& d = *m_impl;
    d.zap = std::make_unique<net::ZapAuthenticator>(
        d.roomContext, std::string(kRoomZapDomain),
        [&d](const crypto::CurvePublicKey& clientKey, const std::optional<std::string>& label) {
            if (label)
                return;
            std::lock_guard lock(d.refusedMutex);
            if (d.refusedKeys.size() < 1000)
                d.refusedKeys.push_back(clientKey);
        });
    d.room = zmq::socket_t(d.roomContext, zmq::socket_type::router);
    d.room.set(zmq::sockopt::router_mandatory, 1);
    net::makeCurveServer(d.room, d.key, std::string(kRoomZapDomain), d.options.link);
    d.room.bind(d.options.roomEndpoint);
    d.roomEndpoint = net::lastEndpoint(d.room);
    if (!d.options.pairingEndpoint.empty()) {
        d.pairing = zmq::socket_t(d.pairingContext, zmq::socket_type::router);
        d.pairing.set(zmq::sockopt::router_mandatory, 0);
        d.pairing.set(zmq::sockopt::curve_server, 1);
        d.pairing.set(zmq::sockopt::curve_secretkey,
                      zmq::const_buffer(d.key.secretKey().data(), d.key.secretKey().size()));
        d.pairing.set(zmq::sockopt::linger, 0);
        d.pairing.set(zmq::sockopt::maxmsgsize, std::int64_t(64 * 1024));
        d.pairing.bind(d.options.pairingEndpoint);
        d.pairingEndpoint = net::lastEndpoint(d.pairing);
    }
}

RoomServer::~RoomServer()
{
    Impl& d = *m_impl;
    d.room.close();
    if (d.pairing)
        d.pairing.close();
    d.zap.reset();
}

std::string RoomServer::roomEndpoint() const
{
    return m_impl->roomEndpoint;
}
std::string RoomServer::pairingEndpoint() const
{
    return m_impl->pairingEndpoint;
}
const crypto::CurvePublicKey& RoomServer::publicKey() const
{
    return m_impl->key.publicKey();
}

int RoomServer::fd() const
{
    return int(m_impl->room.get(zmq::sockopt::fd));
}

int RoomServer::pairingFd() const
{
    return m_impl->pairing ? int(m_impl->pairing.get(zmq::sockopt::fd)) : -1;
}

void RoomServer::processEvents()
{
    Impl& d = *m_impl;
    if (d.pairing)
        net::drainReadable(d.pairing, [&](auto&& parts) { d.handlePairing(std::move(parts)); });
    net::drainReadable(d.room, [&](auto&& parts) { d.handleRoom(std::move(parts)); });
    d.timers();
    // Sends made by the timers may have consumed the fd's edge: look again.
    net::drainReadable(d.room, [&](auto&& parts) { d.handleRoom(std::move(parts)); });
    if (d.pairing)
        net::drainReadable(d.pairing, [&](auto&& parts) { d.handlePairing(std::move(parts)); });
}

std::vector<PairingRequested> RoomServer::pendingPairings() const
{
    std::vector<PairingRequested> out;
    for (const auto& [code, p] : m_impl->pendingPairings)
        out.push_back({code, p.request.fingerprint, p.request.appVersion});
    return out;
}

std::optional<PairedKiosk> RoomServer::acceptPairing(const std::string& code, int seatNo)
{
    Impl& d = *m_impl;
    auto it = d.pendingPairings.find(code);
    if (it == d.pendingPairings.end())
        return std::nullopt;
    PairedKiosk paired{it->second.request.fingerprint, it->second.request.curveKey,
                       it->second.request.signingKey, seatNo};
    const std::string routingId = it->second.routingId;
    d.pendingPairings.erase(it);
    addPairedKiosk(paired);
    d.replyPaired(routingId, paired);
    d.emit(PairingCompleted{paired});
    return paired;
}

void RoomServer::addPairedKiosk(const PairedKiosk& kiosk)
{
    Impl& d = *m_impl;
    // A seat holds one kiosk: a kiosk paired again at a taken seat displaces nobody silently.
    d.kiosks[kiosk.fingerprint].paired = kiosk;
    d.zap->allow(kiosk.curveKey, kiosk.fingerprint);
}

bool RoomServer::unpair(const std::string& fingerprint)
{
    Impl& d = *m_impl;
    auto it = d.kiosks.find(fingerprint);
    if (it == d.kiosks.end())
        return false;
    d.zap->revoke(it->second.paired.curveKey);
    d.kiosks.erase(it);
    return true;
}

std::vector<PairedKiosk> RoomServer::pairedKiosks() const
{
    std::vector<PairedKiosk> out;
    for (const auto& [fp, k] : m_impl->kiosks)
        out.push_back(k.paired);
    return out;
}

std::optional<std::string> RoomServer::fingerprintAtSeat(int seatNo) const
{
    for (const auto& [fp, k] : m_impl->kiosks)
        if (k.paired.seatNo == seatNo)
            return fp;
    return std::nullopt;
}

bool RoomServer::provision(const std::string& fingerprint, const ProvisionBundle& bundle)
{
    Impl& d = *m_impl;
    auto it = d.kiosks.find(fingerprint);
    if (it == d.kiosks.end())
        return false;
    Transfer t;
    t.bytes = bundle.encode();
    t.hash = crypto::hash(t.bytes);
    t.id =
        "t" + crypto::toHex(crypto::ByteSpan(t.hash).first(6)) + "-" + std::to_string(++d.counter);
    t.sessionId = bundle.sessionId;
    t.chunkCount = int((t.bytes.size() + d.options.chunkBytes - 1) / d.options.chunkBytes);
    it->second.transfer = std::move(t);
    d.restartTransfer(it->second);
    return true;
}

bool RoomServer::unlock(const std::string& fingerprint, const crypto::SecretBytes& dataKey)
{
    Impl& d = *m_impl;
    auto it = d.kiosks.find(fingerprint);
    if (it == d.kiosks.end())
        return false;
    if (!d.dataKey || d.dataKey->size() != dataKey.size() ||
        !std::equal(dataKey.data(), dataKey.data() + dataKey.size(), d.dataKey->data()))
        d.dataKey.emplace(crypto::ByteSpan(dataKey.data(), dataKey.size()));
    d.queueUnlock(it->second);
    return true;
}

void RoomServer::unlockAll(const crypto::SecretBytes& dataKey)
{
    for (auto& [fp, k] : m_impl->kiosks)
        (void)unlock(fp, dataKey);
}

bool RoomServer::grantSeed(const std::string& fingerprint, SeedGrant grant)
{
    Impl& d = *m_impl;
    auto it = d.kiosks.find(fingerprint);
    if (it == d.kiosks.end())
        return false;
    if (grant.grantId.empty())
        grant.grantId = d.nextId("seed");
    if (grant.items.empty() && grant.elapsedMs == 0)
        if (auto point = resumePoint(grant.ticketNo)) {
            grant.items = point->items;
            grant.elapsedMs = point->elapsedMs;
            grant.extensionMs = point->extensionMs;
        }
    d.sendPending(it->second,
                  net::Message::withJson(std::string(msg::Seed), grant.grantId, grant.toJson()));
    return true;
}

bool RoomServer::sendCommand(const std::string& fingerprint, const ProctorCommand& command)
{
    Impl& d = *m_impl;
    auto it = d.kiosks.find(fingerprint);
    if (it == d.kiosks.end() || command.commandId.empty())
        return false;
    d.sendPending(it->second, net::Message::withJson(std::string(msg::Command), command.commandId,
                                                     command.toJson()));
    return true;
}

void RoomServer::allowMove(const std::string& ticketNo)
{
    m_impl->allowedMoves.insert(ticketNo);
}

void RoomServer::restoreMirror(const std::string& attempt, const std::string& fingerprint,
                               std::vector<JournalEntry> entries, std::int64_t elapsedMs)
{
    auto [it, isNew] = m_impl->mirrors.try_emplace(attempt);
    if (!isNew)
        return;
    it->second.fingerprint = fingerprint;
    it->second.entries = std::move(entries);
    it->second.elapsedMs = elapsedMs;
}

std::optional<KioskStatus> RoomServer::status(const std::string& fingerprint) const
{
    auto it = m_impl->kiosks.find(fingerprint);
    if (it == m_impl->kiosks.end())
        return std::nullopt;
    return it->second.status;
}

bool RoomServer::isOnline(const std::string& fingerprint) const
{
    auto it = m_impl->kiosks.find(fingerprint);
    return it != m_impl->kiosks.end() && it->second.online;
}

std::vector<JournalEntry> RoomServer::mirror(const std::string& attempt) const
{
    auto it = m_impl->mirrors.find(attempt);
    return it == m_impl->mirrors.end() ? std::vector<JournalEntry>{} : it->second.entries;
}

std::optional<ResumePoint> RoomServer::resumePoint(const std::string& ticketNo) const
{
    // The newest attempt of the ticket that has entries.
    const AttemptMirror* found = nullptr;
    std::string attempt;
    for (const auto& [id, mirror] : m_impl->mirrors)
        if (ticketOfAttempt(id) == ticketNo && !mirror.entries.empty() && id > attempt) {
            found = &mirror;
            attempt = id;
        }
    if (!found)
        return std::nullopt;
    ResumePoint point;
    point.attempt = attempt;
    point.fingerprint = found->fingerprint;
    point.lastSeq = found->entries.back().seq;
    point.elapsedMs = found->elapsedMs;
    std::map<int, ResumeItem> items;
    for (const auto& entry : found->entries) {
        auto payload = json::parse(entry.payload, nullptr, false);
        if (payload.is_discarded())
            continue;
        if (entry.kind == "answer" || entry.kind == "flag") {
            auto index = field<int>(payload, "i");
            if (!index)
                continue;
            auto& item = items[*index];
            item.index = *index;
            if (entry.kind == "answer")
                item.choices = field<std::uint8_t>(payload, "c").value_or(0);
            else
                item.flagged = field<bool>(payload, "f").value_or(false);
        } else if (entry.kind == "extend") {
            point.extensionMs += field<std::int64_t>(payload, "ms").value_or(0);
        } else if (entry.kind == "pause" || entry.kind == "resume" || entry.kind == "lock" ||
                   entry.kind == "unlock") {
            point.elapsedMs =
                std::max(point.elapsedMs, field<std::int64_t>(payload, "elapsed_ms").value_or(0));
        }
    }
    for (auto& [i, item] : items)
        point.items.push_back(item);
    return point;
}

const std::map<std::string, SignedDocument>& RoomServer::sheets() const
{
    return m_impl->sheets;
}

} // namespace examroom::room
