#include "print/SeatChartPrinter.h"

#include "print/FormPainter.h"

#include <algorithm>
#include <QPdfWriter>

namespace examroom::print {
namespace {

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

PrintResult SeatChartPrinter::print(QIODevice& out, const ExamPlan& plan, const std::string& roomId,
                                    std::vector<SeatChartEntry> seats) const
{
    if (seats.empty() || columns < 1 || rowsPerPage < 1)
        return PrintResult::failure(QStringLiteral("no seats to print"));
    std::sort(seats.begin(), seats.end(),
              [](const auto& a, const auto& b) { return a.seatNo < b.seatNo; });
    const std::size_t perPage = std::size_t(columns * rowsPerPage);
    const int pageCount = int((seats.size() + perPage - 1) / perPage);
    if (const QString error = prepareOutput(out); !error.isEmpty())
        return PrintResult::failure(error);
    {
        QPdfWriter writer(&out);
        writer.setTitle(QStringLiteral("考场座位表 %1").arg(q(roomId)));
        writer.setCreator(QStringLiteral("examroom proctor"));
        FormPainter p(writer, true);
        if (!p.active())
            return unwritable(out);
        const double margin = 12.0;
        const double width = p.pageWidth() - 2 * margin;
        const double gridTop = 44.0;
        const double gridHeight = p.pageHeight() - gridTop - margin - 6;
        const double gap = 2.5;
        const double cellW = (width - (columns - 1) * gap) / columns;
        const double cellH = (gridHeight - (rowsPerPage - 1) * gap) / rowsPerPage;
        for (int page = 0; page < pageCount; ++page) {
            if (page > 0)
                p.newPage();
            p.text(p.mm(margin, 8, width, 12), QStringLiteral("考场座位表"), 22, Qt::AlignCenter,
                   true, true);
            p.text(p.mm(margin, 20, width, 7), q(plan.name), 11);
            p.text(p.mm(margin, 27, width, 7),
                   QStringLiteral("%1　考场 %2　%3　（第 %4/%5 页）")
                       .arg(q(plan.site.name), q(roomId),
                            formatWindow(plan.knowledgeExam.start, plan.knowledgeExam.end))
                       .arg(page + 1)
                       .arg(pageCount),
                   10);
            // The front of the room, so the chart reads as one stands at the door facing it.
            p.fill(p.mm(margin + width / 2 - 30, 35, 60, 6), QColor(220, 220, 220));
            p.text(p.mm(margin + width / 2 - 30, 35, 60, 6), QStringLiteral("讲台（前）"), 9,
                   Qt::AlignCenter, true);
            for (std::size_t i = page * perPage; i < std::min(seats.size(), (page + 1) * perPage);
                 ++i) {
                const auto& s = seats[i];
                const int slot = int(i - page * perPage);
                const double x = margin + (slot % columns) * (cellW + gap);
                const double y = gridTop + (slot / columns) * (cellH + gap);
                if (s.locked || s.spare)
                    p.fill(p.mm(x, y, cellW, cellH), QColor(240, 240, 240));
                p.box(p.mm(x, y, cellW, cellH), 0.4);
                p.text(p.mm(x, y + 0.5, cellW, cellH * 0.34), QStringLiteral("%1 号").arg(s.seatNo),
                       14, Qt::AlignCenter, true);
                p.line(x + 2, y + cellH * 0.36, x + cellW - 2, y + cellH * 0.36, 0.15);
                QString who;
                if (s.locked)
                    who = QStringLiteral("停用");
                else if (!s.ticketNo.empty())
                    who = q(s.name) + QLatin1Char('\n') + q(s.ticketNo);
                else if (s.spare)
                    who = QStringLiteral("备用");
                else
                    who = QStringLiteral("空");
                p.text(p.mm(x, y + cellH * 0.38, cellW, cellH * 0.6), who, 11);
            }
            p.text(p.mm(margin, p.pageHeight() - margin - 5, width, 5),
                   QStringLiteral("请按考位号就座，核对姓名与准考证号。"), 8,
                   Qt::AlignLeft | Qt::AlignVCenter);
        }
        p.end();
    }
    return PrintResult::success(pageCount);
}

} // namespace examroom::print
