#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>
#include <QVariantMap>

namespace examroom {

class KioskManager;
class PaletteModel;
class SpeechEngine;

// The exam, submit-confirmation and result screens: adapts the running ExamSession to QML.
// Every invokable catches the core's faults (the manager reports them); an answer is shown
// as saved only after the session has it on disk.
class ExamController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the kiosk controller")
    Q_PROPERTY(int index READ index NOTIFY questionChanged)
    Q_PROPERTY(int total READ total NOTIFY questionChanged)
    Q_PROPERTY(int questionType READ questionType NOTIFY questionChanged)
    Q_PROPERTY(QString stem READ stem NOTIFY questionChanged)
    Q_PROPERTY(QStringList options READ options NOTIFY questionChanged)
    Q_PROPERTY(QString imageSource READ imageSource NOTIFY questionChanged)
    Q_PROPERTY(int selectedBits READ selectedBits NOTIFY questionChanged)
    Q_PROPERTY(bool flagged READ flagged NOTIFY questionChanged)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY questionChanged)
    Q_PROPERTY(bool saved READ saved NOTIFY questionChanged)
    Q_PROPERTY(int remainingSeconds READ remainingSeconds NOTIFY clockChanged)
    Q_PROPERTY(QString remainingText READ remainingText NOTIFY clockChanged)
    Q_PROPERTY(QString unansweredText READ unansweredText NOTIFY questionChanged)
    Q_PROPERTY(int unansweredCount READ unansweredCount NOTIFY questionChanged)
    Q_PROPERTY(int submitWaitMinutes READ submitWaitMinutes NOTIFY clockChanged)
    Q_PROPERTY(bool speechAvailable READ speechAvailable NOTIFY speechChanged)
    Q_PROPERTY(bool speechChecking READ speechChecking NOTIFY speechChanged)
    Q_PROPERTY(QString speechDescription READ speechDescription NOTIFY speechChanged)
    Q_PROPERTY(bool finished READ finished NOTIFY resultChanged)
    Q_PROPERTY(QString scoreText READ scoreText NOTIFY resultChanged)
    Q_PROPERTY(bool passed READ passed NOTIFY resultChanged)
    Q_PROPERTY(int passPoints READ passPoints NOTIFY resultChanged)
    Q_PROPERTY(QString receiptCode READ receiptCode NOTIFY resultChanged)
    Q_PROPERTY(QString qrSource READ qrSource NOTIFY resultChanged)
    Q_PROPERTY(QVariantMap sheet READ sheet NOTIFY resultChanged)
    Q_PROPERTY(QString submitReason READ submitReason NOTIFY resultChanged)
public:
    ExamController(KioskManager& manager, PaletteModel& palette, SpeechEngine& speech,
                   QObject* parent = nullptr);

    int index() const;
    int total() const;
    int questionType() const; // 0 判断, 1 单选, 2 多选
    QString stem() const;
    QStringList options() const; // empty for 判断 (QML shows 对 / 错)
    QString imageSource() const;
    int selectedBits() const;
    bool flagged() const;
    int answeredCount() const;
    bool saved() const { return m_saved; }
    int remainingSeconds() const;
    QString remainingText() const;
    QString unansweredText() const;
    int unansweredCount() const;
    int submitWaitMinutes() const;
    bool speechAvailable() const;
    bool speechChecking() const;
    QString speechDescription() const;
    bool finished() const;
    QString scoreText() const;
    bool passed() const;
    int passPoints() const;
    QString receiptCode() const;
    QString qrSource() const;
    QVariantMap sheet() const;
    QString submitReason() const;

    // Selects or unselects choice `choice` of the current question (single/true-false
    // replace, multiple toggles). False when it could not be saved (nothing changes).
    Q_INVOKABLE bool toggleChoice(int choice);
    Q_INVOKABLE bool clearAnswer();
    Q_INVOKABLE bool next();
    Q_INVOKABLE bool previous();
    Q_INVOKABLE bool goTo(int index);
    Q_INVOKABLE bool toggleFlag();
    // Reads the stem and the options aloud (true/false choices in the current language).
    Q_INVOKABLE void readAloud(const QString& trueLabel, const QString& falseLabel);
    Q_INVOKABLE void stopReading();
    // True when 交卷 may be confirmed now (else submitWaitMinutes says how long to wait).
    Q_INVOKABLE bool canSubmit() const;
    // Hands in after the candidate confirmed. False when refused or failed.
    Q_INVOKABLE bool confirmSubmit();

signals:
    void questionChanged();
    void clockChanged();
    void resultChanged();
    void speechChanged();

private:
    bool setAnswerBits(int bits);
    void onExamChanged();

    KioskManager& m_manager;
    PaletteModel& m_palette;
    SpeechEngine& m_speech;
    bool m_saved = true;
};

} // namespace examroom
