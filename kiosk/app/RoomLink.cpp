#include "RoomLink.h"

#include "KioskManager.h"
#include "room/OpenedSession.h"

#include <QDebug>

namespace examroom {

RoomLink::RoomLink(KioskManager& manager, Options options, QObject* parent)
    : QObject(parent), m_manager(manager), m_options(std::move(options))
{
    if (!m_manager.store()) {
        m_lastError = QStringLiteral("no kiosk store is open");
        return;
    }
    try {
        m_client = std::make_unique<room::RoomClient>(
            m_manager.store()->database(), m_manager.store()->curveKey(),
            m_manager.store()->signingKey(), m_options.client,
            [this](const room::ClientEvent& event, std::string& why) {
                return onEvent(event, why);
            },
            [this] { return status(); });
    } catch (const std::exception& e) {
        m_lastError = QString::fromStdString(e.what());
        return;
    }
    watch();
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, &RoomLink::process);
    m_timer.start();

    // The manager's side, towards the console.
    connect(&m_manager, &KioskManager::candidateChanged, this, [this] {
        if (m_manager.state() == FlowState::IdentityCheck && m_manager.candidate())
            m_client->checkLogin(m_manager.candidate()->ticketNo);
    });
    connect(&m_manager, &KioskManager::examChanged, this, [this] {
        try {
            if (const ExamSession* session = m_manager.session()) {
                m_client->mirrorChanged(session->attemptId());
                if (session->signedSheet())
                    m_client->submitSheet(*session->signedSheet());
            }
        } catch (const std::exception& e) {
            fail(std::string("room link: ") + e.what());
        }
        process();
    });
    connect(&m_manager, &KioskManager::handRaisedChanged, this, [this] {
        try {
            if (m_manager.handRaised())
                m_client->raiseHand(m_manager.candidate() ? m_manager.candidate()->ticketNo : "");
        } catch (const std::exception& e) {
            fail(std::string("room link: ") + e.what());
        }
    });
    connect(&m_manager, &KioskManager::stateChanged, this, [this] {
        if (m_client)
            m_client->sendHeartbeat();
    });
    // The voice's verdict goes out at once: the console's equipment check waits for it.
    if (m_options.speech)
        m_options.speech->whenChanged(this, [this] {
            if (m_client)
                m_client->sendHeartbeat();
        });
}

RoomLink::~RoomLink()
{
    m_notifier.reset();
    m_pairingNotifier.reset();
    m_client.reset();
}

void RoomLink::fail(const std::string& why)
{
    m_lastError = QString::fromStdString(why);
    qWarning().noquote() << "kiosk:" << m_lastError;
    emit faulted(m_lastError);
}

void RoomLink::watch()
{
    auto make = [this](int fd) -> std::unique_ptr<QSocketNotifier> {
        if (fd < 0)
            return nullptr;
        auto notifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
        connect(notifier.get(), &QSocketNotifier::activated, this, &RoomLink::process);
        return notifier;
    };
    m_notifier = make(m_client->fd());
    m_pairingNotifier = make(m_client->pairingFd());
}

void RoomLink::process()
{
    if (!m_client)
        return;
    try {
        const int fd = m_client->fd();
        const int pairingFd = m_client->pairingFd();
        m_client->processEvents();
        // Pairing opens the room socket and closes the pairing socket: watch the new ones.
        if (fd != m_client->fd() || pairingFd != m_client->pairingFd())
            watch();
    } catch (const std::exception& e) {
        fail(std::string("room link: ") + e.what());
    }
}

bool RoomLink::isPaired() const
{
    return m_client && m_client->isPaired();
}
bool RoomLink::isLinkUp() const
{
    return m_client && m_client->isLinkUp();
}
int RoomLink::outboxPending() const
{
    return m_client ? m_client->outboxPending() : 0;
}
QString RoomLink::fingerprint() const
{
    return m_client ? QString::fromStdString(m_client->fingerprint()) : QString();
}

QString RoomLink::startPairing()
{
    if (!m_client)
        return {};
    try {
        auto code = QString::fromStdString(m_client->startPairing());
        watch();
        return code;
    } catch (const std::exception& e) {
        fail(e.what());
        return {};
    }
}

bool RoomLink::isSynced() const
{
    if (!m_client || !m_client->isLinkUp() || m_client->outboxPending() > 0)
        return false;
    const ExamSession* session = m_manager.session();
    if (!session)
        return true;
    try {
        AnswerJournal journal(m_manager.store()->database());
        auto head = journal.head(session->attemptId());
        return !head || m_client->mirrorAcked(session->attemptId()) >= head->seq;
    } catch (const std::exception& e) {
        // Not synced as far as anyone can tell; the journal's error names SQL, never an answer.
        qWarning().noquote() << "kiosk: cannot read the answer journal's head to compare it with "
                                "the console's mirror:"
                             << e.what();
        return false;
    }
}

room::KioskStatus RoomLink::status() const
{
    room::KioskStatus s;
    s.state = m_client && !m_client->provisionedBundle() ? "Unprovisioned"
                                                         : std::string(name(m_manager.state()));
    if (const Candidate* candidate = m_manager.candidate())
        s.ticketNo = candidate->ticketNo;
    if (const ExamSession* session = m_manager.session()) {
        s.attempt = session->attemptId();
        s.questionIndex = session->currentIndex();
        s.answeredCount = session->answeredCount();
        s.questionCount = session->itemCount();
        s.remainingMs = session->clock().remaining().count();
        s.elapsedMs = session->clock().elapsed().count();
        s.lastSaveAgeMs = (m_manager.monotonic().now() - session->lastSaveMono()).count();
        s.downtimeMs = session->downtime() ? session->downtime()->count() : 0;
    }
    std::error_code ec;
    if (m_manager.store()) {
        auto space = std::filesystem::space(m_manager.store()->dataDir(), ec);
        if (!ec)
            s.freeDiskBytes = std::int64_t(space.available);
    }
    s.handRaised = m_manager.handRaised();
    s.screenWidth = m_options.screenWidth;
    s.screenHeight = m_options.screenHeight;
    s.ttsAvailable = m_options.speech && m_options.speech->available();
    s.ttsChecking = m_options.speech && m_options.speech->checking();
    return s;
}

bool RoomLink::openSession(const room::Unlocked& unlocked, std::string& why)
{
    auto bundle = m_client->provisionedBundle();
    if (!bundle) {
        why = "not provisioned";
        return false;
    }
    // The client opened the bank to check the key; use that one rather than decrypting twice.
    std::optional<package::OpenedBank> opened;
    std::string error;
    if (!unlocked.bank)
        opened = room::openProvisionedBank(*bundle, *unlocked.dataKey, &error);
    const package::OpenedBank* bank = unlocked.bank ? unlocked.bank : opened ? &*opened : nullptr;
    if (!bank) {
        why = "the key does not open the bank (" + error + ")";
        return false;
    }
    // All in memory: the bundle's files and the opened bank are read where they are, the
    // images copied into guarded memory; no file is written (no question, photo or roster in
    // clear on any file system). The opened bank is wiped when `opened` (or the client's) goes.
    std::optional<room::OpenedSession> session;
    try {
        session = room::openUnlockedSession(*bundle, *bank, m_client->seatNo(), &why);
    } catch (const std::exception& e) { // no secure memory left
        why = e.what();
        return false;
    }
    if (!session)
        return false;
    if (!m_manager.setContext(std::move(session->context), std::move(session->images))) {
        why = m_manager.lastError();
        return false;
    }
    return true;
}

bool RoomLink::onEvent(const room::ClientEvent& event, std::string& why)
{
    if (std::holds_alternative<room::Paired>(event)) {
        emit paired();
    } else if (auto unlockedEvent = std::get_if<room::Unlocked>(&event)) {
        // Unlocked again after a console restart while the session runs: nothing to redo.
        if (m_unlocked && m_manager.context())
            return true;
        if (!openSession(*unlockedEvent, why)) {
            fail("cannot open the provisioned session: " + why);
            return false;
        }
        m_unlocked = true;
        emit unlocked();
    } else if (auto login = std::get_if<room::LoginAnswered>(&event)) {
        if (login->verdict != room::LoginVerdict::Accepted && m_manager.candidate() &&
            m_manager.candidate()->ticketNo == login->ticketNo && !m_manager.session()) {
            // The console knows this candidate elsewhere or finished: back to the login, with
            // the reason on screen. Not remembered here: once the proctor moves the candidate
            // (allowMove) the next login is asked again and accepted.
            m_manager.refuseLogin(login->ticketNo,
                                  login->verdict == room::LoginVerdict::AlreadySubmitted
                                      ? LoginOutcome::AlreadySubmitted
                                  : login->verdict == room::LoginVerdict::LoggedInElsewhere
                                      ? LoginOutcome::AlreadyLoggedInElsewhere
                                      : LoginOutcome::UnknownTicket);
            fail("login refused by the console: " + std::string(room::name(login->verdict)));
        }
    } else if (auto seed = std::get_if<room::SeedArrived>(&event)) {
        return applySeed(seed->grant, why);
    } else if (auto command = std::get_if<room::CommandArrived>(&event)) {
        return applyCommand(command->command, why);
    } else if (auto link = std::get_if<room::LinkChanged>(&event)) {
        emit linkChanged(link->up);
    }
    return true;
}

bool RoomLink::applySeed(const room::SeedGrant& grant, std::string& why)
{
    const Candidate* candidate = m_manager.candidate();
    if (!candidate || candidate->ticketNo != grant.ticketNo) {
        why = "that candidate is not at this seat";
        return false;
    }
    if (m_manager.session()) // already open (e.g. recovered after a restart)
        return true;
    PaperSeed seed{};
    if (grant.seed.size() != seed.size()) {
        why = "malformed seed";
        return false;
    }
    std::copy(grant.seed.begin(), grant.seed.end(), seed.begin());
    if (!m_manager.openExam(seed)) {
        why = m_manager.lastError();
        return false;
    }
    // A resume (换机续考): the answers and the time used, from the console's mirror.
    try {
        ExamSession* session = m_manager.session();
        for (const auto& item : grant.items) {
            if (item.index >= session->itemCount())
                continue;
            if (item.choices)
                session->setAnswer(item.index, ChoiceSet::fromBits(item.choices));
            if (item.flagged)
                session->setFlag(item.index, true);
        }
        if (grant.extensionMs > 0)
            (void)session->extend(std::chrono::milliseconds(grant.extensionMs), "resume");
        if (grant.elapsedMs > 0)
            session->syncElapsed(std::chrono::milliseconds(grant.elapsedMs));
    } catch (const std::exception& e) {
        why = std::string("cannot restore the resume point: ") + e.what();
        return false;
    }
    emit m_manager.examChanged();
    return true;
}

bool RoomLink::applyCommand(const room::ProctorCommand& command, std::string& why)
{
    const Candidate* candidate = m_manager.candidate();
    if (!command.ticketNo.empty() && (!candidate || candidate->ticketNo != command.ticketNo) &&
        command.kind != room::CommandKind::Release && command.kind != room::CommandKind::Lock) {
        why = "that candidate is not at this seat";
        return false;
    }
    bool ok = false;
    switch (command.kind) {
    case room::CommandKind::Extend:
        ok = m_manager.extend(std::chrono::minutes(command.minutes), command.reason,
                              command.commandId);
        break;
    case room::CommandKind::Pause:
        ok = m_manager.pause(command.commandId);
        break;
    case room::CommandKind::Resume:
        ok = m_manager.resume(command.commandId);
        break;
    case room::CommandKind::ForceSubmit:
        // Handing in is idempotent: a repeat after a crash finds the sheet already signed.
        ok = (m_manager.session() && m_manager.session()->isFinished()) ||
             m_manager.submit(SubmitReason::Proctor);
        break;
    case room::CommandKind::Lock:
        ok = m_manager.lock(command.commandId);
        break;
    case room::CommandKind::Unlock:
        ok = m_manager.unlock(command.commandId);
        break;
    case room::CommandKind::Release:
        ok = m_manager.release();
        break;
    }
    if (!ok)
        why = m_manager.lastError().empty() ? "not possible in this state" : m_manager.lastError();
    return ok;
}

} // namespace examroom
