#include "RoomService.h"

#include "ConsoleManager.h"
#include "DatabaseKeyFile.h"
#include "documents/ScoreSheet.h"
#include "net/Z85.h"
#include "paper/PaperManager.h"
#include "room/EquipmentReport.h"
#include "room/SessionRoster.h"
#include "SeatMapModel.h"
#include "site/Outbox.h"
#include "site/RoomLinkStore.h"
#include "StepController.h"
#include "util/Clock.h"
#include "util/IsoTime.h"

#include <QDebug>
#include <set>

namespace examroom {
namespace {

// The seat map's state name for what a kiosk reports.
QString liveState(const room::KioskStatus& s)
{
    if (s.state == "Submitted")
        return QStringLiteral("submitted");
    if (s.state == "Locked")
        return QStringLiteral("locked");
    if (s.state == "InExam" || s.state == "Paused")
        return QStringLiteral("answering");
    if (!s.ticketNo.empty())
        return QStringLiteral("logged-in");
    if (!s.provisionedSession.empty())
        return QStringLiteral("provisioned");
    return QStringLiteral("paired");
}

std::string randomId(const char* prefix)
{
    auto bytes = crypto::SecretBytes::random(8);
    static const char digits[] = "0123456789abcdef";
    std::string out = prefix;
    out += '-';
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        out += digits[bytes.data()[i] >> 4];
        out += digits[bytes.data()[i] & 15];
    }
    return out;
}

} // namespace

RoomService::RoomService(ConsoleManager& console, SeatMapModel& seatMap, QObject* parent)
    : QObject(parent), m_console(console), m_seatMap(seatMap)
{
    // Resends, offline detection and anything a missed edge left behind.
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, &RoomService::poll);
    // A socket wake-up is answered after a short pause, so that the heartbeats of a full room
    // (200 a second) are read in a few batches instead of one full pass each.
    m_batch.setSingleShot(true);
    m_batch.setInterval(25);
    connect(&m_batch, &QTimer::timeout, this, [this] {
        poll();
        setNotifiersEnabled(true);
    });
}

void RoomService::onReadable()
{
    // ZMQ_FD stays readable until the socket is read: quiet the notifiers until then.
    setNotifiersEnabled(false);
    if (!m_batch.isActive())
        m_batch.start();
}

void RoomService::setNotifiersEnabled(bool enabled)
{
    if (m_roomNotifier)
        m_roomNotifier->setEnabled(enabled);
    if (m_pairingNotifier)
        m_pairingNotifier->setEnabled(enabled);
}

RoomService::~RoomService()
{
    stop();
}

bool RoomService::start(const RoomLinkConfig& config)
{
    if (m_server)
        return true;
    if (!m_console.isOpen()) {
        fail(tr("控制台尚未打开。"));
        return false;
    }
    try {
        auto secret = loadOrCreateDatabaseKey(m_console.dataDir() / "room.key");
        room::RoomServerOptions options;
        options.roomEndpoint = config.roomEndpoint;
        options.pairingEndpoint = config.pairingEndpoint;
        options.roomId = m_console.roomId().empty() ? "R1" : m_console.roomId();
        options.offlineAfter = config.offlineAfter;
        options.resendAfter = config.resendAfter;
        m_server = std::make_unique<room::RoomServer>(
            crypto::CurveKeyPair::fromSecretKey(std::move(secret)), options,
            [this](const room::RoomEvent& event) { onEvent(event); });

        // What site.db keeps: the paired kiosks (seat + keys) and the mirrors.
        site::RoomLinkStore links(m_console.store().database());
        if (!m_console.roomId().empty())
            for (const auto& seat : m_console.room().seats(m_console.roomId())) {
                if (seat.kioskFingerprint.empty())
                    continue;
                if (auto keys = links.kiosk(seat.kioskFingerprint)) {
                    room::PairedKiosk kiosk{keys->fingerprint, {}, {}, seat.seatNo};
                    std::copy(keys->curveKey.begin(), keys->curveKey.end(), kiosk.curveKey.begin());
                    std::copy(keys->signingKey.begin(), keys->signingKey.end(),
                              kiosk.signingKey.begin());
                    m_server->addPairedKiosk(kiosk);
                }
            }
        for (auto& mirror : links.mirrors())
            m_server->restoreMirror(mirror.attempt, mirror.fingerprint, std::move(mirror.entries),
                                    mirror.elapsedMs);
    } catch (const std::exception& e) {
        m_server.reset();
        fail(tr("考场连接未能启动：%1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    m_roomNotifier = std::make_unique<QSocketNotifier>(m_server->fd(), QSocketNotifier::Read);
    connect(m_roomNotifier.get(), &QSocketNotifier::activated, this, &RoomService::onReadable);
    if (m_server->pairingFd() >= 0) {
        m_pairingNotifier =
            std::make_unique<QSocketNotifier>(m_server->pairingFd(), QSocketNotifier::Read);
        connect(m_pairingNotifier.get(), &QSocketNotifier::activated, this,
                &RoomService::onReadable);
    }
    m_timer.start();
    emit runningChanged();
    return true;
}

void RoomService::stop()
{
    if (!m_server)
        return;
    m_timer.stop();
    m_batch.stop();
    m_roomNotifier.reset();
    m_pairingNotifier.reset();
    m_server.reset();
    m_online.clear();
    m_seatOf.clear();
    emit runningChanged();
}

QString RoomService::roomEndpoint() const
{
    return m_server ? qs(m_server->roomEndpoint()) : QString();
}

QString RoomService::pairingEndpoint() const
{
    return m_server ? qs(m_server->pairingEndpoint()) : QString();
}

QString RoomService::consoleKey() const
{
    return m_server ? qs(net::z85Encode(m_server->publicKey())) : QString();
}

QVariantList RoomService::pairings() const
{
    QVariantList out;
    for (const auto& [code, p] : m_pairings)
        out.append(QVariantMap{{QStringLiteral("code"), qs(code)},
                               {QStringLiteral("fingerprint"), qs(p.fingerprint)},
                               {QStringLiteral("appVersion"), qs(p.appVersion)}});
    return out;
}

QVariantList RoomService::progress() const
{
    QVariantList out;
    for (const auto& [seat, p] : m_progress)
        out.append(QVariantMap{{QStringLiteral("seatNo"), seat},
                               {QStringLiteral("done"), p.done},
                               {QStringLiteral("count"), p.count},
                               {QStringLiteral("state"), p.state},
                               {QStringLiteral("why"), p.why}});
    return out;
}

int RoomService::onlineCount() const
{
    if (!m_server)
        return 0;
    return int(m_online.size());
}

int RoomService::sheetCount() const
{
    try {
        if (!m_console.isOpen() || m_console.sessionId().empty())
            return 0;
        return int(
            site::RoomLinkStore(m_console.store().database()).sheets(m_console.sessionId()).size());
    } catch (const std::exception& e) {
        // Logged; the count shows 0 and the next read tries again.
        (void)StepController::logReadFault("RoomService", "sheetCount", e);
        return 0;
    }
}

void RoomService::poll()
{
    // A slot: nothing may throw out of here. Re-entry (an event handler that ends up here
    // through a nested event loop) is skipped; the timer comes back.
    if (!m_server || m_inPoll)
        return;
    m_inPoll = true;
    try {
        m_server->processEvents();
    } catch (const std::exception& e) {
        fail(tr("考场连接故障：%1").arg(QString::fromUtf8(e.what())));
    }
    m_inPoll = false;
}

void RoomService::fail(const QString& what)
{
    m_lastError = what;
    qWarning().noquote() << "room link:" << what;
    emit lastErrorChanged();
}

int RoomService::seatOf(const std::string& fingerprint) const
{
    // Asked for every heartbeat: a map, rebuilt from the server only for a kiosk not in it.
    if (!m_server)
        return 0;
    auto it = m_seatOf.find(fingerprint);
    if (it == m_seatOf.end()) {
        m_seatOf.clear();
        for (const auto& kiosk : m_server->pairedKiosks())
            m_seatOf[kiosk.fingerprint] = kiosk.seatNo;
        it = m_seatOf.find(fingerprint);
    }
    return it == m_seatOf.end() ? 0 : it->second;
}

std::optional<std::string> RoomService::kioskAt(int seatNo) const
{
    return m_server ? m_server->fingerprintAtSeat(seatNo) : std::nullopt;
}

void RoomService::onEvent(const room::RoomEvent& event)
{
    // Called from processEvents() inside poll(): store faults are caught there.
    if (auto* request = std::get_if<room::PairingRequested>(&event)) {
        // The newest request of a kiosk replaces its older one.
        for (auto it = m_pairings.begin(); it != m_pairings.end();)
            it = it->second.fingerprint == request->fingerprint ? m_pairings.erase(it)
                                                                : std::next(it);
        m_pairings[request->code] = *request;
        emit pairingsChanged();
    } else if (auto* status = std::get_if<room::SeatStatus>(&event)) {
        onStatus(*status);
    } else if (auto* offline = std::get_if<room::SeatOffline>(&event)) {
        m_online.erase(offline->fingerprint);
        emit liveChanged();
        // A kiosk switched off after its candidate finished (submitted, removed) is no alarm:
        // the seat keeps showing how it ended.
        const SeatRow* row = m_seatMap.row(offline->seatNo);
        const bool finished = row && (row->live.state == QLatin1String("submitted") ||
                                      row->status == QLatin1String("submitted") ||
                                      row->status == QLatin1String("removed"));
        if (row && !finished) {
            SeatLive live = row->live;
            live.offline = true;
            live.state = QStringLiteral("offline");
            m_seatMap.updateLive(offline->seatNo, live);
            emit alert(offline->seatNo, QStringLiteral("offline"));
        }
    } else if (auto* progress = std::get_if<room::ProvisionProgress>(&event)) {
        auto& p = m_progress[seatOf(progress->fingerprint)];
        p.done = progress->chunksDone;
        p.count = progress->chunkCount;
        p.state = progress->failed ? QStringLiteral("failed")
                  : progress->done ? QStringLiteral("done")
                                   : QStringLiteral("sending");
        p.why = qs(progress->why);
        if (progress->done || progress->failed)
            m_provisioning.erase(progress->fingerprint);
        emit progressChanged();
    } else if (auto* unlocked = std::get_if<room::UnlockResult>(&event)) {
        if (!unlocked->ok)
            fail(tr("考位 %1 未能解锁：%2")
                     .arg(seatOf(unlocked->fingerprint))
                     .arg(qs(unlocked->why)));
    } else if (auto* mirrored = std::get_if<room::MirrorAppended>(&event)) {
        site::RoomLinkStore links(m_console.store().database());
        links.appendMirror(mirrored->attempt, mirrored->fingerprint, mirrored->entries);
        if (auto it = m_elapsed.find(mirrored->attempt); it != m_elapsed.end())
            links.setElapsed(mirrored->attempt, mirrored->fingerprint, it->second);
    } else if (auto* sheet = std::get_if<room::SheetReceived>(&event)) {
        onSheet(*sheet);
    } else if (auto* hand = std::get_if<room::HandRaised>(&event)) {
        if (const SeatRow* row = m_seatMap.row(hand->seatNo)) {
            SeatLive live = row->live;
            live.handRaised = true;
            m_seatMap.updateLive(hand->seatNo, live);
        }
        emit alert(hand->seatNo, QStringLiteral("hand"));
    } else if (auto* applied = std::get_if<room::CommandApplied>(&event)) {
        if (!applied->ok)
            fail(tr("考位 %1 未执行指令：%2")
                     .arg(seatOf(applied->fingerprint))
                     .arg(qs(applied->why)));
    } else if (auto* completed = std::get_if<room::PairingCompleted>(&event)) {
        (void)completed; // stored by acceptPairing, which asked for it
    } else if (auto* refused = std::get_if<room::LinkRefused>(&event)) {
        // Keys and reasons only: nothing personal crosses this line.
        qWarning().noquote() << "room link refused" << qs(refused->who) << qs(refused->why);
    }
}

void RoomService::onStatus(const room::SeatStatus& event)
{
    const auto& s = event.status;
    const int seatNo = seatOf(event.fingerprint);
    if (!s.attempt.empty())
        m_elapsed[s.attempt] = s.elapsedMs;

    SeatLive live;
    live.state = liveState(s);
    live.answered = s.answeredCount;
    live.total = s.questionCount;
    live.remainingMs = s.state == "InExam" || s.state == "Paused" ? s.remainingMs : -1;
    live.lastSaveAgeMs = s.lastSaveAgeMs;
    live.handRaised = s.handRaised;
    live.offline = false;
    m_seatMap.updateLive(seatNo, live);
    if (m_online.insert(event.fingerprint).second)
        emit liveChanged(); // the online count changed

    // The equipment check, once per kiosk and console run (a person must be logged in: it is
    // an audited record), once the kiosk knows whether its voice answers.
    if (!m_checked.count(event.fingerprint) && m_console.person() && seatNo > 0 &&
        room::equipmentKnown(event)) {
        const site::KioskReport report = room::equipmentReport(event);
        auto result = m_console.room().recordCheck(*m_console.person(), m_console.roomId(), seatNo,
                                                   report, {});
        if (result.outcome.ok()) {
            m_checked.insert(event.fingerprint);
            m_console.notifyRoomChanged();
        }
    }
    maybeProvision(event.fingerprint, s);
    maybeGrantSeed(event.fingerprint, s);
}

void RoomService::maybeProvision(const std::string& fingerprint, const room::KioskStatus& s)
{
    if (!m_provisionWanted || m_provisioning.count(fingerprint))
        return;
    if (s.provisionedSession == m_console.sessionId())
        return;
    auto seat = m_console.room().seat(m_console.roomId(), seatOf(fingerprint));
    if (!seat || seat->locked)
        return;
    auto made = bundle();
    if (!made)
        return;
    if (m_server->provision(fingerprint, *made)) {
        m_provisioning.insert(fingerprint);
        m_progress[seat->seatNo] = {0, 0, QStringLiteral("sending"), {}};
        emit progressChanged();
    }
}

void RoomService::maybeGrantSeed(const std::string& fingerprint, const room::KioskStatus& s)
{
    if (s.state != "WaitingForProctor" || s.ticketNo.empty())
        return;
    const std::string key = fingerprint + "\n" + s.ticketNo;
    if (m_seeded.count(key))
        return;
    const std::string sessionId = m_console.sessionId();
    auto candidate = m_console.sessions().find(sessionId, s.ticketNo);
    // Only the candidate the seat chart (or a move) puts at this seat opens here.
    if (!candidate || candidate->seatNo != seatOf(fingerprint))
        return;
    // A candidate on paper sits the printed paper: no kiosk opens their exam again.
    if (paper::PaperManager(m_console.store()).status(sessionId, s.ticketNo))
        return;
    auto seed = m_console.starts().paperSeed(sessionId, s.ticketNo);
    if (!seed.outcome.ok())
        return; // not started or not checked in: asked again at the next heartbeat
    room::SeedGrant grant;
    grant.grantId = randomId("seed");
    grant.ticketNo = s.ticketNo;
    grant.seed = *seed.value;
    if (m_server->grantSeed(fingerprint, grant))
        m_seeded.insert(key);
}

void RoomService::onSheet(const room::SheetReceived& event)
{
    auto sheet = ScoreSheet::fromBody(event.sheet.body);
    if (!sheet)
        return fail(tr("考位 %1 的成绩单无法读取。").arg(event.seatNo));
    const std::string sessionId = m_console.sessionId();
    site::RoomLinkStore links(m_console.store().database());
    const auto now = m_console.clock().now();
    // A candidate switched to paper is scored from the paper only: a late sheet from the failed
    // kiosk (same sheet id) is neither kept, counted nor sent to the centre.
    if (paper::PaperManager(m_console.store()).status(sessionId, sheet->ticketNo))
        return fail(tr("考位 %1 的考生已改用纸质试卷，该终端的成绩单不予采用。").arg(event.seatNo));
    links.storeSheet(
        {event.sheet.id, sessionId, sheet->ticketNo, event.seatNo, event.fingerprint, event.sheet},
        now);
    // The sheet goes to the centre as the kiosk signed it.
    site::Outbox(m_console.store().database()).queue(event.sheet, now);
    const char* reason = sheet->submitReason == SubmitReason::TimeUp    ? "time-up"
                         : sheet->submitReason == SubmitReason::Proctor ? "proctor"
                                                                        : "candidate";
    (void)m_console.starts().recordSubmitted(sessionId, sheet->ticketNo, reason);
    // The knowledge result decides practical eligibility and the make-up rule: recorded now
    // (with any sheet missed while the console was locked), so no one has to do it by hand.
    if (const int refused = m_console.recordKnowledgeSheets(); refused > 0)
        fail(tr("有 %1 份成绩单未能记入实操资格（签名无效或不符合补考规则）。").arg(refused));
    m_console.notifySessionChanged();
    emit sheetsChanged();
}

std::optional<room::ProvisionBundle> RoomService::bundle()
{
    if (m_bundle)
        return m_bundle;
    auto* plan = m_console.plan();
    auto session = m_console.session();
    if (!plan || !plan->package || !session)
        return std::nullopt;
    std::set<std::string> tickets;
    for (const auto& c : m_console.sessions().candidates(session->sessionId))
        tickets.insert(c.ticketNo);
    room::ProvisionBundle b;
    b.planId = plan->package->planId;
    b.siteId = plan->package->siteId;
    b.roomId = session->roomId;
    b.sessionId = session->sessionId;
    b.judgedAt = OffsetTime{m_console.clock().now(), std::chrono::hours(8)}.toIso();
    b.sealedBank = plan->package->sealedBank;
    b.files = plan->package->openFiles;
    // The roster goes with this session's candidates only, and only their photos (throws on a
    // roster it cannot cut: caught by the caller, nothing is sent).
    (void)room::restrictRoster(b, tickets);
    m_bundle = std::move(b);
    return m_bundle;
}

bool RoomService::acceptPairing(const QString& code, int seatNo)
{
    if (!m_server)
        return false;
    auto it = m_pairings.find(code.toStdString());
    if (it == m_pairings.end())
        return false;
    auto* person = m_console.person();
    if (!person)
        return false;
    try {
        const std::string fingerprint = it->second.fingerprint;
        auto stored = m_console.room().pairKiosk(*person, m_console.roomId(), seatNo, fingerprint);
        if (!stored.ok()) {
            fail(StepController::refusalText(stored));
            return false;
        }
        auto paired = m_server->acceptPairing(code.toStdString(), seatNo);
        if (!paired) {
            fail(tr("配对码 %1 已失效，请在终端上重新配对。").arg(code));
            return false;
        }
        site::KioskKeys keys;
        keys.fingerprint = paired->fingerprint;
        std::copy(paired->curveKey.begin(), paired->curveKey.end(), keys.curveKey.begin());
        std::copy(paired->signingKey.begin(), paired->signingKey.end(), keys.signingKey.begin());
        site::RoomLinkStore(m_console.store().database())
            .rememberKiosk(keys, m_console.clock().now());
        m_pairings.erase(code.toStdString());
        m_checked.erase(fingerprint);
        m_seatOf.clear(); // a kiosk may have moved to another seat
        emit pairingsChanged();
        m_console.notifyRoomChanged();
        poll();
        return true;
    } catch (const std::exception& e) {
        fail(QString::fromUtf8(e.what()));
        return false;
    }
}

bool RoomService::provisionAll()
{
    if (!m_server)
        return false;
    try {
        if (!bundle()) {
            fail(tr("需要中心签名的计划包和已编排的考场才能下发。"));
            return false;
        }
        m_provisionWanted = true;
        for (const auto& kiosk : m_server->pairedKiosks()) {
            auto status = m_server->status(kiosk.fingerprint);
            maybeProvision(kiosk.fingerprint, status.value_or(room::KioskStatus{}));
        }
        poll();
        return true;
    } catch (const std::exception& e) {
        fail(QString::fromUtf8(e.what()));
        return false;
    }
}

bool RoomService::unlockSeats(const QVariantList& seats)
{
    const crypto::SecretBytes* key = m_console.dataKey();
    if (!m_server || !key)
        return false;
    if (seats.isEmpty()) {
        m_server->unlockAll(*key);
    } else {
        for (const QVariant& seat : seats)
            if (auto fp = kioskAt(seat.toInt()))
                (void)m_server->unlock(*fp, *key);
    }
    poll();
    return true;
}

bool RoomService::sendCommand(const std::string& ticketNo, room::CommandKind kind, int minutes,
                              const std::string& reason, int seatNo)
{
    if (!m_server)
        return false;
    try {
        if (seatNo == 0) {
            auto c = m_console.sessions().find(m_console.sessionId(), ticketNo);
            if (!c || !c->seatNo)
                return false;
            seatNo = *c->seatNo;
        }
        auto fp = kioskAt(seatNo);
        if (!fp)
            return false;
        room::ProctorCommand command;
        command.commandId = randomId("cmd");
        command.kind = kind;
        command.ticketNo = ticketNo;
        command.minutes = minutes;
        command.reason = reason;
        const bool ok = m_server->sendCommand(*fp, command);
        poll();
        return ok;
    } catch (const std::exception& e) {
        fail(QString::fromUtf8(e.what()));
        return false;
    }
}

void RoomService::lockForPaper(const std::string& ticketNo, const std::string& reason)
{
    auto* person = m_console.person();
    if (!person)
        return;
    try {
        const std::string sessionId = m_console.sessionId();
        auto c = m_console.sessions().find(sessionId, ticketNo);
        const int seatNo = c && c->seatNo ? *c->seatNo : 0;
        const auto fp = m_server && seatNo > 0 ? kioskAt(seatNo) : std::nullopt;
        bool sent = false;
        if (fp) {
            room::ProctorCommand command;
            command.commandId = randomId("cmd");
            command.kind = room::CommandKind::Lock;
            command.ticketNo = ticketNo;
            command.reason = reason;
            sent = m_server->sendCommand(*fp, command);
            poll();
        }
        const auto recorded = paper::PaperManager(m_console.store())
                                  .recordKioskLock(*person, sessionId, ticketNo, seatNo,
                                                   fp.value_or(std::string()), sent);
        if (!recorded.ok())
            fail(StepController::refusalText(recorded));
    } catch (const std::exception& e) {
        fail(QString::fromUtf8(e.what()));
    }
}

bool RoomService::moveCandidate(const std::string& ticketNo, int fromSeat,
                                const std::string& reason)
{
    if (!m_server)
        return false;
    m_server->allowMove(ticketNo);
    // The old kiosk, if it still runs, lets the candidate go (their answers are in the mirror).
    (void)sendCommand(ticketNo, room::CommandKind::Release, 0, reason, fromSeat);
    return true;
}

} // namespace examroom
