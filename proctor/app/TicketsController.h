#pragma once

#include "PrintingStep.h"

#include <optional>

namespace examroom {

// 发放准考证: every candidate's admission ticket (table 4), one form of two tickets a page,
// printed through the console's print spool (PrintingStep).
class TicketsController : public PrintingStep
{
    Q_OBJECT
    Q_PROPERTY(int candidateCount READ candidateCount NOTIFY ticketsChanged)
    Q_PROPERTY(int pages READ pages NOTIFY ticketsChanged)
public:
    explicit TicketsController(ConsoleManager& console, QObject* parent = nullptr);

    int candidateCount() const;
    // The pages of the tickets last printed or saved.
    int pages() const { return m_pages; }

    // Prints every candidate's ticket, with the seat once seats are assigned.
    Q_INVOKABLE bool printAll();
    // No printer: the same tickets saved to `path` (a file, or a folder), on record.
    Q_INVOKABLE bool saveAll(const QString& path);

signals:
    void ticketsChanged();

private:
    // The tickets as a form; nullopt (with a message) without a plan.
    std::optional<Form> form();

    int m_pages = 0;
};

} // namespace examroom
