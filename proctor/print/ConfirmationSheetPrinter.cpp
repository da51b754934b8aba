#include "print/ConfirmationSheetPrinter.h"

#include "print/FormPainter.h"

#include <QImage>
#include <QPdfWriter>

namespace examroom::print {
namespace {

QString q(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString scoreText(const ScoreSheet& s)
{
    QString score = s.scoreHalfPoints % 2 == 0 ? QString::number(s.scoreHalfPoints / 2)
                                               : QString::number(s.score(), 'f', 1);
    return QStringLiteral("%1 分（%2）")
        .arg(score, s.passed ? QStringLiteral("合格") : QStringLiteral("不合格"));
}

constexpr double kLeft = 20.0;
constexpr double kWidth = 170.0;
constexpr double kRow = 13.0;
constexpr double kCol[] = {26.0, 54.0, 22.0, 38.0, 30.0}; // sum = kWidth

void drawSheet(FormPainter& p, const ConfirmationEntry& entry)
{
    const ScoreSheet& s = entry.sheet;
    const double x0 = kLeft, x1 = x0 + kCol[0], x2 = x1 + kCol[1], x3 = x2 + kCol[2],
                 x4 = x3 + kCol[3];
    p.text(p.mm(x0, 22, kWidth, 14), QStringLiteral("安全生产知识考试成绩确认单"), 20,
           Qt::AlignCenter, true, true);
    double y = 42;
    const bool makeUp = s.attempt > 1;
    const QString date = formatIsoDate(s.examDate);
    const QString none = QStringLiteral("—");

    auto pair = [&](double yy, const QString& l1, const QString& v1, const QString& l2,
                    const QString& v2, bool toEnd) {
        p.labelCell(p.mm(x0, yy, kCol[0], kRow), l1);
        p.valueCell(p.mm(x1, yy, kCol[1], kRow), v1);
        p.labelCell(p.mm(x2, yy, kCol[2], kRow), l2);
        p.valueCell(p.mm(x3, yy, toEnd ? kCol[3] + kCol[4] : kCol[3], kRow), v2);
    };
    auto wide = [&](double yy, const QString& l, const QString& v, bool toEnd) {
        p.labelCell(p.mm(x0, yy, kCol[0], kRow), l);
        p.valueCell(p.mm(x1, yy, toEnd ? kWidth - kCol[0] : kWidth - kCol[0] - kCol[4], kRow), v);
    };
    pair(y, QStringLiteral("姓    名"), q(s.name), QStringLiteral("考试日期"), makeUp ? none : date,
         false);
    pair(y + kRow, QStringLiteral("性    别"), q(label(s.gender)), QStringLiteral("补考日期"),
         makeUp ? date : none, false);
    pair(y + 2 * kRow, QStringLiteral("身份证件类型"), q(label(s.idType)),
         QStringLiteral("身份证件号"), q(s.idNo), false);
    wide(y + 3 * kRow, QStringLiteral("准考证号"), q(s.ticketNo), false);
    wide(y + 4 * kRow, QStringLiteral("考试科目"), q(s.subject), false);
    p.image(p.mm(x4, y, kCol[4], 5 * kRow), QImage::fromData(entry.photo), QStringLiteral("照片"));
    y += 5 * kRow;
    wide(y, QStringLiteral("考试机构"), q(s.examCentre), true);
    wide(y + kRow, QStringLiteral("考试计划"), q(s.planName), true);
    pair(y + 2 * kRow, QStringLiteral("考试类型"), q(label(s.examKind)), QStringLiteral("资格类型"),
         q(s.qualificationType), true);
    pair(y + 3 * kRow, QStringLiteral("作业类别"),
         s.operationCategory.empty() ? none : q(s.operationCategory), QStringLiteral("操作项目"),
         s.operationItem.empty() ? none : q(s.operationItem), true);
    pair(y + 4 * kRow, QStringLiteral("考 试 点"), q(s.siteName), QStringLiteral("成    绩"),
         scoreText(s), true);
    y += 5 * kRow;

    // The candidate's signature box.
    const double signHeight = 46.0;
    p.box(p.mm(x0, y, kWidth, signHeight));
    p.text(p.mm(x0 + 4, y + 4, 120, 8), QStringLiteral("本人已核对以上信息及考试成绩，确认无误。"),
           11, Qt::AlignLeft | Qt::AlignVCenter);
    p.text(p.mm(x0 + 4, y + 18, 30, 9), QStringLiteral("考生：（签字）"), 11,
           Qt::AlignLeft | Qt::AlignVCenter);
    p.line(x0 + 34, y + 26, x0 + 100, y + 26, 0.25);
    p.text(p.mm(x0 + 4, y + 32, 30, 9), QStringLiteral("日期："), 11,
           Qt::AlignLeft | Qt::AlignVCenter);
    p.line(x0 + 34, y + 40, x0 + 100, y + 40, 0.25);
    p.qr(p.mm(x0 + kWidth - 36, y + 3, 32, 32), q(s.sheetId));
    p.text(p.mm(x0 + kWidth - 50, y + 35, 48, 9),
           QStringLiteral("回执码 %1").arg(q(entry.receiptCode)), 10, Qt::AlignCenter, true);
    y += signHeight + 4;
    p.text(p.mm(x0, y, kWidth, 12),
           QStringLiteral(
               "考场 %1　考位 %2　成绩单编号 %3\n本单与考试机构收到的签名成绩单以回执码对应。")
               .arg(q(s.roomId))
               .arg(s.seatNo)
               .arg(q(s.sheetId)),
           8, Qt::AlignLeft | Qt::AlignTop);
}

} // namespace

PrintResult ConfirmationSheetPrinter::print(QIODevice& out,
                                            const std::vector<ConfirmationEntry>& entries) const
{
    if (entries.empty())
        return PrintResult::failure(QStringLiteral("no sheets to print"));
    if (const QString error = prepareOutput(out); !error.isEmpty())
        return PrintResult::failure(error);
    {
        QPdfWriter writer(&out);
        writer.setTitle(QStringLiteral("安全生产知识考试成绩确认单"));
        writer.setCreator(QStringLiteral("examroom proctor"));
        FormPainter p(writer);
        if (!p.active())
            return unwritable(out);
        for (std::size_t i = 0; i < entries.size(); ++i) {
            if (i > 0)
                p.newPage();
            drawSheet(p, entries[i]);
        }
        p.end();
    }
    return PrintResult::success(int(entries.size()));
}

} // namespace examroom::print
