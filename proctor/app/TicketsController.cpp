#include "TicketsController.h"

#include "ConsoleManager.h"
#include "print/AdmissionTicketPrinter.h"

#include <map>

namespace examroom {

TicketsController::TicketsController(ConsoleManager& console, QObject* parent)
    : PrintingStep(console, parent)
{
    connect(&console, &ConsoleManager::planChanged, this, &TicketsController::ticketsChanged);
}

int TicketsController::candidateCount() const
{
    return m_console.plan() ? int(m_console.plan()->files.roster.size()) : 0;
}

std::optional<PrintingStep::Form> TicketsController::form()
{
    auto* plan = m_console.plan();
    if (!plan) {
        say(tr("请先导入考试计划。"), true);
        return std::nullopt;
    }
    std::map<std::string, int> seatOf;
    if (m_console.session())
        for (const auto& c : m_console.sessions().candidates(m_console.sessionId()))
            if (c.seatNo)
                seatOf[c.ticketNo] = *c.seatNo;
    std::vector<print::AdmissionTicket> tickets;
    for (const Candidate& c : plan->files.roster) {
        auto seat = seatOf.find(c.ticketNo);
        tickets.push_back(
            {c, plan->photoBytes(c), m_console.roomId(), seat == seatOf.end() ? 0 : seat->second});
    }
    const ExamPlan& examPlan = plan->files.plan;
    return Form{tr("准考证（%1 张）").arg(tickets.size()), "admission-tickets",
                qs("admission-tickets-" + examPlan.planId + ".pdf"),
                [this, &examPlan, tickets = std::move(tickets)](QIODevice& out) {
                    auto done = print::AdmissionTicketPrinter{}.print(out, examPlan, tickets);
                    m_pages = done.ok ? done.pages : m_pages;
                    return done;
                }};
}

bool TicketsController::printAll()
{
    return guarded([&] {
        auto f = form();
        const bool ok = f && printForms({*f});
        emit ticketsChanged();
        return ok;
    });
}

bool TicketsController::saveAll(const QString& path)
{
    return guarded([&] {
        auto f = form();
        const bool ok = f && saveForms({*f}, path);
        emit ticketsChanged();
        return ok;
    });
}

} // namespace examroom
