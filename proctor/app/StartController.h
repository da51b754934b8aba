#pragma once

#include "StepController.h"

#include <QVariantList>

namespace examroom {

class RoomService;

// 通过授权密码开启考试: the proctor types the authorization password; StartManager checks it
// (rate-limited, counted, logged) against the plan package and opens the exam. Before the
// window only an administrator may start, with a reason.
class StartController : public StepController
{
    Q_OBJECT
    Q_PROPERTY(bool started READ started NOTIFY startChanged)
    Q_PROPERTY(bool canStart READ canStart NOTIFY startChanged)
    Q_PROPERTY(QString windowText READ windowText NOTIFY startChanged)
    Q_PROPERTY(QString startedText READ startedText NOTIFY startChanged)
    Q_PROPERTY(int failedAttempts READ failedAttempts NOTIFY startChanged)
    Q_PROPERTY(int totalFailures READ totalFailures NOTIFY startChanged)
    Q_PROPERTY(int presentCount READ presentCount NOTIFY startChanged)
    Q_PROPERTY(bool keyInMemory READ keyInMemory NOTIFY startChanged)
public:
    explicit StartController(ConsoleManager& console, QObject* parent = nullptr);

    bool started() const;
    // A session exists and the plan came in a package (the password can be checked).
    bool canStart() const;
    QString windowText() const;
    QString startedText() const;
    int failedAttempts() const;
    int totalFailures() const;
    int presentCount() const;
    // The bank key is held (false after a console restart during the exam).
    bool keyInMemory() const;

    // Checks the typed password and opens the exam; `earlyReason` is an administrator's
    // override before the window. The bank key then goes to `seats` (every seat when empty).
    Q_INVOKABLE bool start(const QString& password, const QString& earlyReason = {},
                           const QVariantList& seats = {});
    // After a console restart during the exam: the password again gives the bank key back to
    // the console and to `seats` (every seat when empty).
    Q_INVOKABLE bool unlockAgain(const QString& password, const QVariantList& seats = {});
    // The room link that hands the bank key to the kiosks (none: site.db only).
    void setLink(RoomService* link) { m_link = link; }

signals:
    void startChanged();

private:
    RoomService* m_link = nullptr;
};

} // namespace examroom
