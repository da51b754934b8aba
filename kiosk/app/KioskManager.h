#pragma once

#include "exam/CandidateFlow.h"
#include "exam/ExamContext.h"
#include "exam/ExamSession.h"
#include "exam/KioskStore.h"
#include "exam/LoginCheck.h"
#include "exam/MonotonicSource.h"
#include "package/SessionImages.h"
#include "util/Clock.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <QObject>
#include <QTimer>
#include <set>
#include <string>

namespace examroom {

// Owns the kiosk's state and its persistence: the store (kiosk.db), the session context,
// the candidate flow and the running ExamSession. Controllers adapt it to the screens; the
// headless runner and the room link drive it too. Every public function catches the core's
// faults and reports them as `lastError` + a false/empty result: nothing throws into Qt.
class KioskManager : public QObject
{
    Q_OBJECT
public:
    KioskManager(const MonotonicSource& mono, const Clock& wall, QObject* parent = nullptr);
    ~KioskManager() override;

    // Opens kiosk.db in `dataDir`. On failure returns false with lastError set; no store.
    bool openStore(const std::filesystem::path& dataDir);
    // Sets the session this kiosk serves (from provisioning or the centre's files) with the
    // images its screens show (in guarded memory; the previous ones are wiped), and recovers
    // an attempt left by a previous run. The flow goes to Login (or back to where the attempt
    // stood). Returns false with lastError set on failure (context kept).
    bool setContext(ExamContext context, package::SessionImages images = {});

    // Checks a login; on success the flow is at IdentityCheck and candidate() is set.
    LoginOutcome login(const std::string& ticketNo, const std::string& idNo);
    // 信息无误: to WaitingForProctor. 信息有误: back to Login, hand raised.
    bool confirmIdentity();
    bool rejectIdentity();
    // The proctor opens the exam for this seat with the candidate's paper seed: draws the
    // paper, journals the start. False with lastError on failure (flow stays waiting).
    bool openExam(const PaperSeed& seed);
    // Proctor commands. `commandId` is the console's idempotency key (empty for local use):
    // journalled with the effect, so a command repeated after a crash is not applied twice.
    bool pause(const std::string& commandId = {});
    bool resume(const std::string& commandId = {});
    bool extend(std::chrono::minutes minutes, const std::string& reason,
                const std::string& commandId = {});
    bool lock(const std::string& commandId = {});
    bool unlock(const std::string& commandId = {});
    // Hands in; the flow goes to Submitted. False with lastError when refused or failed.
    bool submit(SubmitReason reason);
    // Releases the seat for the next candidate (flow to Idle, then Login).
    bool release();
    // Tickets the console reports logged in on another seat (second logins are refused).
    void setLoggedInElsewhere(std::set<std::string> tickets)
    {
        m_loggedInElsewhere = std::move(tickets);
    }
    // The console refused the login that is on screen (`outcome`: elsewhere or submitted):
    // the seat goes back to the login and loginRefused tells the screen why. Nothing is kept
    // against the ticket here, so a later login (after the proctor moved the candidate) is
    // asked again. Ignored when the candidate changed or an exam is open.
    void refuseLogin(const std::string& ticketNo, LoginOutcome outcome);
    // Raises the candidate's hand (the room link carries it to the console).
    void raiseHand();

    FlowState state() const { return m_flow.state(); }
    const ExamContext* context() const { return m_context ? &*m_context : nullptr; }
    const Candidate* candidate() const { return m_candidate ? &*m_candidate : nullptr; }
    ExamSession* session() { return m_session.get(); }
    const ExamSession* session() const { return m_session.get(); }
    KioskStore* store() { return m_store.get(); }
    // The session's photos and question images, in memory only (KioskImageProvider decodes
    // them from there).
    const package::SessionImages& images() const { return m_images; }
    const std::string& lastError() const { return m_lastError; }
    const MonotonicSource& monotonic() const { return m_mono; }
    const Clock& wallClock() const { return m_wall; }
    bool handRaised() const { return m_handRaised; }

    // Runs the once-a-second work now (tests call it instead of waiting): time-up
    // auto-submit, clock checkpoint every few seconds, tick signal.
    void tick();

signals:
    void stateChanged();
    void candidateChanged();
    // An answer, flag or position changed (after it is on disk).
    void examChanged();
    void ticked();
    void handRaisedChanged();
    void loginRefused(int outcome); // a LoginOutcome
    // A fault the candidate should not see in detail (logged; the proctor is told).
    void faulted(const QString& what);

private:
    bool fail(const std::string& why);
    void moveTo(FlowEvent event);

    const MonotonicSource& m_mono;
    const Clock& m_wall;
    std::unique_ptr<KioskStore> m_store;
    std::optional<ExamContext> m_context;
    package::SessionImages m_images;
    std::optional<Candidate> m_candidate;
    std::unique_ptr<ExamSession> m_session;
    CandidateFlow m_flow;
    QTimer m_timer;
    int m_ticksSinceCheckpoint = 0;
    bool m_handRaised = false;
    std::set<std::string> m_loggedInElsewhere;
    std::string m_lastError;
};

} // namespace examroom
