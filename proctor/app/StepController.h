#pragma once

#include "site/Outcome.h"

#include <exception>
#include <functional>
#include <QObject>
#include <QString>

namespace examroom {

class ConsoleManager;
namespace site {
class PersonSession;
}

// The common part of every step's controller: one message line for the proctor (success or
// refusal) and the boundary where core faults are caught, so nothing throws into QML.
class StepController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
public:
    explicit StepController(ConsoleManager& console, QObject* parent = nullptr);

    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    Q_INVOKABLE void clearMessage() { say({}, false); }

    // A refusal as one sentence for the proctor, in the current language.
    static QString refusalText(const site::Outcome& outcome);
    // Logs a fault caught while reading for the screen: `where` (a class) and `reading` (what
    // it was reading) name the place; the fault's text is logged only for a StoreError, whose
    // text names the SQL and never bound values (other faults may name a candidate). Returns
    // the reason for the proctor, in the current language.
    static QString logReadFault(const char* where, const char* reading,
                                const std::exception& fault);

signals:
    void messageChanged();

protected:
    // Runs `action`; an exception becomes an error message. Returns what `action` returned,
    // false after a fault.
    bool guarded(const std::function<bool()>& action);
    // For a getter the screen binds to: logs the fault (logReadFault, with this controller's
    // class) and shows the reason on the message line. Posted to the event loop, because a
    // getter runs inside a binding, which must not change other properties under it.
    void readFailed(const char* reading, const std::exception& fault) const;
    // Shows `success` or the refusal; returns outcome.ok().
    bool report(const site::Outcome& outcome, const QString& success);
    void say(const QString& text, bool error);
    // The person at the console; nullptr (with a message) when nobody is logged in.
    site::PersonSession* person();

    ConsoleManager& m_console;

private:
    QString m_message;
    bool m_messageIsError = false;
};

inline QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace examroom
