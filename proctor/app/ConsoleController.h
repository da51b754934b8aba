#pragma once

#include "AgentLinkController.h"
#include "CheckInController.h"
#include "CloseController.h"
#include "GradingController.h"
#include "MonitorController.h"
#include "PaperController.h"
#include "PlanController.h"
#include "PracticalController.h"
#include "PracticalReviewController.h"
#include "RoomController.h"
#include "RoomService.h"
#include "StartController.h"
#include "StepController.h"
#include "TicketsController.h"

#include <memory>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <QTranslator>

class QQmlEngine;
class QJSEngine;

namespace examroom {

// The `Console` singleton of the QML module: which screen shows (first start, login, locked,
// the steps), who is logged in, the language, and each step's controller. Built in main() (or
// a test) over a ConsoleManager.
class ConsoleController : public StepController
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Console)
    QML_SINGLETON
    Q_PROPERTY(QString screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(QString step READ step NOTIFY stepChanged)
    Q_PROPERTY(QStringList steps READ steps NOTIFY screenChanged)
    Q_PROPERTY(QString personName READ personName NOTIFY screenChanged)
    Q_PROPERTY(QString roleText READ roleText NOTIFY screenChanged)
    Q_PROPERTY(bool isAdministrator READ isAdministrator NOTIFY screenChanged)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QString siteName READ siteName NOTIFY planChanged)
    Q_PROPERTY(QString sessionText READ sessionText NOTIFY planChanged)
    Q_PROPERTY(PlanController* plan READ plan CONSTANT)
    Q_PROPERTY(RoomController* room READ room CONSTANT)
    Q_PROPERTY(TicketsController* tickets READ tickets CONSTANT)
    Q_PROPERTY(CheckInController* checkIn READ checkIn CONSTANT)
    Q_PROPERTY(StartController* start READ start CONSTANT)
    Q_PROPERTY(MonitorController* monitor READ monitor CONSTANT)
    Q_PROPERTY(PaperController* paper READ paper CONSTANT)
    Q_PROPERTY(CloseController* close READ close CONSTANT)
    Q_PROPERTY(PracticalController* practical READ practical CONSTANT)
    Q_PROPERTY(PracticalReviewController* practicalReview READ practicalReview CONSTANT)
    Q_PROPERTY(RoomService* link READ link CONSTANT)
    Q_PROPERTY(AgentLinkController* agent READ agent CONSTANT)
public:
    explicit ConsoleController(ConsoleManager& console, QObject* parent = nullptr);
    ~ConsoleController() override;

    // The instance QML gets as `Console`; set before the engine loads any QML.
    static void setInstance(ConsoleController* instance);
    static ConsoleController* create(QQmlEngine* engine, QJSEngine*);

    // "first-start", "login", "locked", "main"
    QString screen() const;
    // "plan", "room", "tickets", "checkin", "start", "monitor", "paper", "close",
    // "practical", and for an administrator "settings"; a grader has only "grading" (the grader's
    // screen, Examroom.Grading).
    QString step() const { return m_step; }
    QStringList steps() const;
    QString personName() const;
    QString roleText() const;
    bool isAdministrator() const;
    QString language() const { return m_language; }
    QString siteName() const;
    QString sessionText() const;
    PlanController* plan() const { return m_plan.get(); }
    RoomController* room() const { return m_room.get(); }
    TicketsController* tickets() const { return m_tickets.get(); }
    CheckInController* checkIn() const { return m_checkIn.get(); }
    StartController* start() const { return m_start.get(); }
    MonitorController* monitor() const { return m_monitor.get(); }
    PaperController* paper() const { return m_paper.get(); }
    CloseController* close() const { return m_close.get(); }
    PracticalController* practical() const { return m_practical.get(); }
    PracticalReviewController* practicalReview() const { return m_review.get(); }
    // The grader's screen controller (the GradingController singleton of Examroom.Grading).
    GradingController* grading() const { return m_grading.get(); }
    RoomService* link() const { return m_link.get(); }
    // The link to the site agent: settings, the agent's plans, the outbox hand-off.
    AgentLinkController* agent() const { return m_agent.get(); }

    // First start: the administrator account (the password typed twice).
    Q_INVOKABLE bool createAdministrator(const QString& name, const QString& password,
                                         const QString& repeated);
    Q_INVOKABLE bool login(const QString& name, const QString& password);
    Q_INVOKABLE bool unlock(const QString& password);
    Q_INVOKABLE void logout();
    Q_INVOKABLE void setStep(const QString& step);
    // "zh" or "en".
    Q_INVOKABLE void setLanguage(const QString& language);
    // Applies the inactivity rule now (a timer calls it every second).
    Q_INVOKABLE void checkLock();

signals:
    void screenChanged();
    void stepChanged();
    void languageChanged();
    void planChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Who logged in decides the steps: a grader lands on the grader's screen of the plan's
    // practical session; everyone else leaves it.
    void onPersonChanged();

    ConsoleManager& m_console;
    std::unique_ptr<PlanController> m_plan;
    std::unique_ptr<RoomController> m_room;
    std::unique_ptr<TicketsController> m_tickets;
    std::unique_ptr<CheckInController> m_checkIn;
    std::unique_ptr<StartController> m_start;
    std::unique_ptr<MonitorController> m_monitor;
    std::unique_ptr<PaperController> m_paper;
    std::unique_ptr<CloseController> m_close;
    std::unique_ptr<PracticalController> m_practical;
    std::unique_ptr<PracticalReviewController> m_review;
    std::unique_ptr<GradingController> m_grading;
    std::unique_ptr<RoomService> m_link;
    std::unique_ptr<AgentLinkController> m_agent;
    QTranslator m_translator;
    QTranslator m_gradingTranslator; // the grader's screen has its own (Examroom.Grading)
    QTimer m_lockTimer;
    QString m_step = QStringLiteral("plan");
    QString m_language = QStringLiteral("zh");
    bool m_locked = false;
    QQmlEngine* m_engine = nullptr;

    static ConsoleController* s_instance;
};

} // namespace examroom
