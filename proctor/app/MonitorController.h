#pragma once

#include "room/RoomMessages.h"
#include "SeatMapModel.h"
#include "StepController.h"

#include <memory>
#include <QVariantList>

namespace examroom {

class RoomService;

// 监考: the seat map, and the incidents of a seat (延时, 暂停/继续, 换机续考, 强制交卷, 警告,
// 取消考试资格 with a second staff member's password, read back before it is final).
class MonitorController : public StepController
{
    Q_OBJECT
    Q_PROPERTY(SeatMapModel* seatMap READ seatMap CONSTANT)
    Q_PROPERTY(QVariantList spareSeats READ spareSeats NOTIFY sessionChanged)
    Q_PROPERTY(bool started READ started NOTIFY sessionChanged)
public:
    explicit MonitorController(ConsoleManager& console, QObject* parent = nullptr);

    SeatMapModel* seatMap() const { return m_model.get(); }
    // The room link that carries each recorded incident to the seat (none: site.db only).
    void setLink(RoomService* link) { m_link = link; }
    QVariantList spareSeats() const;
    bool started() const;

    // Reloads the seat rows from site.db.
    Q_INVOKABLE void refresh();
    Q_INVOKABLE bool extend(const QString& ticketNo, int minutes, const QString& reason);
    Q_INVOKABLE bool pause(const QString& ticketNo, const QString& reason);
    Q_INVOKABLE bool resume(const QString& ticketNo, const QString& reason);
    Q_INVOKABLE bool moveSeat(const QString& ticketNo, int toSeat, const QString& reason);
    Q_INVOKABLE bool forceSubmit(const QString& ticketNo, const QString& reason);
    Q_INVOKABLE bool warn(const QString& ticketNo, const QString& reason);
    // The statement the second staff member signs, to be read back on screen.
    Q_INVOKABLE QString removalStatement(const QString& ticketNo, const QString& reason) const;
    Q_INVOKABLE bool remove(const QString& ticketNo, const QString& reason,
                            const QString& secondStaff, const QString& secondPassword);

signals:
    void sessionChanged();

private:
    bool incident(const site::Outcome& outcome, const QString& success);
    // Sends the command of an incident just recorded to the candidate's seat.
    bool tell(const QString& ticketNo, room::CommandKind kind, int minutes, const QString& reason);

    std::unique_ptr<SeatMapModel> m_model;
    RoomService* m_link = nullptr;
};

} // namespace examroom
