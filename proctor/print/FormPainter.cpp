#include "print/FormPainter.h"

#include "print/PrintResult.h"
#include "print/QrCode.h"

#include <algorithm>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextOption>

namespace examroom::print {
namespace {

constexpr int kResolution = 300;
constexpr double kMinPoints = 5.0;

} // namespace

FormPainter::FormPainter(QPdfWriter& writer, bool landscape)
    : m_writer(writer), m_dotsPerMm(kResolution / 25.4)
{
    m_writer.setResolution(kResolution);
    m_writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                       landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                       QMarginsF(0, 0, 0, 0)));
    m_pageWidth = landscape ? 297.0 : 210.0;
    m_pageHeight = landscape ? 210.0 : 297.0;
    m_painter.begin(&m_writer);
    if (m_painter.isActive())
        m_painter.setRenderHint(QPainter::Antialiasing);
}

bool FormPainter::newPage()
{
    return m_writer.newPage();
}

QRectF FormPainter::mm(double x, double y, double w, double h) const
{
    return QRectF(x * m_dotsPerMm, y * m_dotsPerMm, w * m_dotsPerMm, h * m_dotsPerMm);
}

QFont FormPainter::font(double points, bool bold, bool serif) const
{
    QFont f(QString::fromLatin1(serif ? kSerifFamily : kSansFamily));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

void FormPainter::box(const QRectF& r, double lineMm)
{
    m_painter.setPen(QPen(Qt::black, lineMm * m_dotsPerMm));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(r);
}

void FormPainter::fill(const QRectF& r, const QColor& color)
{
    m_painter.fillRect(r, color);
}

void FormPainter::line(double x1, double y1, double x2, double y2, double lineMm,
                       Qt::PenStyle style)
{
    m_painter.setPen(QPen(Qt::black, lineMm * m_dotsPerMm, style));
    m_painter.drawLine(QPointF(x1 * m_dotsPerMm, y1 * m_dotsPerMm),
                       QPointF(x2 * m_dotsPerMm, y2 * m_dotsPerMm));
}

void FormPainter::text(const QRectF& r, const QString& content, double points, int flags, bool bold,
                       bool serif)
{
    // Inner padding of 1 mm so text never touches the box lines.
    const double pad = 1.0 * m_dotsPerMm;
    const QRectF inner = r.adjusted(pad, pad * 0.5, -pad, -pad * 0.5);
    auto fits = [&](double size, int textFlags) {
        m_painter.setFont(font(size, bold, serif));
        QRectF needed = m_painter.boundingRect(inner, textFlags, content);
        return needed.width() <= inner.width() + 0.5 && needed.height() <= inner.height() + 0.5;
    };
    // One line shrunk by up to a fifth reads better than a value broken across two lines
    // (Chinese breaks between any two characters); only then wrap, shrinking further.
    int textFlags = flags;
    double size = points;
    while (size > points * 0.8 && !fits(size, textFlags))
        size -= 0.5;
    if (!fits(size, textFlags)) {
        textFlags = flags | Qt::TextWordWrap;
        for (size = points; size > kMinPoints && !fits(size, textFlags); size -= 0.5) {
        }
    }
    m_painter.setFont(font(std::max(size, kMinPoints), bold, serif));
    m_painter.setPen(Qt::black);
    m_painter.drawText(inner, textFlags, content);
}

double FormPainter::wrappedHeight(double widthMm, const QString& content, double points, bool bold)
{
    const double pad = 1.0 * m_dotsPerMm;
    const QRectF inner(0, 0, widthMm * m_dotsPerMm - 2 * pad, 1e6);
    m_painter.setFont(font(points, bold, false));
    const QRectF needed = m_painter.boundingRect(
        inner, int(Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap), content);
    return (needed.height() + pad) / m_dotsPerMm;
}

void FormPainter::labelCell(const QRectF& r, const QString& label, double points)
{
    fill(r, QColor(238, 238, 238));
    box(r);
    text(r, label, points, Qt::AlignCenter, true);
}

void FormPainter::valueCell(const QRectF& r, const QString& value, double points, int flags)
{
    box(r);
    // Values start 1 mm further in than labels: easier to read beside the label's box line.
    text(r.adjusted(1.0 * m_dotsPerMm, 0, 0, 0), value, points, flags);
}

void FormPainter::image(const QRectF& r, const QImage& picture, const QString& placeholder)
{
    box(r);
    const double pad = 1.5 * m_dotsPerMm;
    QRectF inner = r.adjusted(pad, pad, -pad, -pad);
    if (picture.isNull()) {
        text(inner, placeholder, 10);
        return;
    }
    QSizeF size = QSizeF(picture.size()).scaled(inner.size(), Qt::KeepAspectRatio);
    QRectF target(inner.center() - QPointF(size.width() / 2, size.height() / 2), size);
    m_painter.drawImage(target, picture);
}

void FormPainter::qr(const QRectF& r, const QString& content)
{
    const QrCode code = encodeQr(content);
    const int quiet = 4; // the quiet zone the QR standard asks for, in modules
    const double side = std::min(r.width(), r.height());
    const double module = side / (code.size + 2 * quiet);
    const QPointF origin(r.center().x() - side / 2 + quiet * module,
                         r.center().y() - side / 2 + quiet * module);
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(Qt::black);
    for (int y = 0; y < code.size; ++y)
        for (int x = 0; x < code.size; ++x)
            if (code.dark(x, y))
                // A hair wider than a module so no seams show between neighbours.
                m_painter.drawRect(QRectF(origin.x() + x * module, origin.y() + y * module,
                                          module * 1.02, module * 1.02));
    m_painter.setBrush(Qt::NoBrush);
}

QString formatWindow(const OffsetTime& start, const OffsetTime& end)
{
    auto local = [](const OffsetTime& t) {
        return t.utc + t.offset;
    };
    auto startLocal = local(start);
    auto endLocal = local(end);
    auto day = std::chrono::floor<std::chrono::days>(startLocal);
    std::chrono::year_month_day date(day);
    std::chrono::hh_mm_ss startTime(startLocal - day);
    auto endDay = std::chrono::floor<std::chrono::days>(endLocal);
    std::chrono::hh_mm_ss endTime(endLocal - endDay);
    return QString::asprintf("%04d年%02u月%02u日 %02d:%02d—%02d:%02d", int(date.year()),
                             unsigned(date.month()), unsigned(date.day()),
                             int(startTime.hours().count()), int(startTime.minutes().count()),
                             int(endTime.hours().count()), int(endTime.minutes().count()));
}

QString formatIsoDate(const std::string& isoDate)
{
    auto date = parseIsoDate(isoDate);
    if (!date)
        return QString::fromStdString(isoDate);
    return QString::asprintf("%04d年%02u月%02u日", int(date->year()), unsigned(date->month()),
                             unsigned(date->day()));
}

} // namespace examroom::print
