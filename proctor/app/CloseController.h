#pragma once

#include "StepController.h"

#include <QStringList>

namespace examroom {

// 结束: the candidates that still block the close, the proctor's countersignature on the
// session record (queued in the outbox for the centre), and the confirmation sheets of the
// score sheets received.
class CloseController : public StepController
{
    Q_OBJECT
    Q_PROPERTY(QStringList blocking READ blocking NOTIFY closeChanged)
    Q_PROPERTY(bool started READ started NOTIFY closeChanged)
    Q_PROPERTY(bool closed READ closed NOTIFY closeChanged)
    Q_PROPERTY(int outboxCount READ outboxCount NOTIFY closeChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY closeChanged)
public:
    explicit CloseController(ConsoleManager& console, QObject* parent = nullptr);

    // "seat · ticket · name · status" of each blocking candidate.
    QStringList blocking() const;
    bool started() const;
    bool closed() const;
    int outboxCount() const;
    QString summary() const;

    // Countersigns and closes; the signed record goes to the outbox.
    Q_INVOKABLE bool close(const QString& notes);

signals:
    void closeChanged();
};

} // namespace examroom
