#include "SeatMapModel.h"

#include <algorithm>

namespace examroom {

QString formatRemaining(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("—");
    const qint64 s = ms / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2")
        .arg(s / 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

SeatMapModel::SeatMapModel(QObject* parent) : QAbstractListModel(parent) {}

int SeatMapModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SeatMapModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SeatRow& r = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case SeatNoRole:
        return r.seatNo;
    case TicketNoRole:
        return r.ticketNo;
    case NameRole:
        return r.name;
    case StatusRole:
        return r.status;
    case StateRole:
        // The link's word when it has one; else what site.db knows.
        if (r.live.offline)
            return QStringLiteral("offline");
        if (!r.live.state.isEmpty())
            return r.live.state;
        if (r.locked)
            return QStringLiteral("locked");
        return r.status.isEmpty() ? QStringLiteral("idle") : r.status;
    case AnsweredRole:
        return r.live.answered;
    case TotalRole:
        return r.live.total;
    case RemainingRole:
        return formatRemaining(r.live.remainingMs);
    case LastSaveRole:
        return r.live.lastSaveAgeMs < 0 ? QStringLiteral("—")
                                        : QStringLiteral("%1s").arg(r.live.lastSaveAgeMs / 1000);
    case HandRaisedRole:
        return r.live.handRaised;
    case OfflineRole:
        return r.live.offline;
    case AlertRole:
        return r.live.handRaised || (r.live.offline && !r.ticketNo.isEmpty());
    case SpareRole:
        return r.spare;
    case LockedRole:
        return r.locked;
    case PausedRole:
        return r.paused;
    case ExtensionRole:
        return r.extensionMinutes;
    case WarningsRole:
        return r.warnings;
    default:
        return {};
    }
}

QHash<int, QByteArray> SeatMapModel::roleNames() const
{
    return {
        {SeatNoRole, "seatNo"},         {TicketNoRole, "ticketNo"},   {NameRole, "name"},
        {StatusRole, "status"},         {StateRole, "seatState"},     {AnsweredRole, "answered"},
        {TotalRole, "total"},           {RemainingRole, "remaining"}, {LastSaveRole, "lastSave"},
        {HandRaisedRole, "handRaised"}, {OfflineRole, "offline"},     {AlertRole, "alert"},
        {SpareRole, "spare"},           {LockedRole, "locked"},       {PausedRole, "paused"},
        {ExtensionRole, "extension"},   {WarningsRole, "warnings"}};
}

bool SeatMapModel::sameRow(const SeatRow& a, const SeatRow& b)
{
    return a.ticketNo == b.ticketNo && a.name == b.name && a.status == b.status &&
           a.spare == b.spare && a.locked == b.locked && a.paused == b.paused &&
           a.extensionMinutes == b.extensionMinutes && a.warnings == b.warnings;
}

void SeatMapModel::setRows(std::vector<SeatRow> rows)
{
    std::sort(rows.begin(), rows.end(),
              [](const SeatRow& a, const SeatRow& b) { return a.seatNo < b.seatNo; });
    const bool sameSeats =
        rows.size() == m_rows.size() &&
        std::equal(rows.begin(), rows.end(), m_rows.begin(),
                   [](const SeatRow& a, const SeatRow& b) { return a.seatNo == b.seatNo; });
    if (!sameSeats) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        emit countChanged();
        emit alertsChanged();
        return;
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        rows[i].live = m_rows[i].live;
        if (sameRow(rows[i], m_rows[i]))
            continue;
        m_rows[i] = std::move(rows[i]);
        emit dataChanged(index(int(i)), index(int(i)));
    }
}

bool SeatMapModel::updateLive(int seatNo, const SeatLive& live)
{
    auto it = std::lower_bound(m_rows.begin(), m_rows.end(), seatNo,
                               [](const SeatRow& r, int n) { return r.seatNo < n; });
    if (it == m_rows.end() || it->seatNo != seatNo)
        return false;
    const bool alertBefore = data(index(int(it - m_rows.begin())), AlertRole).toBool();
    it->live = live;
    const QModelIndex at = index(int(it - m_rows.begin()));
    emit dataChanged(at, at);
    if (alertBefore != data(at, AlertRole).toBool())
        emit alertsChanged();
    return true;
}

const SeatRow* SeatMapModel::row(int seatNo) const
{
    for (const auto& r : m_rows)
        if (r.seatNo == seatNo)
            return &r;
    return nullptr;
}

int SeatMapModel::alertCount() const
{
    int n = 0;
    for (int i = 0; i < rowCount(); ++i)
        n += data(index(i), AlertRole).toBool() ? 1 : 0;
    return n;
}

} // namespace examroom
