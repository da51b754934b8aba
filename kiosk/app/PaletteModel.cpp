#include "PaletteModel.h"

#include "KioskManager.h"

namespace examroom {

PaletteModel::PaletteModel(KioskManager& manager, QObject* parent)
    : QAbstractListModel(parent), m_manager(manager)
{
}

int PaletteModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant PaletteModel::data(const QModelIndex& index, int role) const
{
    const ExamSession* session = m_manager.session();
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !session ||
        index.row() >= session->itemCount())
        return {};
    const auto row = std::size_t(index.row());
    switch (role) {
    case NumberRole:
        return index.row() + 1;
    case AnsweredRole:
        return session->answers()[row].has_value();
    case FlaggedRole:
        return bool(session->flags()[row]);
    case CurrentRole:
        return session->currentIndex() == index.row();
    default:
        return {};
    }
}

QHash<int, QByteArray> PaletteModel::roleNames() const
{
    return {{NumberRole, "number"},
            {AnsweredRole, "answered"},
            {FlaggedRole, "flagged"},
            {CurrentRole, "current"}};
}

void PaletteModel::refresh()
{
    const int rows = m_manager.session() ? m_manager.session()->itemCount() : 0;
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    if (rows > 0)
        emit dataChanged(index(0), index(rows - 1));
}

} // namespace examroom
