#include "print/AdmissionTicketPrinter.h"

#include "print/FormPainter.h"

#include <QImage>
#include <QPdfWriter>

namespace examroom::print {
namespace {

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

constexpr double kLeft = 15.0;
constexpr double kWidth = 180.0;
constexpr double kTicketHeight = 133.0;
constexpr double kRow = 11.0;
// Columns: label, value, label, value, photo (sum = kWidth).
constexpr double kCol[] = {24.0, 50.0, 22.0, 50.0, 34.0};

void drawTicket(FormPainter& p, double top, const ExamPlan& plan, const AdmissionTicket& t)
{
    const Candidate& c = t.candidate;
    const double x0 = kLeft, x1 = x0 + kCol[0], x2 = x1 + kCol[1], x3 = x2 + kCol[2],
                 x4 = x3 + kCol[3];
    p.text(p.mm(x0, top, kWidth, 8), QStringLiteral("安全生产资格考试"), 11, Qt::AlignCenter, false,
           true);
    p.text(p.mm(x0, top + 7, kWidth, 11), QStringLiteral("准 考 证"), 20, Qt::AlignCenter, true,
           true);
    double y = top + 19;

    const QString examTime = formatWindow(plan.knowledgeExam.start, plan.knowledgeExam.end);
    const QString subject = QStringLiteral("安全生产知识考试（%1）")
                                .arg(q(plan.operationItem.value_or(plan.qualificationType)));
    QString location = q(plan.site.name);
    if (!t.roomId.empty())
        location += QStringLiteral(" 考场 %1").arg(q(t.roomId));
    if (t.seatNo > 0)
        location += QStringLiteral(" 考位 %1").arg(t.seatNo);

    auto row = [&](double yy, const QString& l1, const QString& v1, const QString& l2,
                   const QString& v2, bool toEnd) {
        p.labelCell(p.mm(x0, yy, kCol[0], kRow), l1);
        p.valueCell(p.mm(x1, yy, kCol[1], kRow), v1);
        p.labelCell(p.mm(x2, yy, kCol[2], kRow), l2);
        p.valueCell(p.mm(x3, yy, toEnd ? kCol[3] + kCol[4] : kCol[3], kRow), v2);
    };
    row(y, QStringLiteral("准考证号"), q(c.ticketNo), QStringLiteral("考试时间"), examTime, false);
    row(y + kRow, QStringLiteral("姓    名"), q(c.name), QStringLiteral("补考时间"),
        c.makeUp ? examTime : QStringLiteral("—"), false);
    row(y + 2 * kRow, QStringLiteral("性    别"), q(std::string(label(c.gender))),
        QStringLiteral("资格类型"), q(plan.qualificationType), false);
    row(y + 3 * kRow, QStringLiteral("考试机构"), q(plan.applicant.unit),
        QStringLiteral("考试科目"), subject, false);
    p.image(p.mm(x4, y, kCol[4], 4 * kRow), QImage::fromData(t.photo), QStringLiteral("照片"));
    y += 4 * kRow;
    p.labelCell(p.mm(x0, y, kCol[0], kRow), QStringLiteral("考试地点"));
    p.valueCell(p.mm(x1, y, kWidth - kCol[0], kRow), location);
    y += kRow;
    row(y, QStringLiteral("身份证件类型"), q(std::string(label(c.id.type))),
        QStringLiteral("身份证件号"), q(c.id.number), true);
    y += kRow;

    // 考生注意事项 with the QR code of the ticket number beside it.
    const double noticeHeight = top + kTicketHeight - 6 - y;
    const double qrSide = 30.0;
    p.box(p.mm(x0, y, kWidth, noticeHeight));
    p.text(p.mm(x0 + 2, y + 1.5, kWidth - qrSide - 6, 7), QStringLiteral("考生注意事项："), 10,
           Qt::AlignLeft | Qt::AlignVCenter, true);
    QString body;
    const QStringList items = AdmissionTicketPrinter::notices();
    for (int i = 0; i < items.size(); ++i)
        body += QStringLiteral("%1.%2\n").arg(i + 1).arg(items[i]);
    p.text(p.mm(x0 + 2, y + 8, kWidth - qrSide - 8, noticeHeight - 9), body.trimmed(), 10,
           Qt::AlignLeft | Qt::AlignTop);
    p.qr(p.mm(x0 + kWidth - qrSide - 2, y + 1, qrSide, qrSide), q(c.ticketNo));
    p.text(p.mm(x0 + kWidth - qrSide - 2, y + qrSide, qrSide, 5), QStringLiteral("签到扫码"), 7);
}

} // namespace

QStringList AdmissionTicketPrinter::notices(const QString& website, const QString& phone)
{
    return {
        QStringLiteral("携带本人有效身份证件及准考证提前30分钟进入考场，迟到15分钟不得入场。"),
        QStringLiteral(
            "遵守考场纪律，凡作弊者取消考试资格；考试结束，点击“交卷”按钮确认后立即离场。"),
        QStringLiteral("妥善保管准考证，凭准考证领取资格证书。"),
        QStringLiteral("可登录%1对考试成绩、证件办理情况等进行查询或打%2电话咨询。")
            .arg(website, phone),
    };
}

PrintResult AdmissionTicketPrinter::print(QIODevice& out, const ExamPlan& plan,
                                          const std::vector<AdmissionTicket>& tickets) const
{
    if (tickets.empty())
        return PrintResult::failure(QStringLiteral("no tickets to print"));
    if (const QString error = prepareOutput(out); !error.isEmpty())
        return PrintResult::failure(error);
    int pages = 0;
    {
        QPdfWriter writer(&out);
        writer.setTitle(QStringLiteral("准考证 %1").arg(q(plan.planId)));
        writer.setCreator(QStringLiteral("examroom proctor"));
        FormPainter p(writer);
        if (!p.active())
            return unwritable(out);
        for (std::size_t i = 0; i < tickets.size(); ++i) {
            const bool second = i % 2 == 1;
            if (i > 0 && !second)
                p.newPage();
            if (!second)
                ++pages;
            const double top = second ? 12.0 + kTicketHeight + 12.0 : 12.0;
            drawTicket(p, top, plan, tickets[i]);
            if (second || i + 1 == tickets.size()) {
                // The cut line between the two tickets of a page.
                const double cut = 12.0 + kTicketHeight + 6.0;
                p.line(8, cut, p.pageWidth() - 8, cut, 0.2, Qt::DashLine);
            }
        }
        p.end();
    }
    return PrintResult::success(pages);
}

} // namespace examroom::print
