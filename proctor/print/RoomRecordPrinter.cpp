#include "print/RoomRecordPrinter.h"

#include "print/FormPainter.h"

#include <QPdfWriter>
#include <QStringList>

namespace examroom::print {
namespace {

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

QString joined(const std::vector<std::string>& items, const QString& none)
{
    QStringList out;
    for (const auto& item : items)
        out.append(q(item));
    return out.isEmpty() ? none : out.join(QStringLiteral("；"));
}

// Lays the record out top to bottom, starting a new page when the next block would not fit.
class Flow
{
public:
    Flow(FormPainter& p, double margin) : m_p(p), m_margin(margin), m_y(margin) {}

    double width() const { return m_p.pageWidth() - 2 * m_margin; }
    double x() const { return m_margin; }
    int pages() const { return m_pages; }

    // The top of a block of `height` mm (on a new page when it does not fit).
    double take(double height)
    {
        if (m_y + height > m_p.pageHeight() - m_margin - 8) {
            m_p.newPage();
            ++m_pages;
            m_y = m_margin;
        }
        const double top = m_y;
        m_y += height;
        return top;
    }
    void skip(double mm) { m_y += mm; }

    void heading(const QString& text)
    {
        const double y = take(9);
        m_p.text(m_p.mm(x(), y + 2, width(), 7), text, 11.5, Qt::AlignLeft | Qt::AlignVCenter,
                 true);
    }
    void field(const QString& label, const QString& value)
    {
        const double y = take(7);
        m_p.labelCell(m_p.mm(x(), y, 32, 7), label, 9.5);
        m_p.valueCell(m_p.mm(x() + 32, y, width() - 32, 7), value, 9.5);
    }
    // A label with a long list beside it, as many lines high as the list needs (about
    // `perLine` entries a line).
    void list(const QString& label, const std::vector<std::string>& items, int perLine)
    {
        if (items.size() <= std::size_t(perLine))
            return field(label, joined(items, QStringLiteral("无")));
        const int lines = int((items.size() + perLine - 1) / perLine);
        const double height = 2 + 5.2 * lines;
        const double y = take(height);
        m_p.labelCell(m_p.mm(x(), y, 32, height), label, 9.5);
        m_p.box(m_p.mm(x() + 32, y, width() - 32, height));
        m_p.text(m_p.mm(x() + 34, y + 1, width() - 36, height - 2), joined(items, {}), 9,
                 Qt::AlignLeft | Qt::AlignVCenter);
    }
    void row(const std::vector<double>& widths, const QStringList& cells, bool header)
    {
        const double y = take(6.5);
        double cx = x();
        for (std::size_t c = 0; c < widths.size(); ++c) {
            if (header)
                m_p.labelCell(m_p.mm(cx, y, widths[c], 6.5), cells.value(int(c)), 9);
            else
                m_p.valueCell(m_p.mm(cx, y, widths[c], 6.5), cells.value(int(c)), 9);
            cx += widths[c];
        }
    }

private:
    FormPainter& m_p;
    double m_margin;
    double m_y;
    int m_pages = 1;
};

} // namespace

PrintResult RoomRecordPrinter::print(QIODevice& out, const RoomRecord& r) const
{
    if (const QString error = prepareOutput(out); !error.isEmpty())
        return PrintResult::failure(error);
    int pages = 0;
    {
        QPdfWriter writer(&out);
        writer.setTitle(QStringLiteral("考场记录 %1").arg(q(r.roomId)));
        writer.setCreator(QStringLiteral("examroom proctor"));
        FormPainter p(writer);
        if (!p.active())
            return unwritable(out);
        Flow f(p, 12.0);
        {
            const double y = f.take(22);
            p.text(p.mm(f.x(), y, f.width(), 12), QStringLiteral("考场记录"), 20, Qt::AlignCenter,
                   true, true);
            p.text(p.mm(f.x(), y + 13, f.width(), 6), q(r.planName), 10);
        }
        f.field(QStringLiteral("考试点 / 考场"),
                QStringLiteral("%1　考场 %2").arg(q(r.siteName), q(r.roomId)));
        f.field(QStringLiteral("考试科目"), q(r.subject));
        f.field(QStringLiteral("计划时间"), q(r.window));
        f.field(QStringLiteral("开考 / 结束"),
                QStringLiteral("%1　至　%2").arg(q(r.startedAt), q(r.closedAt)));
        f.field(QStringLiteral("考务人员"), joined(r.staff, QStringLiteral("—")));
        f.field(QStringLiteral("结束签名人"), q(r.closedBy));
        f.field(QStringLiteral("授权密码错误"),
                QStringLiteral("%1 次").arg(r.authorizationFailures));

        f.skip(3);
        f.heading(QStringLiteral("考位与考生（%1 人）").arg(r.seats.size()));
        const std::vector<double> seatCols = {16, 38, 26, 26, 20, 16, 44};
        const QStringList seatHead = {QStringLiteral("考位"),     QStringLiteral("准考证号"),
                                      QStringLiteral("姓名"),     QStringLiteral("状态"),
                                      QStringLiteral("延时(分)"), QStringLiteral("警告"),
                                      QStringLiteral("备注")};
        f.row(seatCols, seatHead, true);
        for (const auto& s : r.seats)
            f.row(seatCols,
                  {s.seatNo ? QString::number(s.seatNo) : QStringLiteral("—"), q(s.ticketNo),
                   q(s.name), q(s.status),
                   s.extensionMinutes ? QString::number(s.extensionMinutes) : QString(),
                   s.warnings ? QString::number(s.warnings) : QString(), q(s.note)},
                  false);

        f.skip(3);
        f.list(QStringLiteral("缺考（%1 人）").arg(r.absentees.size()), r.absentees, 4);
        f.list(QStringLiteral("取消资格（%1 人）").arg(r.removed.size()), r.removed, 4);

        const std::vector<double> incidentCols = {16, 36, 40, 48, 46};
        const QStringList incidentHead = {QStringLiteral("时间"), QStringLiteral("准考证号"),
                                          QStringLiteral("事项"), QStringLiteral("原因"),
                                          QStringLiteral("处理人")};
        auto incidents = [&](const QString& title, const std::vector<RoomRecordIncident>& list) {
            f.skip(3);
            f.heading(title);
            if (list.empty()) {
                const double y = f.take(7);
                p.text(p.mm(f.x(), y, f.width(), 7), QStringLiteral("无"), 9.5,
                       Qt::AlignLeft | Qt::AlignVCenter);
                return;
            }
            f.row(incidentCols, incidentHead, true);
            for (const auto& i : list)
                f.row(incidentCols, {q(i.at), q(i.ticketNo), q(i.what), q(i.reason), q(i.by)},
                      false);
        };
        incidents(QStringLiteral("考场情况（%1 项）").arg(r.incidents.size()), r.incidents);
        incidents(QStringLiteral("延时（%1 项）").arg(r.extensions.size()), r.extensions);

        f.skip(3);
        f.heading(QStringLiteral("备注"));
        {
            const double y = f.take(18);
            p.box(p.mm(f.x(), y, f.width(), 18));
            p.text(p.mm(f.x() + 2, y + 1, f.width() - 4, 16),
                   r.notes.empty() ? QStringLiteral("无") : q(r.notes), 9.5,
                   Qt::AlignLeft | Qt::AlignTop);
        }
        f.skip(6);
        {
            const double y = f.take(16);
            p.text(p.mm(f.x(), y, f.width() / 2, 7), QStringLiteral("监考员签名：________________"),
                   10, Qt::AlignLeft | Qt::AlignVCenter);
            p.text(p.mm(f.x() + f.width() / 2, y, f.width() / 2, 7),
                   QStringLiteral("日期：________年____月____日"), 10,
                   Qt::AlignLeft | Qt::AlignVCenter);
            p.text(
                p.mm(f.x(), y + 9, f.width(), 6),
                QStringLiteral("电子记录已由结束签名人签名，摘要 %1").arg(q(r.recordHash).left(32)),
                8, Qt::AlignLeft | Qt::AlignVCenter);
        }
        pages = f.pages();
        p.end();
    }
    return PrintResult::success(pages);
}

} // namespace examroom::print
