#include "print/PracticalSheetPrinter.h"

#include "print/FormPainter.h"

#include <QPdfWriter>

namespace examroom::print {
namespace {

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

constexpr double kMargin = 12.0;

// Column widths in mm of the rows table: 序号, 考核内容, 配分, 评分标准, 扣分, 备注.
constexpr double kColumns[] = {10, 52, 12, 62, 16, 34};

// A row's height: long contents and rules wrap onto more lines.
double rowHeight(const RubricRow& row)
{
    const auto lines = [](const std::string& text, double widthMm) {
        // About 2 mm per CJK character at 9 pt; a generous estimate keeps text from shrinking.
        const double perLine = widthMm / 3.4;
        return int(QString::fromStdString(text).size() / perLine) + 1;
    };
    const int most = std::max(lines(row.content, kColumns[1]), lines(row.rule, kColumns[3]));
    return std::max(9.0, 4.6 * most + 2.0);
}

double subjectHeight(const DrawnSubject& drawn)
{
    double h = 8 + 7; // subject title, column header
    for (const auto& row : drawn.task.rows)
        h += rowHeight(row);
    h += 7 * double(drawn.task.veto.size()) + 8 + 9; // veto boxes, task score, signatures
    return h + 4;
}

class SheetLayout
{
public:
    SheetLayout(FormPainter& p, const PracticalSheetForm& form, int& pages)
        : m_p(p), m_form(form), m_pages(pages), m_width(p.pageWidth() - 2 * kMargin)
    {
    }

    void run()
    {
        header(false);
        for (const auto& drawn : m_form.subjects) {
            if (m_y + subjectHeight(drawn) > m_p.pageHeight() - kMargin - 6)
                continueOnNewPage();
            subject(drawn);
        }
        if (m_y + 34 > m_p.pageHeight() - kMargin)
            continueOnNewPage();
        closing();
    }

private:
    void continueOnNewPage()
    {
        m_p.newPage();
        ++m_pages;
        header(true);
    }

    void header(bool continued)
    {
        m_y = kMargin;
        m_p.text(m_p.mm(kMargin, m_y, m_width, 10),
                 continued ? QStringLiteral("实际操作考试评分表（续）")
                           : QStringLiteral("实际操作考试评分表"),
                 18, Qt::AlignCenter, true, true);
        m_y += 11;
        m_p.text(m_p.mm(kMargin, m_y, m_width, 6), q(m_form.planName), 9);
        m_y += 7;
        const double label = 22, half = m_width / 2;
        auto pair = [&](double x, const QString& name, const QString& value, double w) {
            m_p.labelCell(m_p.mm(x, m_y, label, 7), name, 9);
            m_p.valueCell(m_p.mm(x + label, m_y, w - label, 7), value, 10);
        };
        pair(kMargin, QStringLiteral("姓名"), q(m_form.name), half);
        pair(kMargin + half, QStringLiteral("准考证号"), q(m_form.ticketNo), half);
        m_y += 7;
        pair(kMargin, QStringLiteral("身份证件号"), q(m_form.idNo), half);
        pair(kMargin + half, QStringLiteral("考试"),
             m_form.attempt == 2 ? QStringLiteral("补考") : QStringLiteral("首次考试"), half);
        m_y += 7;
        pair(kMargin, QStringLiteral("操作项目"), q(m_form.operationItem), half);
        pair(kMargin + half, QStringLiteral("考试点"), q(m_form.siteName), half);
        m_y += 7;
        pair(kMargin, QStringLiteral("考试日期"), formatIsoDate(m_form.examDate), half);
        pair(kMargin + half, QStringLiteral("合格标准"),
             QStringLiteral("加权总分 %1 分及以上，且未触发否决项").arg(m_form.passPoints), half);
        m_y += 10;
    }

    void subject(const DrawnSubject& drawn)
    {
        const auto& s = drawn.subject;
        const auto& t = drawn.task;
        m_p.fill(m_p.mm(kMargin, m_y, m_width, 8), QColor(232, 232, 232));
        m_p.box(m_p.mm(kMargin, m_y, m_width, 8), 0.4);
        m_p.text(m_p.mm(kMargin + 2, m_y, m_width - 4, 8),
                 QStringLiteral("%1 %2（权重 %3%）　抽中试题：%4 %5　（%6，%7 分钟）")
                     .arg(q(s.code), q(s.name))
                     .arg(s.weight)
                     .arg(q(t.code), q(t.name),
                          drawn.byLot ? QStringLiteral("考生抽签") : QStringLiteral("系统抽题"))
                     .arg(t.minutes),
                 10, Qt::AlignVCenter | Qt::AlignLeft, true);
        m_y += 8;
        const QString heads[] = {QStringLiteral("序号"), QStringLiteral("考核内容"),
                                 QStringLiteral("配分"), QStringLiteral("评分标准"),
                                 QStringLiteral("扣分"), QStringLiteral("备注")};
        double x = kMargin;
        for (int c = 0; c < 6; ++c) {
            m_p.labelCell(m_p.mm(x, m_y, kColumns[c], 7), heads[c], 9);
            x += kColumns[c];
        }
        m_y += 7;
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            const auto& row = t.rows[r];
            const double h = rowHeight(row);
            const QString cells[] = {QString::number(r + 1),
                                     q(row.content),
                                     QString::number(row.points),
                                     q(row.rule),
                                     QString(),
                                     QString()};
            x = kMargin;
            for (int c = 0; c < 6; ++c) {
                const bool centred = c == 0 || c == 2;
                m_p.valueCell(m_p.mm(x, m_y, kColumns[c], h), cells[c], 9,
                              centred ? int(Qt::AlignCenter)
                                      : int(Qt::AlignVCenter | Qt::AlignLeft));
                x += kColumns[c];
            }
            m_y += h;
        }
        for (const auto& veto : t.veto) {
            m_p.box(m_p.mm(kMargin + 2, m_y + 1.8, 3.5, 3.5), 0.3);
            m_p.text(m_p.mm(kMargin + 8, m_y, m_width * 0.55, 7),
                     QStringLiteral("否决项：%1").arg(q(veto)), 9,
                     Qt::AlignVCenter | Qt::AlignLeft);
            m_p.text(m_p.mm(kMargin + m_width * 0.58, m_y, 16, 7), QStringLiteral("原因："), 9,
                     Qt::AlignVCenter | Qt::AlignLeft);
            m_p.line(kMargin + m_width * 0.58 + 12, m_y + 5.5, kMargin + m_width, m_y + 5.5, 0.2);
            m_y += 7;
        }
        m_p.text(m_p.mm(kMargin, m_y, m_width, 8),
                 QStringLiteral("本题得分（100 减扣分合计）：________　　扣分合计：________"), 10,
                 Qt::AlignVCenter | Qt::AlignLeft);
        m_y += 8;
        const double slot = m_width / std::max(1, s.gradersRequired);
        for (int g = 0; g < s.gradersRequired; ++g) {
            const double gx = kMargin + g * slot;
            m_p.text(m_p.mm(gx, m_y, 26, 8),
                     s.gradersRequired > 1 ? QStringLiteral("考评员%1签名：").arg(g + 1)
                                           : QStringLiteral("考评员签名："),
                     9, Qt::AlignVCenter | Qt::AlignLeft);
            m_p.line(gx + 26, m_y + 6, gx + slot - 6, m_y + 6, 0.2);
        }
        m_y += 13;
    }

    void closing()
    {
        m_p.box(m_p.mm(kMargin, m_y, m_width, 30), 0.4);
        QString weights;
        for (const auto& drawn : m_form.subjects)
            weights +=
                QStringLiteral("%1×%2% + ").arg(q(drawn.subject.code)).arg(drawn.subject.weight);
        weights.chop(3);
        m_p.text(m_p.mm(kMargin + 2, m_y + 1, m_width - 4, 8),
                 QStringLiteral("实际操作成绩 = %1 =  ________ 分　　□ 合格　□ 不合格　□ 否决")
                     .arg(weights),
                 10, Qt::AlignVCenter | Qt::AlignLeft, true);
        const double y = m_y + 14;
        const double third = (m_width - 4) / 3;
        const QString labels[] = {QStringLiteral("考评组长："), QStringLiteral("监考人员："),
                                  QStringLiteral("日期：")};
        for (int i = 0; i < 3; ++i) {
            const double x = kMargin + 2 + i * third;
            m_p.text(m_p.mm(x, y, 22, 8), labels[i], 10, Qt::AlignVCenter | Qt::AlignLeft);
            m_p.line(x + 20, y + 6.5, x + third - 6, y + 6.5, 0.2);
        }
        m_p.text(
            m_p.mm(kMargin + 2, m_y + 23, m_width - 4, 6),
            QStringLiteral(
                "纸面评分须在当日录入系统，由各考评员以本人账号签名提交；本表随考场记录存档。"),
            8, Qt::AlignVCenter | Qt::AlignLeft);
    }

    FormPainter& m_p;
    const PracticalSheetForm& m_form;
    int& m_pages;
    double m_width;
    double m_y = kMargin;
};

} // namespace

PrintResult PracticalSheetPrinter::print(QIODevice& out,
                                         const std::vector<PracticalSheetForm>& forms) const
{
    if (forms.empty())
        return PrintResult::failure(QStringLiteral("no candidates to print"));
    if (const QString error = prepareOutput(out); !error.isEmpty())
        return PrintResult::failure(error);
    int pages = 0;
    {
        QPdfWriter writer(&out);
        writer.setTitle(QStringLiteral("实际操作考试评分表"));
        writer.setCreator(QStringLiteral("examroom proctor"));
        FormPainter p(writer);
        if (!p.active())
            return unwritable(out);
        for (std::size_t i = 0; i < forms.size(); ++i) {
            if (i > 0)
                p.newPage();
            ++pages;
            SheetLayout(p, forms[i], pages).run();
        }
        p.end();
    }
    return PrintResult::success(pages);
}

} // namespace examroom::print
