#pragma once

#include "PrintingStep.h"
#include "site/EquipmentCheck.h"

#include <optional>
#include <QVariantList>

namespace examroom {

// 安排考场 / 编排考场考位号: the room's seats, the kiosk paired at each and its equipment check,
// the seat assignment (random with a recorded seed, or ticket order, with spares) and the
// seat chart for the door (printed through the console's print spool, PrintingStep).
class RoomController : public PrintingStep
{
    Q_OBJECT
    Q_PROPERTY(QString roomId READ roomId NOTIFY roomChanged)
    Q_PROPERTY(QVariantList seats READ seats NOTIFY roomChanged)
    Q_PROPERTY(int seatCount READ seatCount NOTIFY roomChanged)
    Q_PROPERTY(int pairedCount READ pairedCount NOTIFY roomChanged)
    Q_PROPERTY(int usableCount READ usableCount NOTIFY roomChanged)
    Q_PROPERTY(int plannedSeats READ plannedSeats NOTIFY roomChanged)
    Q_PROPERTY(QString assignmentText READ assignmentText NOTIFY roomChanged)
    Q_PROPERTY(bool assigned READ assigned NOTIFY roomChanged)
public:
    explicit RoomController(ConsoleManager& console, QObject* parent = nullptr);

    QString roomId() const;
    // [{seatNo, kiosk, check ("pass", "fail", ""), reasons, locked, spare, ticketNo, name}]
    QVariantList seats() const;
    int seatCount() const;
    int pairedCount() const;
    int usableCount() const;
    // The seats the plan gives this room.
    int plannedSeats() const;
    QString assignmentText() const;
    bool assigned() const;

    // Creates the plan's seats of the room (1..n) that do not exist yet.
    Q_INVOKABLE bool addPlannedSeats();
    // Pairs a kiosk, by the fingerprint the kiosk shows, to a seat.
    Q_INVOKABLE bool pairKiosk(int seatNo, const QString& fingerprint);
    // Opens the session (if not yet) and seats every candidate: random (fresh seed, recorded)
    // or in ticket order, keeping `spare` usable seats spare.
    Q_INVOKABLE bool assign(bool random, int spare);
    // The seat chart, printed.
    Q_INVOKABLE bool printSeatChart();
    // No printer: the seat chart saved to `path` (a file, or a folder), on record.
    Q_INVOKABLE bool saveSeatChart(const QString& path);

    // A kiosk's self-report judged against the room's rules (from the room link).
    bool recordReport(int seatNo, const site::KioskReport& report);

signals:
    void roomChanged();

private:
    // The seat chart as a form; nullopt (with a message) before the seats are assigned.
    std::optional<Form> chartForm();
};

} // namespace examroom
