#pragma once

#include "site/AgentLink.h"
#include "StepController.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <QDateTime>
#include <QThread>
#include <QTimer>
#include <QVariantList>
#include <vector>

namespace examroom {

struct AgentLinkWorker;
class PlanController;

// The console's end of the link to the site agent (site/AgentLink.h), for the screens: the
// settings (administrators: the agent's address and pinned keys; the console's own link key
// to enrol at the agent), the plans the agent received, and the hand-off of the outbox with
// the key lists the site vouches for. The link's calls block up to their time-out, so they run
// one at a time on a worker thread with its own site.db connection; results come back to the
// GUI thread. A pass (vouch for changed key lists, then hand off what waits) runs every minute
// while the link is set, right after the close, and on request.
class AgentLinkController : public StepController
{
    Q_OBJECT
    Q_PROPERTY(bool configured READ configured NOTIFY settingsChanged)
    Q_PROPERTY(QString endpoint READ endpoint NOTIFY settingsChanged)
    Q_PROPERTY(QString agentKeys READ agentKeys NOTIFY settingsChanged)
    Q_PROPERTY(QString agentFingerprint READ agentFingerprint NOTIFY settingsChanged)
    Q_PROPERTY(QString consoleKey READ consoleKey NOTIFY settingsChanged)
    Q_PROPERTY(QString consoleFingerprint READ consoleFingerprint NOTIFY settingsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY statusChanged)
    Q_PROPERTY(int waiting READ waiting NOTIFY statusChanged)
    Q_PROPERTY(int handedOff READ handedOff NOTIFY statusChanged)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(QStringList problems READ problems NOTIFY statusChanged)
    Q_PROPERTY(QVariantList plans READ plans NOTIFY plansChanged)
    Q_PROPERTY(QString plansText READ plansText NOTIFY plansChanged)
    Q_PROPERTY(bool plansError READ plansError NOTIFY plansChanged)
public:
    explicit AgentLinkController(ConsoleManager& console, QObject* parent = nullptr);
    ~AgentLinkController() override;

    bool configured() const { return m_configured; }
    QString endpoint() const { return m_endpoint; }
    QString agentKeys() const { return m_agentKeys; }
    QString agentFingerprint() const { return m_agentFingerprint; }
    // The console's link key (Z85, for the agent's agent.link.consoles) and its fingerprint.
    QString consoleKey() const { return m_consoleKey; }
    QString consoleFingerprint() const { return m_consoleFingerprint; }
    bool busy() const { return m_busy; }
    int waiting() const { return m_waiting; }
    // Documents the agent confirmed stored since the console started.
    int handedOff() const { return m_handedOff; }
    // "unset", "idle" (nothing waits), "waiting", "handed-off", "refused", "unreachable"
    QString status() const { return m_status; }
    QString statusText() const;
    // The reasons of the last pass: "<kind> <id>: <reason>" and link faults.
    QStringList problems() const { return m_problems; }
    // [{planId, version, hash, inUse}] as the agent listed them, newest first.
    QVariantList plans() const;
    QString plansText() const { return m_plansText; }
    bool plansError() const { return m_plansError; }

    // Reads the settings and the console's key from site.db (made on the first start) and
    // starts the timer; call once site.db is open. Faults show as the message.
    Q_INVOKABLE void load();
    // Administrators: the agent's address and its `keys:` line (examroom-agent keys show).
    Q_INVOKABLE bool save(const QString& endpoint, const QString& agentKeys);
    // Asks the agent for the plans it holds (answer in `plans`).
    Q_INVOKABLE bool refreshPlans();
    // Verifies the agent's package of `planId` version `version` and takes it as the plan.
    Q_INVOKABLE bool takePlan(const QString& planId, int version);
    // Vouches for changed key lists and hands off the outbox now.
    Q_INVOKABLE bool handOffNow();
    // Recounts what waits in the outbox (after something was queued).
    Q_INVOKABLE void recount();

    // The plan step that takes a package the agent holds (PlanController::importPackageJson).
    void setPlanStep(PlanController* plan) { m_planStep = plan; }
    // The timer's period (a minute; tests shorten it).
    void setPassInterval(std::chrono::milliseconds interval);
    // Re-reads labels after a language switch.
    void refresh();

signals:
    void settingsChanged();
    void statusChanged();
    void plansChanged();
    // A pass or a plan list request has finished (tests wait for it).
    void finished();

private:
    // Runs `job` on the worker thread unless one is running; false when busy or not set.
    bool post(std::function<void(AgentLinkWorker&)> job);
    void startPass();
    void onPlans(std::optional<std::vector<site::AgentPlan>> plans, const QString& error);
    void onPass(const site::HandoffReport& report, const QStringList& vouchProblems,
                const QString& fault);
    void onSessionChanged();
    // A request that came while a call was running, run now.
    void runPending();
    void setStatus(QString status);

    PlanController* m_planStep = nullptr;
    std::unique_ptr<AgentLinkWorker> m_worker; // touched on m_thread only
    QThread m_thread;
    QObject m_workerContext;
    QTimer m_timer;
    QTimer m_soon; // a pass shortly after the close
    bool m_configured = false;
    bool m_busy = false;
    bool m_plansPending = false;
    bool m_passPending = false;
    bool m_wasClosed = false;
    QString m_endpoint, m_agentKeys, m_agentFingerprint, m_consoleKey, m_consoleFingerprint;
    int m_waiting = 0;
    int m_handedOff = 0;
    QString m_status = QStringLiteral("unset");
    QDateTime m_lastPass;
    QStringList m_problems;
    std::vector<site::AgentPlan> m_plans;
    QString m_plansText;
    bool m_plansError = false;
    // The key lists last vouched for (kind → canonical text): sent again only when changed.
    std::map<std::string, std::string> m_vouched;
};

} // namespace examroom
