#include "KioskManager.h"

#include <QDebug>

namespace examroom {

KioskManager::KioskManager(const MonotonicSource& mono, const Clock& wall, QObject* parent)
    : QObject(parent), m_mono(mono), m_wall(wall)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &KioskManager::tick);
    m_timer.start();
}

KioskManager::~KioskManager() = default;

bool KioskManager::fail(const std::string& why)
{
    m_lastError = why;
    // The reason only: never a question, an answer or a personal datum.
    qWarning().noquote() << "kiosk:" << QString::fromStdString(why);
    emit faulted(QString::fromStdString(why));
    return false;
}

void KioskManager::moveTo(FlowEvent event)
{
    if (m_flow.apply(event))
        emit stateChanged();
}

bool KioskManager::openStore(const std::filesystem::path& dataDir)
{
    try {
        m_store = KioskStore::open(dataDir);
        return true;
    } catch (const std::exception& e) {
        m_store.reset();
        return fail(std::string("cannot open the kiosk store: ") + e.what());
    }
}

bool KioskManager::setContext(ExamContext context, package::SessionImages images)
{
    m_context = std::move(context);
    m_images = std::move(images); // the previous buffers are wiped as they go
    if (!m_store)
        return fail("no kiosk store is open");
    // A lock that came before the session (a restarted kiosk hears the console's pending
    // commands before its unlock) holds for the attempt recovered now.
    const bool lockedBefore = m_flow.state() == FlowState::Locked;
    try {
        m_session = ExamSession::recover(*m_store, *m_context, m_mono, m_wall);
    } catch (const std::exception& e) {
        m_session.reset();
        m_flow.restore(FlowState::Locked);
        emit stateChanged();
        return fail(std::string("cannot recover the last attempt: ") + e.what());
    }
    if (m_session) {
        m_candidate = m_session->candidate();
        if (lockedBefore && !m_session->isLocked() && !m_session->isFinished()) {
            try {
                m_session->lock();
            } catch (const std::exception& e) {
                fail(std::string("cannot journal the lock: ") + e.what());
            }
        }
        if ((m_session->isLocked() || lockedBefore) && !m_session->isFinished())
            m_flow.restoreLocked(m_session->pausedBeforeLock() ? FlowState::Paused
                                                               : FlowState::InExam);
        else
            m_flow.restore(m_session->isFinished() ? FlowState::Submitted
                           : m_session->isPaused() ? FlowState::Paused
                                                   : FlowState::InExam);
    } else {
        m_candidate.reset();
        m_flow.restore(FlowState::Idle);
        (void)m_flow.apply(FlowEvent::SessionReady);
        if (lockedBefore)
            m_flow.restoreLocked(FlowState::Login);
    }
    emit candidateChanged();
    emit stateChanged();
    emit examChanged();
    return true;
}

LoginOutcome KioskManager::login(const std::string& ticketNo, const std::string& idNo)
{
    if (!m_context || m_flow.state() != FlowState::Login) {
        fail("login is not possible now");
        return LoginOutcome::Malformed;
    }
    // Tickets seated elsewhere come from the console over the room link; a submitted
    // attempt on this kiosk is known locally.
    std::set<std::string> submitted;
    LoginResult result =
        checkLogin(m_context->roster, ticketNo, idNo, m_loggedInElsewhere, submitted);
    if (!result)
        return result.outcome;
    m_candidate = *result.candidate;
    moveTo(FlowEvent::LoginAccepted);
    emit candidateChanged();
    return LoginOutcome::Accepted;
}

bool KioskManager::confirmIdentity()
{
    if (!m_flow.allows(FlowEvent::IdentityConfirmed))
        return false;
    moveTo(FlowEvent::IdentityConfirmed);
    return true;
}

bool KioskManager::rejectIdentity()
{
    if (!m_flow.allows(FlowEvent::IdentityRejected))
        return false;
    m_candidate.reset();
    raiseHand();
    moveTo(FlowEvent::IdentityRejected);
    emit candidateChanged();
    return true;
}

bool KioskManager::openExam(const PaperSeed& seed)
{
    if (!m_flow.allows(FlowEvent::ExamOpened) || !m_candidate || !m_store)
        return fail("the exam cannot be opened now");
    try {
        m_session = ExamSession::begin(*m_store, *m_context, *m_candidate, seed, m_mono, m_wall,
                                       m_candidate->makeUp ? 2 : 1);
    } catch (const std::exception& e) {
        return fail(std::string("cannot open the exam: ") + e.what());
    }
    moveTo(FlowEvent::ExamOpened);
    emit examChanged();
    return true;
}

bool KioskManager::pause(const std::string& commandId)
{
    if (m_session && m_session->hasApplied(commandId))
        return true; // journalled before a crash; the console asks again
    if (!m_session || !m_flow.allows(FlowEvent::Paused))
        return false;
    try {
        m_session->pause(commandId);
    } catch (const std::exception& e) {
        return fail(std::string("cannot pause: ") + e.what());
    }
    moveTo(FlowEvent::Paused);
    return true;
}

bool KioskManager::resume(const std::string& commandId)
{
    if (m_session && m_session->hasApplied(commandId))
        return true;
    if (!m_session || !m_flow.allows(FlowEvent::Resumed))
        return false;
    try {
        m_session->resume(commandId);
    } catch (const std::exception& e) {
        return fail(std::string("cannot resume: ") + e.what());
    }
    moveTo(FlowEvent::Resumed);
    return true;
}

bool KioskManager::extend(std::chrono::minutes minutes, const std::string& reason,
                          const std::string& commandId)
{
    if (!m_session)
        return false;
    // The extension and its command id are one journal entry: a repeat after a crash finds
    // the id and adds nothing.
    if (m_session->hasApplied(commandId))
        return true;
    try {
        if (!m_session->extend(minutes, reason, commandId))
            return false;
    } catch (const std::exception& e) {
        return fail(std::string("cannot extend: ") + e.what());
    }
    emit ticked();
    return true;
}

bool KioskManager::lock(const std::string& commandId)
{
    if (m_session && m_session->hasApplied(commandId))
        return true;
    if (!m_flow.allows(FlowEvent::Locked))
        return false;
    // Journalled with the session, so the lock outlives a restart of this kiosk.
    if (m_session && !m_session->isFinished()) {
        try {
            m_session->lock(commandId);
        } catch (const std::exception& e) {
            fail(std::string("cannot journal the lock: ") + e.what());
        }
    }
    moveTo(FlowEvent::Locked);
    return true;
}

bool KioskManager::unlock(const std::string& commandId)
{
    if (m_session && m_session->hasApplied(commandId))
        return true;
    if (!m_flow.allows(FlowEvent::Unlocked))
        return false;
    if (m_session && m_session->isLocked()) {
        try {
            m_session->unlock(commandId);
        } catch (const std::exception& e) {
            return fail(std::string("cannot unlock: ") + e.what());
        }
    }
    moveTo(FlowEvent::Unlocked);
    return true;
}

bool KioskManager::submit(SubmitReason reason)
{
    if (!m_session || !m_flow.allows(FlowEvent::Submitted))
        return fail("there is no paper to hand in");
    if (reason == SubmitReason::Candidate && !m_session->canSubmit())
        return fail("handing in is not allowed yet");
    try {
        m_session->submit(reason);
    } catch (const std::exception& e) {
        return fail(std::string("cannot hand in: ") + e.what());
    }
    moveTo(FlowEvent::Submitted);
    emit examChanged();
    return true;
}

bool KioskManager::release()
{
    try {
        if (m_session)
            m_session->release();
    } catch (const std::exception& e) {
        return fail(std::string("cannot release the seat: ") + e.what());
    }
    m_session.reset();
    m_candidate.reset();
    m_handRaised = false;
    moveTo(FlowEvent::Released);
    if (m_context)
        moveTo(FlowEvent::SessionReady);
    emit candidateChanged();
    emit examChanged();
    emit handRaisedChanged();
    return true;
}

void KioskManager::refuseLogin(const std::string& ticketNo, LoginOutcome outcome)
{
    if (!m_candidate || m_candidate->ticketNo != ticketNo || m_session)
        return;
    (void)release();
    emit loginRefused(int(outcome));
}

void KioskManager::raiseHand()
{
    m_handRaised = true;
    emit handRaisedChanged();
}

void KioskManager::tick()
{
    if (m_session && m_flow.state() == FlowState::InExam) {
        if (m_session->clock().isTimeUp()) {
            submit(SubmitReason::TimeUp);
        } else if (++m_ticksSinceCheckpoint >= 5) {
            m_ticksSinceCheckpoint = 0;
            try {
                m_session->checkpoint();
            } catch (const std::exception& e) {
                fail(std::string("cannot write the clock checkpoint: ") + e.what());
            }
        }
    }
    emit ticked();
}

} // namespace examroom
