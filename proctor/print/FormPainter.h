#pragma once

#include "util/IsoTime.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <string>

class QPdfWriter;

namespace examroom::print {

// Draws a paper form in millimetres on an A4 QPdfWriter page: boxed label and value cells,
// text shrunk until it fits its box, photos and QR codes. Keeps the layout code of each form
// free of device units.
class FormPainter
{
public:
    // Starts painting on `writer` (A4, `landscape` or portrait, 300 dpi, no margins).
    // Check active() before drawing: false when the file could not be opened.
    FormPainter(QPdfWriter& writer, bool landscape = false);

    bool active() const { return m_painter.isActive(); }
    // Ends the current page and starts the next.
    bool newPage();
    // Finishes the file.
    void end() { m_painter.end(); }

    double pageWidth() const { return m_pageWidth; }
    double pageHeight() const { return m_pageHeight; }

    // A rectangle in millimetres from the page's top-left corner.
    QRectF mm(double x, double y, double w, double h) const;

    void box(const QRectF& r, double lineMm = 0.3);
    void fill(const QRectF& r, const QColor& color);
    void line(double x1, double y1, double x2, double y2, double lineMm = 0.3,
              Qt::PenStyle style = Qt::SolidLine);
    // Text in `r`, word-wrapped and shrunk from `points` (down to 5 pt) until it fits.
    void text(const QRectF& r, const QString& text, double points, int flags = Qt::AlignCenter,
              bool bold = false, bool serif = false);
    // The height in mm that `text` needs at `points`, word-wrapped to `widthMm` (with the 1 mm
    // padding text() adds), so that flowing content (questions) can be paginated before it is
    // drawn.
    double wrappedHeight(double widthMm, const QString& text, double points, bool bold = false);
    // A boxed, shaded label cell (the form's printed field name).
    void labelCell(const QRectF& r, const QString& label, double points = 10);
    // A boxed value cell.
    void valueCell(const QRectF& r, const QString& value, double points = 11,
                   int flags = Qt::AlignVCenter | Qt::AlignLeft);
    // The image scaled into `r` keeping its proportions, centred; a placeholder text when the
    // image is null.
    void image(const QRectF& r, const QImage& image, const QString& placeholder);
    // A QR code of `text`, square, centred in `r`, with its quiet zone.
    void qr(const QRectF& r, const QString& text);

private:
    QFont font(double points, bool bold, bool serif) const;

    QPdfWriter& m_writer;
    QPainter m_painter;
    double m_dotsPerMm;
    double m_pageWidth;
    double m_pageHeight;
};

// "2027年03月08日 08:00—10:00", in the offset the window was written with.
QString formatWindow(const OffsetTime& start, const OffsetTime& end);
// "2027年03月08日" from "2027-03-08"; the text unchanged when it is not a date.
QString formatIsoDate(const std::string& isoDate);

} // namespace examroom::print
