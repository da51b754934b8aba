#include "print/ScoreListPrinter.h"

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

QString maskIdNumber(const std::string& idNo)
{
    const QString id = q(idNo);
    if (id.size() <= 2)
        return QString(id.size(), QLatin1Char('*'));
    const int head = id.size() >= 14 ? 6 : id.size() / 3;
    const int tail = id.size() >= 14 ? 4 : id.size() / 3;
    return id.left(head) + QString(id.size() - head - tail, QLatin1Char('*')) + id.right(tail);
}

PrintResult ScoreListPrinter::print(QIODevice& out, const ExamPlan& plan, const std::string& roomId,
                                    std::vector<ScoreListRow> rows) const
{
    if (rows.empty() || rowsPerPage < 1)
        return PrintResult::failure(QStringLiteral("no candidates to list"));
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return a.seatNo != b.seatNo ? a.seatNo < b.seatNo : a.ticketNo < b.ticketNo;
    });
    const int pageCount = int((rows.size() + rowsPerPage - 1) / rowsPerPage);
    int sat = 0, passed = 0;
    for (const auto& r : rows) {
        sat += r.score ? 1 : 0;
        passed += r.score && r.passed ? 1 : 0;
    }
    if (const QString error = prepareOutput(out); !error.isEmpty())
        return PrintResult::failure(error);
    {
        QPdfWriter writer(&out);
        writer.setTitle(QStringLiteral("考场成绩单 %1").arg(q(roomId)));
        writer.setCreator(QStringLiteral("examroom proctor"));
        FormPainter p(writer);
        if (!p.active())
            return unwritable(out);
        const double margin = 12.0;
        const double width = p.pageWidth() - 2 * margin;
        // seat, ticket, name, ID, score, result, remark (mm)
        const double widths[] = {14, 36, 24, 46, 18, 18, 30};
        const QString heads[] = {QStringLiteral("考位"), QStringLiteral("准考证号"),
                                 QStringLiteral("姓名"), QStringLiteral("身份证件号"),
                                 QStringLiteral("成绩"), QStringLiteral("结果"),
                                 QStringLiteral("备注")};
        // Rows shrink (down to 5 mm) so that a page of rowsPerPage still leaves room for the
        // counts and the signature lines at its foot.
        const double tableTop = 38, footer = 34;
        const double rowH =
            std::clamp((p.pageHeight() - tableTop - margin - footer) / (rowsPerPage + 1), 5.0, 7.2);
        const double points = std::min(9.5, rowH * 1.5);
        for (int page = 0; page < pageCount; ++page) {
            if (page > 0)
                p.newPage();
            p.text(p.mm(margin, 10, width, 12), QStringLiteral("安全生产知识考试　考场成绩单"), 18,
                   Qt::AlignCenter, true, true);
            p.text(p.mm(margin, 23, width, 6), q(plan.name), 10);
            p.text(p.mm(margin, 29, width, 6),
                   QStringLiteral("%1　考场 %2　%3　%4　（第 %5/%6 页）")
                       .arg(q(plan.site.name), q(roomId),
                            formatWindow(plan.knowledgeExam.start, plan.knowledgeExam.end),
                            q(plan.operationItem.value_or(plan.qualificationType)))
                       .arg(page + 1)
                       .arg(pageCount),
                   9);
            double y = tableTop;
            double x = margin;
            for (int c = 0; c < 7; ++c) {
                p.labelCell(p.mm(x, y, widths[c], rowH), heads[c], points);
                x += widths[c];
            }
            y += rowH;
            for (std::size_t i = std::size_t(page) * rowsPerPage;
                 i < std::min(rows.size(), std::size_t(page + 1) * rowsPerPage); ++i) {
                const auto& r = rows[i];
                const QString score =
                    r.score ? QString::number(*r.score, 'f', 1) : QStringLiteral("—");
                const QString result = !r.score   ? QStringLiteral("—")
                                       : r.passed ? QStringLiteral("合格")
                                                  : QStringLiteral("不合格");
                const QString cells[] = {r.seatNo ? QString::number(r.seatNo) : QStringLiteral("—"),
                                         q(r.ticketNo),
                                         q(r.name),
                                         maskIdNumber(r.idNo),
                                         score,
                                         result,
                                         q(r.remark)};
                x = margin;
                for (int c = 0; c < 7; ++c) {
                    const int align =
                        c == 2 || c == 6 ? Qt::AlignVCenter | Qt::AlignLeft : int(Qt::AlignCenter);
                    p.valueCell(p.mm(x, y, widths[c], rowH), cells[c], points, align);
                    x += widths[c];
                }
                y += rowH;
            }
            if (page == pageCount - 1) {
                y += 5;
                p.text(p.mm(margin, y, width, 7),
                       QStringLiteral(
                           "应考 %1 人，实考 %2 人，合格 %3 人，不合格 %4 人，未考或取消 %5 人。")
                           .arg(rows.size())
                           .arg(sat)
                           .arg(passed)
                           .arg(sat - passed)
                           .arg(int(rows.size()) - sat),
                       10, Qt::AlignLeft | Qt::AlignVCenter);
                y += 14;
                p.text(p.mm(margin, y, width / 2, 7),
                       QStringLiteral("监考员签名：________________"), 10,
                       Qt::AlignLeft | Qt::AlignVCenter);
                p.text(p.mm(margin + width / 2, y, width / 2, 7),
                       QStringLiteral("日期：________年____月____日"), 10,
                       Qt::AlignLeft | Qt::AlignVCenter);
            }
            p.text(p.mm(margin, p.pageHeight() - margin - 5, width, 5),
                   QStringLiteral("成绩以各考位终端签名的成绩单为准；身份证件号中间位已隐去。"), 8,
                   Qt::AlignLeft | Qt::AlignVCenter);
        }
        p.end();
    }
    return PrintResult::success(pageCount);
}

} // namespace examroom::print
