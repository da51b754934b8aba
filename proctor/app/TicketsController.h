#pragma once

#include "StepController.h"

namespace examroom {

// 发放准考证: one PDF of every candidate's admission ticket (table 4).
class TicketsController : public StepController
{
    Q_OBJECT
    Q_PROPERTY(int candidateCount READ candidateCount NOTIFY ticketsChanged)
    Q_PROPERTY(QString pdfPath READ pdfPath NOTIFY ticketsChanged)
    Q_PROPERTY(int pages READ pages NOTIFY ticketsChanged)
public:
    explicit TicketsController(ConsoleManager& console, QObject* parent = nullptr);

    int candidateCount() const;
    QString pdfPath() const { return m_pdfPath; }
    int pages() const { return m_pages; }

    // Prints every candidate's ticket, with the seat once seats are assigned.
    Q_INVOKABLE bool printAll();

signals:
    void ticketsChanged();

private:
    QString m_pdfPath;
    int m_pages = 0;
};

} // namespace examroom
