#pragma once

#include "domain/Candidate.h"
#include "StepController.h"

namespace examroom {

// 签到: finds a candidate by ticket number, ID number or a scanned QR (a keyboard-wedge
// scanner types into the search field), shows them with the photo, marks them present (late:
// only with a reason) or absent.
class CheckInController : public StepController
{
    Q_OBJECT
    Q_PROPERTY(bool found READ found NOTIFY candidateChanged)
    Q_PROPERTY(QString ticketNo READ ticketNo NOTIFY candidateChanged)
    Q_PROPERTY(QString name READ name NOTIFY candidateChanged)
    Q_PROPERTY(QString idText READ idText NOTIFY candidateChanged)
    Q_PROPERTY(QString seatText READ seatText NOTIFY candidateChanged)
    Q_PROPERTY(QString status READ status NOTIFY candidateChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY candidateChanged)
    Q_PROPERTY(QString photoUrl READ photoUrl NOTIFY candidateChanged)
    Q_PROPERTY(QString cutoffText READ cutoffText NOTIFY countsChanged)
    Q_PROPERTY(int presentCount READ presentCount NOTIFY countsChanged)
    Q_PROPERTY(int expectedCount READ expectedCount NOTIFY countsChanged)
    Q_PROPERTY(int absentCount READ absentCount NOTIFY countsChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countsChanged)
public:
    explicit CheckInController(ConsoleManager& console, QObject* parent = nullptr);

    bool found() const { return !m_ticketNo.isEmpty(); }
    QString ticketNo() const { return m_ticketNo; }
    QString name() const;
    QString idText() const;
    QString seatText() const;
    // "expected", "present", "absent", "submitted", "removed"
    QString status() const;
    QString statusText() const;
    QString photoUrl() const;
    QString cutoffText() const;
    int presentCount() const { return count("present") + count("submitted"); }
    int expectedCount() const { return count("expected"); }
    int absentCount() const { return count("absent"); }
    int totalCount() const;

    // Finds by ticket number, ID number or scanner payload; false (with a message) if none.
    Q_INVOKABLE bool search(const QString& query);
    // Marks the found candidate present; after the cut-off only with `lateReason`.
    Q_INVOKABLE bool checkIn(const QString& lateReason = {});
    Q_INVOKABLE bool markAbsent();

signals:
    void candidateChanged();
    void countsChanged();

private:
    int count(const char* status) const;
    const Candidate* rosterEntry() const;

    QString m_ticketNo;
};

} // namespace examroom
