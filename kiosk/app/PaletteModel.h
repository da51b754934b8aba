#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace examroom {

class KioskManager;

// The numbered palette of the exam screen: one row per question, answered / flagged /
// current, so the candidate can jump to any question.
class PaletteModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the kiosk controller")
public:
    enum Role { NumberRole = Qt::UserRole + 1, AnsweredRole, FlaggedRole, CurrentRole };

    explicit PaletteModel(KioskManager& manager, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Re-reads the session (after an answer, a flag, a move or a new session).
    void refresh();

private:
    KioskManager& m_manager;
    int m_rows = 0;
};

} // namespace examroom
