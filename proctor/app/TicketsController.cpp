#include "TicketsController.h"

#include "ConsoleManager.h"
#include "print/AdmissionTicketPrinter.h"

#include <map>

namespace examroom {

TicketsController::TicketsController(ConsoleManager& console, QObject* parent)
    : StepController(console, parent)
{
    connect(&console, &ConsoleManager::planChanged, this, &TicketsController::ticketsChanged);
}

int TicketsController::candidateCount() const
{
    return m_console.plan() ? int(m_console.plan()->files.roster.size()) : 0;
}

bool TicketsController::printAll()
{
    auto* plan = m_console.plan();
    if (!plan) {
        say(tr("请先导入考试计划。"), true);
        return false;
    }
    return guarded([&] {
        std::map<std::string, int> seatOf;
        if (m_console.session())
            for (const auto& c : m_console.sessions().candidates(m_console.sessionId()))
                if (c.seatNo)
                    seatOf[c.ticketNo] = *c.seatNo;
        std::vector<print::AdmissionTicket> tickets;
        for (const Candidate& c : plan->files.roster) {
            auto seat = seatOf.find(c.ticketNo);
            tickets.push_back({c, plan->photoBytes(c), m_console.roomId(),
                               seat == seatOf.end() ? 0 : seat->second});
        }
        std::filesystem::create_directories(m_console.printDir());
        const QString path =
            qs((m_console.printDir() / ("admission-tickets-" + plan->files.plan.planId + ".pdf"))
                   .string());
        auto printed = print::AdmissionTicketPrinter{}.print(path, plan->files.plan, tickets);
        if (!printed.ok) {
            say(tr("准考证未能生成：%1").arg(printed.error), true);
            return false;
        }
        m_pdfPath = path;
        m_pages = printed.pages;
        emit ticketsChanged();
        say(tr("已生成 %1 张准考证（%2 页）：%3").arg(tickets.size()).arg(printed.pages).arg(path),
            false);
        return true;
    });
}

} // namespace examroom
