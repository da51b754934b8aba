#include "MonitorController.h"

#include "ConsoleManager.h"
#include "RoomService.h"

#include <map>
#include <set>

namespace examroom {

MonitorController::MonitorController(ConsoleManager& console, QObject* parent)
    : StepController(console, parent), m_model(std::make_unique<SeatMapModel>())
{
    connect(&console, &ConsoleManager::sessionChanged, this, &MonitorController::refresh);
    connect(&console, &ConsoleManager::roomChanged, this, &MonitorController::refresh);
}

bool MonitorController::started() const
{
    try {
        auto s = m_console.session();
        return s && s->state == site::SessionState::Started;
    } catch (const std::exception& e) {
        readFailed("started", e);
        return false;
    }
}

QVariantList MonitorController::spareSeats() const
{
    QVariantList out;
    try {
        auto s = m_console.session();
        if (!s)
            return out;
        for (const QString& part : qs(s->spareSeats).split(QLatin1Char(','), Qt::SkipEmptyParts))
            out.append(part.toInt());
    } catch (const std::exception& e) {
        readFailed("spareSeats", e);
    }
    return out;
}

void MonitorController::refresh()
{
    guarded([&] {
        std::vector<SeatRow> rows;
        if (!m_console.isOpen() || m_console.roomId().empty()) {
            m_model->setRows({});
            return true;
        }
        std::map<int, site::SessionCandidate> bySeat;
        std::set<int> spares;
        if (auto s = m_console.session()) {
            for (const QVariant& v : spareSeats())
                spares.insert(v.toInt());
            for (auto& c : m_console.sessions().candidates(s->sessionId))
                if (c.seatNo)
                    bySeat.emplace(*c.seatNo, c);
        }
        for (const auto& seat : m_console.room().seats(m_console.roomId())) {
            SeatRow row;
            row.seatNo = seat.seatNo;
            row.locked = seat.locked;
            row.spare = spares.count(seat.seatNo) > 0;
            if (auto c = bySeat.find(seat.seatNo); c != bySeat.end()) {
                row.ticketNo = qs(c->second.ticketNo);
                row.name = qs(c->second.name);
                row.status = qs(std::string(site::statusName(c->second.status)));
                row.paused = c->second.paused;
                row.extensionMinutes = c->second.extensionMinutes;
                row.warnings = c->second.warnings;
            }
            rows.push_back(std::move(row));
        }
        m_model->setRows(std::move(rows));
        emit sessionChanged();
        return true;
    });
}

bool MonitorController::tell(const QString& ticketNo, room::CommandKind kind, int minutes,
                             const QString& reason)
{
    // The incident is recorded either way; a seat that is not reachable now gets the command
    // when it comes back (the link resends), and with no link there is nothing to tell.
    if (m_link)
        (void)m_link->sendCommand(ticketNo.toStdString(), kind, minutes,
                                  reason.trimmed().toStdString());
    return true;
}

bool MonitorController::incident(const site::Outcome& outcome, const QString& success)
{
    const bool ok = report(outcome, success);
    m_console.notifySessionChanged();
    return ok;
}

bool MonitorController::extend(const QString& ticketNo, int minutes, const QString& reason)
{
    auto* p = person();
    return p && guarded([&] {
               return incident(m_console.incidents().extend(*p, m_console.sessionId(),
                                                            ticketNo.toStdString(), minutes,
                                                            reason.trimmed().toStdString()),
                               tr("已延时 %1 分钟。").arg(minutes)) &&
                      tell(ticketNo, room::CommandKind::Extend, minutes, reason);
           });
}

bool MonitorController::pause(const QString& ticketNo, const QString& reason)
{
    auto* p = person();
    return p && guarded([&] {
               return incident(m_console.incidents().pause(*p, m_console.sessionId(),
                                                           ticketNo.toStdString(),
                                                           reason.trimmed().toStdString()),
                               tr("已暂停。")) &&
                      tell(ticketNo, room::CommandKind::Pause, 0, reason);
           });
}

bool MonitorController::resume(const QString& ticketNo, const QString& reason)
{
    auto* p = person();
    return p && guarded([&] {
               return incident(m_console.incidents().resume(*p, m_console.sessionId(),
                                                            ticketNo.toStdString(),
                                                            reason.trimmed().toStdString()),
                               tr("已继续。")) &&
                      tell(ticketNo, room::CommandKind::Resume, 0, reason);
           });
}

bool MonitorController::moveSeat(const QString& ticketNo, int toSeat, const QString& reason)
{
    auto* p = person();
    return p && guarded([&] {
               auto before =
                   m_console.sessions().find(m_console.sessionId(), ticketNo.toStdString());
               const int fromSeat = before && before->seatNo ? *before->seatNo : 0;
               if (!incident(m_console.incidents().moveSeat(*p, m_console.sessionId(),
                                                            ticketNo.toStdString(), toSeat,
                                                            reason.trimmed().toStdString()),
                             tr("已换到考位 %1，原考位停用。").arg(toSeat)))
                   return false;
               // The candidate logs in at the spare seat; the mirror gives back answers and time.
               if (m_link && fromSeat)
                   m_link->moveCandidate(ticketNo.toStdString(), fromSeat,
                                         reason.trimmed().toStdString());
               return true;
           });
}

bool MonitorController::forceSubmit(const QString& ticketNo, const QString& reason)
{
    auto* p = person();
    return p && guarded([&] {
               return incident(m_console.incidents().forceSubmit(*p, m_console.sessionId(),
                                                                 ticketNo.toStdString(),
                                                                 reason.trimmed().toStdString()),
                               tr("已强制交卷。")) &&
                      tell(ticketNo, room::CommandKind::ForceSubmit, 0, reason);
           });
}

bool MonitorController::warn(const QString& ticketNo, const QString& reason)
{
    auto* p = person();
    return p && guarded([&] {
               return incident(m_console.incidents().warn(*p, m_console.sessionId(),
                                                          ticketNo.toStdString(),
                                                          reason.trimmed().toStdString()),
                               tr("已记录违纪警告。"));
           });
}

QString MonitorController::removalStatement(const QString& ticketNo, const QString& reason) const
{
    auto* p = m_console.person();
    if (!p)
        return {};
    return qs(site::IncidentManager::removalStatement(m_console.sessionId(), ticketNo.toStdString(),
                                                      reason.trimmed().toStdString(), p->name()));
}

bool MonitorController::remove(const QString& ticketNo, const QString& reason,
                               const QString& secondStaff, const QString& secondPassword)
{
    auto* p = person();
    return p && guarded([&] {
               return incident(m_console.incidents().remove(
                                   *p, m_console.sessionId(), ticketNo.toStdString(),
                                   reason.trimmed().toStdString(), m_console.accounts(),
                                   secondStaff.trimmed().toStdString(),
                                   secondPassword.toStdString()),
                               tr("已取消该考生本场考试资格（双人确认）。")) &&
                      tell(ticketNo, room::CommandKind::Lock, 0, reason);
           });
}

} // namespace examroom
