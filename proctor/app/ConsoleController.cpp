#include "ConsoleController.h"

#include "ConsoleImageProvider.h"
#include "ConsoleManager.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QQmlEngine>

namespace examroom {

ConsoleController* ConsoleController::s_instance = nullptr;

ConsoleController::ConsoleController(ConsoleManager& console, QObject* parent)
    : StepController(console, parent), m_console(console),
      m_plan(std::make_unique<PlanController>(console)),
      m_room(std::make_unique<RoomController>(console)),
      m_tickets(std::make_unique<TicketsController>(console)),
      m_checkIn(std::make_unique<CheckInController>(console)),
      m_start(std::make_unique<StartController>(console)),
      m_monitor(std::make_unique<MonitorController>(console)),
      m_paper(std::make_unique<PaperController>(console)),
      m_close(std::make_unique<CloseController>(console)),
      m_practical(std::make_unique<PracticalController>(console)),
      m_review(std::make_unique<PracticalReviewController>(console)),
      m_grading(std::make_unique<GradingController>(
          [&console]() -> practical::PracticalManager& { return console.practical(); },
          [&console] { return console.person(); })),
      m_link(std::make_unique<RoomService>(console, *m_monitor->seatMap())),
      m_agent(std::make_unique<AgentLinkController>(console))
{
    m_agent->setPlanStep(m_plan.get());
    // A confirmation or refusal is queued: the status line counts it at once.
    connect(m_plan.get(), &PlanController::planChanged, m_agent.get(),
            &AgentLinkController::recount);
    connect(&console, &ConsoleManager::personChanged, this, &ConsoleController::onPersonChanged);
    m_monitor->setLink(m_link.get());
    m_paper->setLink(m_link.get());
    m_start->setLink(m_link.get());
    connect(&console, &ConsoleManager::personChanged, this, &ConsoleController::screenChanged);
    connect(&console, &ConsoleManager::planChanged, this, &ConsoleController::planChanged);
    connect(&console, &ConsoleManager::sessionChanged, this, &ConsoleController::planChanged);
    connect(&m_lockTimer, &QTimer::timeout, this, &ConsoleController::checkLock);
    m_lockTimer.start(1000);
    // Any key or click counts as activity for the inactivity lock.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

ConsoleController::~ConsoleController()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    if (s_instance == this)
        s_instance = nullptr;
}

void ConsoleController::setInstance(ConsoleController* instance)
{
    s_instance = instance;
    GradingController::setInstance(instance ? instance->grading() : nullptr);
}

ConsoleController* ConsoleController::create(QQmlEngine* engine, QJSEngine*)
{
    Q_ASSERT(s_instance);
    s_instance->m_engine = engine;
    // Every engine that shows the console's screens (the window, the screen renderer, the
    // tests) gets its photos from memory.
    if (engine && !engine->imageProvider(QStringLiteral("console")))
        engine->addImageProvider(QStringLiteral("console"),
                                 new ConsoleImageProvider(s_instance->m_console));
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString ConsoleController::screen() const
{
    if (!m_console.isOpen())
        return QStringLiteral("login");
    if (!m_console.person())
        return m_console.accounts().hasAccounts() ? QStringLiteral("login")
                                                  : QStringLiteral("first-start");
    return m_locked ? QStringLiteral("locked") : QStringLiteral("main");
}

QStringList ConsoleController::steps() const
{
    auto* p = m_console.person();
    if (p && p->role() == site::Role::Grader)
        return {QStringLiteral("grading")};
    QStringList out{
        QStringLiteral("plan"),    QStringLiteral("room"),  QStringLiteral("tickets"),
        QStringLiteral("checkin"), QStringLiteral("start"), QStringLiteral("monitor"),
        QStringLiteral("paper"),   QStringLiteral("close"), QStringLiteral("practical")};
    // The site's settings (the agent link) are the administrator's.
    if (p && p->role() == site::Role::Administrator)
        out.append(QStringLiteral("settings"));
    return out;
}

void ConsoleController::onPersonChanged()
{
    auto* p = m_console.person();
    const bool grader = p && p->role() == site::Role::Grader;
    if (grader) {
        m_grading->reset();
        const std::string session = m_console.practicalSessionId();
        if (!session.empty())
            (void)m_grading->openSession(qs(session));
    } else {
        m_grading->reset();
    }
    const QString wanted = grader ? QStringLiteral("grading")
                           : m_step == QLatin1String("grading") || !steps().contains(m_step)
                               ? QStringLiteral("plan")
                               : m_step;
    if (wanted != m_step) {
        m_step = wanted;
        emit stepChanged();
    }
}

QString ConsoleController::personName() const
{
    auto* p = m_console.person();
    return p ? qs(p->name()) : QString();
}

QString ConsoleController::roleText() const
{
    auto* p = m_console.person();
    if (!p)
        return {};
    switch (p->role()) {
    case site::Role::Administrator:
        return tr("管理员");
    case site::Role::Proctor:
        return tr("监考");
    case site::Role::Grader:
        return tr("考评");
    }
    return {};
}

bool ConsoleController::isAdministrator() const
{
    auto* p = m_console.person();
    return p && p->role() == site::Role::Administrator;
}

QString ConsoleController::siteName() const
{
    auto* plan = m_console.plan();
    return plan ? qs(plan->files.plan.site.name) : tr("尚未导入考试计划");
}

QString ConsoleController::sessionText() const
{
    auto* plan = m_console.plan();
    if (!plan)
        return {};
    const auto& p = plan->files.plan;
    return tr("考场 %1").arg(qs(m_console.roomId())) + QStringLiteral("  ·  ") +
           qs(p.operationItem.value_or(p.qualificationType));
}

bool ConsoleController::createAdministrator(const QString& name, const QString& password,
                                            const QString& repeated)
{
    if (password != repeated) {
        say(tr("两次输入的密码不一致。"), true);
        return false;
    }
    return guarded([&] {
        auto made = m_console.accounts().createFirstAdministrator(name.trimmed().toStdString(),
                                                                  password.toStdString());
        if (!made.ok())
            return report(made.outcome, {});
        m_locked = false;
        m_console.setPerson(std::move(*made.value));
        say(tr("管理员账号已创建。"), false);
        return true;
    });
}

bool ConsoleController::login(const QString& name, const QString& password)
{
    return guarded([&] {
        auto session =
            m_console.accounts().login(name.trimmed().toStdString(), password.toStdString());
        if (!session.ok())
            return report(session.outcome, {});
        m_locked = false;
        m_console.setPerson(std::move(*session.value));
        clearMessage();
        // Sheets that arrived while nobody could record them count for eligibility now.
        (void)m_console.recordKnowledgeSheets();
        return true;
    });
}

bool ConsoleController::unlock(const QString& password)
{
    auto* p = person();
    if (!p)
        return false;
    return guarded([&] {
        if (!report(m_console.accounts().unlock(*p, password.toStdString()), {}))
            return false;
        m_locked = false;
        emit screenChanged();
        (void)m_console.recordKnowledgeSheets();
        return true;
    });
}

void ConsoleController::logout()
{
    m_locked = false;
    m_console.setPerson(std::nullopt);
    clearMessage();
}

void ConsoleController::setStep(const QString& step)
{
    if (!steps().contains(step) || step == m_step)
        return;
    m_step = step;
    emit stepChanged();
}

void ConsoleController::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    QCoreApplication::removeTranslator(&m_translator);
    QCoreApplication::removeTranslator(&m_gradingTranslator);
    if (language == QLatin1String("en") &&
        m_translator.load(QStringLiteral(":/i18n/proctor_en.qm")))
        QCoreApplication::installTranslator(&m_translator);
    if (language == QLatin1String("en") &&
        m_gradingTranslator.load(QStringLiteral(":/i18n/grading_en.qm")))
        QCoreApplication::installTranslator(&m_gradingTranslator);
    m_language = language == QLatin1String("en") ? language : QStringLiteral("zh");
    if (m_engine)
        m_engine->retranslate();
    emit languageChanged();
    emit screenChanged();
    emit planChanged();
    m_plan->refresh();
    m_agent->refresh();
}

void ConsoleController::checkLock()
{
    auto* p = m_console.person();
    if (!p || m_locked || !m_console.isOpen())
        return;
    if (p->isLockedAt(m_console.clock().now(), m_console.store().options().inactivityLimit)) {
        m_locked = true;
        emit screenChanged();
    }
}

bool ConsoleController::eventFilter(QObject* watched, QEvent* event)
{
    const auto type = event->type();
    if ((type == QEvent::KeyPress || type == QEvent::MouseButtonPress) && !m_locked) {
        if (auto* p = m_console.person();
            p &&
            !p->isLockedAt(m_console.clock().now(), m_console.store().options().inactivityLimit))
            p->touch(m_console.clock().now());
    }
    return QObject::eventFilter(watched, event);
}

} // namespace examroom
