#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace examroom {

// What the room link reports of a seat's kiosk (heartbeats, 举手, offline).
struct SeatLive
{
    QString state; // "idle", "paired", "provisioned", "logged-in", "answering",
                   // "submitted", "offline"; empty: nothing heard yet
    int answered = 0;
    int total = 0;
    qint64 remainingMs = -1;   // -1: unknown
    qint64 lastSaveAgeMs = -1; // -1: nothing saved yet
    bool handRaised = false;
    bool offline = false;
};

// One seat of the map: what site.db says (candidate, status) and what the link says.
struct SeatRow
{
    int seatNo = 0;
    QString ticketNo;
    QString name;
    QString status; // the candidate's status name ("present"…), empty for a free seat
    bool spare = false;
    bool locked = false;
    bool paused = false;
    int extensionMinutes = 0;
    int warnings = 0;
    SeatLive live;
};

// The monitor's seat map. Rows change in place (dataChanged for the seats that changed, a
// reset only when the set of seats changes), so 200 seats heartbeating stay cheap for the view.
class SeatMapModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the monitor controller")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int alertCount READ alertCount NOTIFY alertsChanged)
public:
    enum Role {
        SeatNoRole = Qt::UserRole + 1,
        TicketNoRole,
        NameRole,
        StatusRole,
        StateRole,
        AnsweredRole,
        TotalRole,
        RemainingRole,
        LastSaveRole,
        HandRaisedRole,
        OfflineRole,
        AlertRole,
        SpareRole,
        LockedRole,
        PausedRole,
        ExtensionRole,
        WarningsRole,
    };

    explicit SeatMapModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the rows from site.db, keeping each seat's live part.
    void setRows(std::vector<SeatRow> rows);
    // The link's news of one seat; false when there is no such seat.
    bool updateLive(int seatNo, const SeatLive& live);
    const SeatRow* row(int seatNo) const;
    int alertCount() const;

signals:
    void countChanged();
    void alertsChanged();

private:
    static bool sameRow(const SeatRow& a, const SeatRow& b);
    std::vector<SeatRow> m_rows;
};

// "mm:ss" (or "h:mm:ss") for a remaining time, "—" when unknown.
QString formatRemaining(qint64 ms);

} // namespace examroom
