#pragma once

#include "exam/LoginCheck.h"
#include "ExamController.h"
#include "PaletteModel.h"

#include <memory>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <QTranslator>

class QQmlEngine;
class QJSEngine;

namespace examroom {

class KioskManager;
class SpeechEngine;
class MaintenanceLock;

// The `Kiosk` singleton of the QML module: which screen shows, the seat, the idle, login and
// identity screens, the candidate's settings (language, font size, contrast) and the way out
// (maintenance password). Built in main() (or the test setup) over a KioskManager; QML
// reaches the exam screens through `Kiosk.exam` and `Kiosk.palette`.
class KioskController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Kiosk)
    QML_SINGLETON
    Q_PROPERTY(QString screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(int seatNo READ seatNo NOTIFY sessionChanged)
    Q_PROPERTY(QString roomId READ roomId NOTIFY sessionChanged)
    Q_PROPERTY(QString siteName READ siteName NOTIFY sessionChanged)
    Q_PROPERTY(QString planName READ planName NOTIFY sessionChanged)
    Q_PROPERTY(QString dateTimeText READ dateTimeText NOTIFY clockChanged)
    Q_PROPERTY(QString candidateName READ candidateName NOTIFY candidateChanged)
    Q_PROPERTY(QString candidateGender READ candidateGender NOTIFY candidateChanged)
    Q_PROPERTY(QString candidateIdType READ candidateIdType NOTIFY candidateChanged)
    Q_PROPERTY(QString candidateIdNo READ candidateIdNo NOTIFY candidateChanged)
    Q_PROPERTY(QString ticketNo READ ticketNo NOTIFY candidateChanged)
    Q_PROPERTY(QString subject READ subject NOTIFY sessionChanged)
    Q_PROPERTY(QString examKind READ examKind NOTIFY candidateChanged)
    Q_PROPERTY(QString operationItem READ operationItem NOTIFY sessionChanged)
    Q_PROPERTY(QString photoSource READ photoSource NOTIFY candidateChanged)
    Q_PROPERTY(QString loginError READ loginError NOTIFY loginErrorChanged)
    Q_PROPERTY(bool handRaised READ handRaised NOTIFY handRaisedChanged)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(int fontScale READ fontScale NOTIFY settingsChanged)
    Q_PROPERTY(double fontFactor READ fontFactor NOTIFY settingsChanged)
    Q_PROPERTY(bool highContrast READ highContrast NOTIFY settingsChanged)
    Q_PROPERTY(QString fingerprint READ fingerprint NOTIFY sessionChanged)
    Q_PROPERTY(QString pairingCode READ pairingCode NOTIFY pairingChanged)
    Q_PROPERTY(bool mayQuit READ mayQuit NOTIFY mayQuitChanged)
    Q_PROPERTY(ExamController* exam READ exam CONSTANT)
    Q_PROPERTY(PaletteModel* palette READ palette CONSTANT)
public:
    KioskController(KioskManager& manager, SpeechEngine& speech, QObject* parent = nullptr);
    ~KioskController() override;

    // The instance QML gets as `Kiosk`; set before the engine loads any QML.
    static void setInstance(KioskController* instance);
    static KioskController* create(QQmlEngine* engine, QJSEngine*);

    // "idle", "login", "identity", "waiting", "exam", "paused", "locked", "result"
    QString screen() const;
    int seatNo() const;
    QString roomId() const;
    QString siteName() const;
    QString planName() const;
    QString dateTimeText() const;
    QString candidateName() const;
    QString candidateGender() const;
    QString candidateIdType() const;
    QString candidateIdNo() const;
    QString ticketNo() const;
    QString subject() const;
    QString examKind() const;
    QString operationItem() const;
    QString photoSource() const;
    QString loginError() const { return m_loginError; }
    bool handRaised() const;
    QString language() const { return m_language; }
    int fontScale() const { return m_fontScale; }
    double fontFactor() const;
    bool highContrast() const { return m_highContrast; }
    QString fingerprint() const;
    // The 6-digit code the proctor compares with the console while this kiosk is unpaired;
    // empty once paired (or without a room link).
    QString pairingCode() const { return m_pairingCode; }
    void setPairingCode(const QString& code);
    bool mayQuit() const { return m_mayQuit; }
    ExamController* exam() const { return m_exam.get(); }
    PaletteModel* palette() const { return m_palette.get(); }

    // The maintenance password's Argon2id hash (config); empty: no local way out.
    void setMaintenanceLock(std::unique_ptr<MaintenanceLock> lock);

    // Login with the admission ticket number and ID number. False sets loginError (one
    // sentence for every wrong pair, so that guessing learns nothing).
    Q_INVOKABLE bool login(const QString& ticketNo, const QString& idNo);
    Q_INVOKABLE bool confirmIdentity();
    Q_INVOKABLE bool rejectIdentity();
    Q_INVOKABLE void raiseHand();
    // "zh" or "en"; per candidate (a released seat goes back to Chinese).
    Q_INVOKABLE void setLanguage(const QString& language);
    // 0 normal, 1 large, 2 larger.
    Q_INVOKABLE void setFontScale(int scale);
    Q_INVOKABLE void setHighContrast(bool on);
    // Lets the app quit when `password` is the maintenance password. Never says why not.
    Q_INVOKABLE bool maintenanceExit(const QString& password);

signals:
    void screenChanged();
    void sessionChanged();
    void clockChanged();
    void candidateChanged();
    void loginErrorChanged();
    void handRaisedChanged();
    void languageChanged();
    void settingsChanged();
    void mayQuitChanged();
    void pairingChanged();

private:
    void resetCandidateSettings();
    void showLoginOutcome(LoginOutcome outcome);

    KioskManager& m_manager;
    std::unique_ptr<PaletteModel> m_palette;
    std::unique_ptr<ExamController> m_exam;
    std::unique_ptr<MaintenanceLock> m_maintenance;
    QTranslator m_translator;
    QQmlEngine* m_engine = nullptr;
    QString m_loginError;
    QString m_pairingCode;
    QString m_language = QStringLiteral("zh");
    int m_fontScale = 0;
    bool m_highContrast = false;
    bool m_mayQuit = false;

    static KioskController* s_instance;
};

} // namespace examroom
