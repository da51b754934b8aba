#pragma once

#include "PrintingStep.h"

#include <optional>
#include <QStringList>
#include <vector>

namespace examroom {

// 结束: the candidates that still block the close, the proctor's countersignature on the
// session record (queued in the outbox for the centre), and the confirmation sheets of the
// score sheets received, the score list and the room record, printed through the console's
// print spool (PrintingStep).
class CloseController : public PrintingStep
{
    Q_OBJECT
    Q_PROPERTY(QStringList blocking READ blocking NOTIFY closeChanged)
    Q_PROPERTY(bool started READ started NOTIFY closeChanged)
    Q_PROPERTY(bool closed READ closed NOTIFY closeChanged)
    Q_PROPERTY(int outboxCount READ outboxCount NOTIFY closeChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY closeChanged)
    Q_PROPERTY(int sheetCount READ sheetCount NOTIFY closeChanged)
public:
    explicit CloseController(ConsoleManager& console, QObject* parent = nullptr);

    // "seat · ticket · name · status" of each blocking candidate.
    QStringList blocking() const;
    bool started() const;
    bool closed() const;
    int outboxCount() const;
    QString summary() const;

    // Signed score sheets the room link delivered for this session.
    int sheetCount() const;

    // Countersigns and closes; the signed record and every received sheet go to the outbox,
    // and the forms are printed (printCloseForms).
    Q_INVOKABLE bool close(const QString& notes);
    // Prints the closed session's forms (again): the confirmation sheets (表6) of the sheets
    // received, the score list and the room record.
    Q_INVOKABLE bool printCloseForms();
    // No printer: the same forms saved into the folder `path`, each on record.
    Q_INVOKABLE bool saveCloseForms(const QString& path);

signals:
    void closeChanged();

private:
    // The closed session's forms; nullopt (with a message) before the close.
    std::optional<std::vector<Form>> closeForms();
};

} // namespace examroom
