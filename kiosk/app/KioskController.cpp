#include "KioskController.h"

#include "ExamController.h"
#include "KioskManager.h"
#include "MaintenanceLock.h"
#include "PaletteModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QQmlEngine>

namespace examroom {
namespace {

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

KioskController* KioskController::s_instance = nullptr;

KioskController::KioskController(KioskManager& manager, SpeechEngine& speech, QObject* parent)
    : QObject(parent), m_manager(manager), m_palette(std::make_unique<PaletteModel>(manager)),
      m_exam(std::make_unique<ExamController>(manager, *m_palette, speech))
{
    connect(&manager, &KioskManager::stateChanged, this, [this] {
        if (m_manager.state() == FlowState::Login && !m_manager.candidate())
            resetCandidateSettings();
        emit screenChanged();
    });
    connect(&manager, &KioskManager::candidateChanged, this, &KioskController::candidateChanged);
    connect(&manager, &KioskManager::candidateChanged, this, &KioskController::sessionChanged);
    // The console's verdict arrives after the local check accepted: the same words on screen.
    connect(&manager, &KioskManager::loginRefused, this,
            [this](int outcome) { showLoginOutcome(LoginOutcome(outcome)); });
    connect(&manager, &KioskManager::ticked, this, &KioskController::clockChanged);
    connect(&manager, &KioskManager::handRaisedChanged, this, &KioskController::handRaisedChanged);
}

KioskController::~KioskController()
{
    if (s_instance == this)
        s_instance = nullptr;
}

void KioskController::setInstance(KioskController* instance)
{
    s_instance = instance;
}

KioskController* KioskController::create(QQmlEngine* engine, QJSEngine*)
{
    Q_ASSERT(s_instance);
    // main() owns the controller; the engine must not delete it.
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    s_instance->m_engine = engine;
    return s_instance;
}

QString KioskController::screen() const
{
    switch (m_manager.state()) {
    case FlowState::Idle:
        return QStringLiteral("idle");
    case FlowState::Login:
        return QStringLiteral("login");
    case FlowState::IdentityCheck:
        return QStringLiteral("identity");
    case FlowState::WaitingForProctor:
        return QStringLiteral("waiting");
    case FlowState::InExam:
        return QStringLiteral("exam");
    case FlowState::Paused:
        return QStringLiteral("paused");
    case FlowState::Locked:
        return QStringLiteral("locked");
    case FlowState::Submitted:
        return QStringLiteral("result");
    }
    return QStringLiteral("idle");
}

int KioskController::seatNo() const
{
    return m_manager.context() ? m_manager.context()->seatNo : 0;
}

QString KioskController::roomId() const
{
    return m_manager.context() ? qs(m_manager.context()->roomId) : QString();
}

QString KioskController::siteName() const
{
    return m_manager.context() ? qs(m_manager.context()->plan.site.name) : QString();
}

QString KioskController::planName() const
{
    return m_manager.context() ? qs(m_manager.context()->plan.name) : QString();
}

QString KioskController::dateTimeText() const
{
    // The centre's offset (China Standard Time unless the plan says otherwise), measured on
    // the injectable wall clock.
    const auto offset = m_manager.context() ? m_manager.context()->plan.knowledgeExam.start.offset
                                            : std::chrono::minutes(8 * 60);
    const auto seconds = m_manager.wallClock().now().time_since_epoch().count();
    const QDateTime at =
        QDateTime::fromSecsSinceEpoch(seconds, Qt::OffsetFromUTC, int(offset.count()) * 60);
    return m_language == QLatin1String("en") ? at.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                             : at.toString(QStringLiteral("yyyy年M月d日 HH:mm"));
}

QString KioskController::candidateName() const
{
    return m_manager.candidate() ? qs(m_manager.candidate()->name) : QString();
}

QString KioskController::candidateGender() const
{
    return m_manager.candidate() ? qs(label(m_manager.candidate()->gender)) : QString();
}

QString KioskController::candidateIdType() const
{
    return m_manager.candidate() ? qs(label(m_manager.candidate()->id.type)) : QString();
}

QString KioskController::candidateIdNo() const
{
    return m_manager.candidate() ? qs(m_manager.candidate()->id.number) : QString();
}

QString KioskController::ticketNo() const
{
    return m_manager.candidate() ? qs(m_manager.candidate()->ticketNo) : QString();
}

QString KioskController::subject() const
{
    return m_manager.context() ? qs(m_manager.context()->subject()) : QString();
}

QString KioskController::examKind() const
{
    const Candidate* candidate = m_manager.candidate();
    if (!candidate)
        return {};
    QString kind = qs(label(candidate->examKind));
    return candidate->makeUp ? kind + QStringLiteral("（补考）") : kind;
}

QString KioskController::operationItem() const
{
    return m_manager.context() ? qs(m_manager.context()->plan.operationItem.value_or(""))
                               : QString();
}

QString KioskController::photoSource() const
{
    const Candidate* candidate = m_manager.candidate();
    if (!candidate || candidate->photo.empty())
        return {};
    return QStringLiteral("image://kiosk/photo/") + qs(candidate->ticketNo);
}

bool KioskController::handRaised() const
{
    return m_manager.handRaised();
}

double KioskController::fontFactor() const
{
    constexpr double factors[] = {1.0, 1.25, 1.5};
    return factors[m_fontScale];
}

QString KioskController::fingerprint() const
{
    auto* store = const_cast<KioskManager&>(m_manager).store();
    return store ? qs(store->fingerprint()) : QString();
}

void KioskController::setPairingCode(const QString& code)
{
    if (code == m_pairingCode)
        return;
    m_pairingCode = code;
    emit pairingChanged();
}

void KioskController::setMaintenanceLock(std::unique_ptr<MaintenanceLock> lock)
{
    m_maintenance = std::move(lock);
}

bool KioskController::login(const QString& ticketNo, const QString& idNo)
{
    const LoginOutcome outcome =
        m_manager.login(ticketNo.trimmed().toStdString(), idNo.trimmed().toStdString());
    showLoginOutcome(outcome);
    return outcome == LoginOutcome::Accepted;
}

void KioskController::showLoginOutcome(LoginOutcome outcome)
{
    if (outcome == LoginOutcome::Accepted) {
        m_loginError.clear();
    } else if (outcome == LoginOutcome::AlreadyLoggedInElsewhere) {
        m_loginError = tr("该考生已在其他考位登录，请举手联系监考人员");
    } else if (outcome == LoginOutcome::AlreadySubmitted) {
        m_loginError = tr("该考生本场考试已交卷");
    } else {
        m_loginError = tr("准考证号或身份证件号不正确，请核对后重新输入");
    }
    emit loginErrorChanged();
}

bool KioskController::confirmIdentity()
{
    return m_manager.confirmIdentity();
}

bool KioskController::rejectIdentity()
{
    return m_manager.rejectIdentity();
}

void KioskController::raiseHand()
{
    m_manager.raiseHand();
}

void KioskController::setLanguage(const QString& language)
{
    const QString wanted = language == QLatin1String("en") ? language : QStringLiteral("zh");
    if (wanted == m_language)
        return;
    QCoreApplication::removeTranslator(&m_translator);
    if (wanted == QLatin1String("en")) {
        if (m_translator.load(QStringLiteral(":/i18n/kiosk_en.qm")))
            QCoreApplication::installTranslator(&m_translator);
        else
            qWarning("kiosk: the English translation is missing");
    }
    m_language = wanted;
    if (!m_loginError.isEmpty()) {
        m_loginError.clear();
        emit loginErrorChanged();
    }
    if (m_engine)
        m_engine->retranslate();
    emit languageChanged();
    emit clockChanged();
}

void KioskController::setFontScale(int scale)
{
    scale = std::clamp(scale, 0, 2);
    if (scale == m_fontScale)
        return;
    m_fontScale = scale;
    emit settingsChanged();
}

void KioskController::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    emit settingsChanged();
}

bool KioskController::maintenanceExit(const QString& password)
{
    bool ok = false;
    try {
        ok = m_maintenance && m_maintenance->matches(password.toStdString());
    } catch (const std::exception& e) {
        qWarning("kiosk: the maintenance password could not be checked: %s", e.what());
    }
    if (ok && !m_mayQuit) {
        m_mayQuit = true;
        emit mayQuitChanged();
    }
    return ok;
}

void KioskController::resetCandidateSettings()
{
    setLanguage(QStringLiteral("zh"));
    setFontScale(0);
    setHighContrast(false);
}

} // namespace examroom
