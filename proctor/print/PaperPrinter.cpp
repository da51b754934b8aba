#include "print/PaperPrinter.h"

#include "print/FormPainter.h"

#include <QImage>
#include <QPdfWriter>

namespace examroom::print {
namespace {

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

constexpr double kMargin = 15.0;
constexpr double kFooter = 10.0; // reserved at the bottom of every page
constexpr double kStemPoints = 10.5;
constexpr double kOptionPoints = 10.0;
constexpr double kImageHeight = 40.0;
constexpr int kSheetColumns = 4;
constexpr double kSheetRow = 9.0;

QString typeLabel(QuestionType type)
{
    switch (type) {
    case QuestionType::TrueFalse:
        return QStringLiteral("判断题");
    case QuestionType::Single:
        return QStringLiteral("单选题");
    case QuestionType::Multiple:
        return QStringLiteral("多选题");
    }
    return {};
}

QString letter(int i)
{
    return QString(QChar('A' + i));
}

QString stemText(const PrintedItem& item, std::size_t index)
{
    return QStringLiteral("%1．（%2，%3 分）%4")
        .arg(index + 1)
        .arg(typeLabel(item.type))
        .arg(item.points)
        .arg(item.stem);
}

// The option lines of an item: 判断's two short choices share one line.
QStringList optionLines(const PrintedItem& item)
{
    QStringList lines;
    for (int o = 0; o < item.options.size(); ++o)
        lines.append(letter(o) + QStringLiteral("．") + item.options[o]);
    if (item.type == QuestionType::TrueFalse)
        return {lines.join(QStringLiteral("　　　　"))};
    return lines;
}

// Where each question goes: its page (0-based within the paper part) and top.
struct Placement
{
    int page = 0;
    double y = 0;
};

class PaperLayout
{
public:
    PaperLayout(FormPainter& p, const PaperHeader& h, const std::vector<PrintedItem>& items)
        : m_p(p), m_h(h), m_items(items), m_width(p.pageWidth() - 2 * kMargin)
    {
    }

    // Paginates the questions; returns the number of paper pages.
    int paginate()
    {
        m_place.clear();
        int page = 0;
        double y = firstTop();
        for (const auto& item : m_items) {
            const double h = itemHeight(item);
            if (y + h > bottom() && y > top()) {
                ++page;
                y = top();
            }
            m_place.push_back({page, y});
            y += h;
        }
        return page + 1;
    }

    // Draws the paper part; `pages` from paginate(). The writer is on the first paper page.
    void draw(int pages)
    {
        int page = 0;
        header(true);
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            while (m_place[i].page > page) {
                footer(page, pages);
                m_p.newPage();
                ++page;
                header(false);
            }
            item(m_items[i], i, m_place[i].y);
        }
        footer(page, pages);
    }

    // The running footer of both parts: who, where, and the page of its part.
    static void footerLine(FormPainter& p, const PaperHeader& h, const QString& part, int page,
                           int pages)
    {
        const double y = p.pageHeight() - kFooter + 1;
        const double width = p.pageWidth() - 2 * kMargin;
        p.line(kMargin, y, kMargin + width, y, 0.2);
        p.text(p.mm(kMargin, y + 0.5, width * 0.75, 6),
               QStringLiteral("准考证号 %1　·　%2　·　考位 %3　·　场次 %4")
                   .arg(q(h.ticketNo), q(h.name))
                   .arg(h.seatNo)
                   .arg(q(h.sessionId)),
               8, Qt::AlignVCenter | Qt::AlignLeft);
        p.text(p.mm(kMargin + width * 0.75, y + 0.5, width * 0.25, 6),
               QStringLiteral("%1　第 %2 页 / 共 %3 页").arg(part).arg(page + 1).arg(pages), 8,
               Qt::AlignVCenter | Qt::AlignRight);
    }

private:
    double top() const { return kMargin + 8; }
    double firstTop() const { return kMargin + 66; }
    double bottom() const { return m_p.pageHeight() - kFooter - 2; }

    double itemHeight(const PrintedItem& item)
    {
        double h = m_p.wrappedHeight(m_width, stemText(item, 0), kStemPoints, true) + 1;
        for (const auto& line : optionLines(item))
            h += m_p.wrappedHeight(m_width - 8, line, kOptionPoints);
        if (!item.image.isEmpty())
            h += kImageHeight + 2;
        if (item.kept)
            h += 6;
        return h + 3;
    }

    void header(bool first)
    {
        if (!first) {
            m_p.text(m_p.mm(kMargin, kMargin, m_width, 6),
                     QStringLiteral("%1　纸质试卷（续）").arg(q(m_h.subject)), 9,
                     Qt::AlignVCenter | Qt::AlignLeft);
            m_p.line(kMargin, kMargin + 6.5, kMargin + m_width, kMargin + 6.5, 0.2);
            return;
        }
        double y = kMargin;
        m_p.text(m_p.mm(kMargin, y, m_width, 10),
                 QStringLiteral("%1考试　纸质试卷").arg(q(m_h.subject)), 18, Qt::AlignCenter, true,
                 true);
        y += 11;
        m_p.text(m_p.mm(kMargin, y, m_width, 6), q(m_h.planName), 9);
        y += 7;
        const double label = 22, half = m_width / 2;
        auto pair = [&](double x, const QString& name, const QString& value) {
            m_p.labelCell(m_p.mm(x, y, label, 7), name, 9);
            m_p.valueCell(m_p.mm(x + label, y, half - label, 7), value, 10);
        };
        pair(kMargin, QStringLiteral("姓名"), q(m_h.name));
        pair(kMargin + half, QStringLiteral("准考证号"), q(m_h.ticketNo));
        y += 7;
        pair(kMargin, QStringLiteral("身份证件号"), q(m_h.idNo));
        pair(kMargin + half, QStringLiteral("考场 / 考位"),
             QStringLiteral("%1 / %2 号").arg(q(m_h.roomId)).arg(m_h.seatNo));
        y += 7;
        pair(kMargin, QStringLiteral("考试时间"), formatWindow(m_h.windowStart, m_h.windowEnd));
        pair(kMargin + half, QStringLiteral("场次"),
             q(m_h.sessionId) + (m_h.attempt == 2 ? QStringLiteral("（补考）") : QString()));
        y += 9;
        m_p.box(m_p.mm(kMargin, y, m_width, 22), 0.3);
        m_p.text(m_p.mm(kMargin + 1, y, m_width - 2, 22),
                 QStringLiteral(
                     "考生须知：本卷共 %1 题，满分 %2 分，%3 分及以上为合格，考试时长 %4 分钟。"
                     "答案一律填涂在答题卡上，写在试卷上无效。判断题 A 为“对”、B 为“错”；"
                     "单选题只选一项；多选题选两项及以上，多选、错选不得分。"
                     "标有“已在考位上作答”的题目保留机考答案，无需再答。"
                     "交卷时试卷与答题卡一并交回，不得带出考场。")
                     .arg(m_items.size())
                     .arg(m_h.totalPoints)
                     .arg(m_h.passPoints)
                     .arg(m_h.durationMinutes),
                 9.5, Qt::AlignVCenter | Qt::AlignLeft);
    }

    void item(const PrintedItem& it, std::size_t index, double y)
    {
        const QString stem = stemText(it, index);
        double h = m_p.wrappedHeight(m_width, stem, kStemPoints, true);
        m_p.text(m_p.mm(kMargin, y, m_width, h), stem, kStemPoints,
                 Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, true);
        y += h + 1;
        if (it.kept) {
            m_p.fill(m_p.mm(kMargin + 8, y, 92, 5.5), QColor(225, 225, 225));
            m_p.text(m_p.mm(kMargin + 8, y, 92, 5.5),
                     QStringLiteral("已在考位上作答：保留机考答案，无需再答"), 9,
                     Qt::AlignVCenter | Qt::AlignLeft, true);
            y += 6;
        }
        if (!it.image.isEmpty()) {
            m_p.image(m_p.mm(kMargin + 8, y, 80, kImageHeight), QImage::fromData(it.image),
                      QStringLiteral("（图片缺失）"));
            y += kImageHeight + 2;
        }
        for (const auto& text : optionLines(it)) {
            const double oh = m_p.wrappedHeight(m_width - 8, text, kOptionPoints);
            m_p.text(m_p.mm(kMargin + 8, y, m_width - 8, oh), text, kOptionPoints,
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
            y += oh;
        }
    }

    void footer(int page, int pages) { footerLine(m_p, m_h, QStringLiteral("试卷"), page, pages); }

    FormPainter& m_p;
    const PaperHeader& m_h;
    const std::vector<PrintedItem>& m_items;
    double m_width;
    std::vector<Placement> m_place;
};

// 答题卡: a grid of questions with a box per printed option letter.
class AnswerSheetLayout
{
public:
    AnswerSheetLayout(FormPainter& p, const PaperHeader& h, const std::vector<PrintedItem>& items)
        : m_p(p), m_h(h), m_items(items), m_width(p.pageWidth() - 2 * kMargin)
    {
    }

    int rowsPerPage() const
    {
        return int((m_p.pageHeight() - kFooter - kMargin - 40 - 46) / kSheetRow);
    }

    int pages() const
    {
        const int rows = (int(m_items.size()) + kSheetColumns - 1) / kSheetColumns;
        return std::max(1, (rows + rowsPerPage() - 1) / rowsPerPage());
    }

    void draw()
    {
        const int total = pages();
        const int perPage = rowsPerPage() * kSheetColumns;
        for (int page = 0; page < total; ++page) {
            if (page > 0)
                m_p.newPage();
            double y = header(page);
            const std::size_t first = std::size_t(page * perPage);
            const std::size_t last = std::min(m_items.size(), first + std::size_t(perPage));
            const double cell = m_width / kSheetColumns;
            // Numbered down each column, as on printed answer cards.
            const int rows = int((last - first + kSheetColumns - 1) / kSheetColumns);
            for (std::size_t i = first; i < last; ++i) {
                const int k = int(i - first);
                const int column = k / rows, row = k % rows;
                box(m_items[i], i, kMargin + column * cell, y + row * kSheetRow, cell);
            }
            y += rows * kSheetRow + 4;
            if (page == total - 1)
                signatures(y);
            PaperLayout::footerLine(m_p, m_h, QStringLiteral("答题卡"), page, total);
        }
    }

private:
    double header(int page)
    {
        double y = kMargin;
        m_p.text(m_p.mm(kMargin, y, m_width, 10),
                 page == 0 ? QStringLiteral("纸质试卷答题卡")
                           : QStringLiteral("纸质试卷答题卡（续）"),
                 18, Qt::AlignCenter, true, true);
        y += 12;
        const double label = 22, half = m_width / 2;
        auto pair = [&](double x, const QString& name, const QString& value) {
            m_p.labelCell(m_p.mm(x, y, label, 7), name, 9);
            m_p.valueCell(m_p.mm(x + label, y, half - label, 7), value, 10);
        };
        pair(kMargin, QStringLiteral("姓名"), q(m_h.name));
        pair(kMargin + half, QStringLiteral("准考证号"), q(m_h.ticketNo));
        y += 7;
        pair(kMargin, QStringLiteral("考场 / 考位"),
             QStringLiteral("%1 / %2 号").arg(q(m_h.roomId)).arg(m_h.seatNo));
        pair(kMargin + half, QStringLiteral("场次"), q(m_h.sessionId));
        y += 9;
        m_p.text(m_p.mm(kMargin, y, m_width, 10),
                 QStringLiteral("在所选字母的方框内涂黑或打“✓”；判断题 A=对，B=错。"
                                "划去的题目已在考位上作答，保留机考答案，无需填涂。"),
                 9, Qt::AlignVCenter | Qt::AlignLeft);
        return y + 12;
    }

    void box(const PrintedItem& item, std::size_t index, double x, double y, double w)
    {
        m_p.text(m_p.mm(x, y, 10, kSheetRow), QString::number(index + 1), 10,
                 Qt::AlignVCenter | Qt::AlignRight, true);
        const double boxW = 5.0, gap = 1.6;
        double bx = x + 12;
        for (int o = 0; o < item.options.size(); ++o) {
            m_p.box(m_p.mm(bx, y + 1.8, boxW, kSheetRow - 3.6), 0.25);
            m_p.text(m_p.mm(bx - 0.6, y + 1.8, boxW + 1.2, kSheetRow - 3.6), letter(o), 7);
            bx += boxW + gap;
        }
        if (item.kept) {
            m_p.line(x + 11, y + kSheetRow / 2, bx, y + kSheetRow / 2, 0.5);
            m_p.text(m_p.mm(bx, y, w - (bx - x), kSheetRow), QStringLiteral("机考已答"), 7,
                     Qt::AlignVCenter | Qt::AlignLeft);
        }
    }

    void signatures(double y)
    {
        m_p.box(m_p.mm(kMargin, y, m_width, 38), 0.4);
        const double half = (m_width - 4) / 2;
        const QString labels[] = {QStringLiteral("考生签名："), QStringLiteral("监考人员签名："),
                                  QStringLiteral("第一录入人签名："),
                                  QStringLiteral("第二录入人签名：")};
        for (int i = 0; i < 4; ++i) {
            const double x = kMargin + 2 + (i % 2) * half;
            const double ly = y + 2 + (i / 2) * 11;
            m_p.text(m_p.mm(x, ly, 34, 9), labels[i], 10, Qt::AlignVCenter | Qt::AlignLeft);
            m_p.line(x + 34, ly + 7, x + half - 6, ly + 7, 0.2);
        }
        m_p.text(
            m_p.mm(kMargin + 2, y + 25, m_width - 4, 11),
            QStringLiteral("交卷时间：______ 时 ______ 分　　两名工作人员分别独立录入本答题卡，"
                           "系统比对两次录入，不一致之处须核对原件后方可评分。"),
            9, Qt::AlignVCenter | Qt::AlignLeft);
    }

    FormPainter& m_p;
    const PaperHeader& m_h;
    const std::vector<PrintedItem>& m_items;
    double m_width;
};

} // namespace

std::vector<PrintedItem> printedItems(const Paper& paper, const QuestionBank& bank,
                                      const std::set<std::size_t>& kept,
                                      const package::SecretFiles& images)
{
    std::vector<PrintedItem> out;
    for (std::size_t i = 0; i < paper.items.size(); ++i) {
        const PaperItem& item = paper.items[i];
        const Question* question = bank.find(item.questionId);
        PrintedItem printed;
        printed.type = item.type;
        printed.points = item.pointsEach;
        printed.kept = kept.count(i) > 0;
        printed.stem = question ? q(question->stem) : q(item.questionId);
        if (item.type == QuestionType::TrueFalse) {
            printed.options = {QStringLiteral("对"), QStringLiteral("错")};
        } else if (question) {
            for (int bankIndex : item.optionOrder)
                printed.options.append(q(question->options.at(std::size_t(bankIndex))));
        }
        if (question && !question->image.empty()) {
            // No copy: QImage::fromData decodes the guarded bytes in place. A missing image
            // prints as "（图片缺失）" in its box.
            const auto bytes = images.find(question->image);
            printed.image = bytes && !bytes->empty()
                                ? QByteArray::fromRawData(bytes->data(), qsizetype(bytes->size()))
                                : QByteArrayLiteral("missing");
        }
        out.push_back(std::move(printed));
    }
    return out;
}

PrintResult PaperPrinter::print(QIODevice& out, const PaperHeader& header,
                                const std::vector<PrintedItem>& items) const
{
    if (items.empty())
        return PrintResult::failure(QStringLiteral("the paper has no questions"));
    if (const QString error = prepareOutput(out); !error.isEmpty())
        return PrintResult::failure(error);
    int pages = 0;
    {
        QPdfWriter writer(&out);
        writer.setTitle(QStringLiteral("纸质试卷 %1").arg(q(header.ticketNo)));
        writer.setCreator(QStringLiteral("examroom proctor"));
        FormPainter p(writer);
        if (!p.active())
            return unwritable(out);
        PaperLayout paper(p, header, items);
        const int paperPages = paper.paginate();
        paper.draw(paperPages);
        p.newPage();
        AnswerSheetLayout sheet(p, header, items);
        sheet.draw();
        pages = paperPages + sheet.pages();
        p.end();
    }
    return PrintResult::success(pages);
}

} // namespace examroom::print
