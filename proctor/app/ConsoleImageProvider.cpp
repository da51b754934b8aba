#include "ConsoleImageProvider.h"

#include "ConsoleManager.h"

#include <QUrl>

namespace examroom {

ConsoleImageProvider::ConsoleImageProvider(ConsoleManager& console)
    : QQuickImageProvider(QQuickImageProvider::Image), m_console(console)
{
}

QString ConsoleImageProvider::photoUrl(const QString& ticket)
{
    // Percent-encoded: a ticket number is the centre's text and may hold a '/' or '#'.
    return QStringLiteral("image://console/photo/") +
           QString::fromLatin1(QUrl::toPercentEncoding(ticket));
}

QImage ConsoleImageProvider::load(const QString& id) const
{
    const QString kind = id.section(QLatin1Char('/'), 0, 0);
    const std::string ticket =
        QUrl::fromPercentEncoding(id.section(QLatin1Char('/'), 1).toLatin1()).toStdString();
    const LoadedPlan* plan = m_console.plan();
    if (kind != QLatin1String("photo") || !plan)
        return {};
    for (const Candidate& c : plan->files.roster)
        if (c.ticketNo == ticket)
            return QImage::fromData(plan->photoBytes(c)); // decoded in place, no copy kept
    return {};
}

QImage ConsoleImageProvider::requestImage(const QString& id, QSize* size,
                                          const QSize& requestedSize)
{
    QImage image;
    try {
        image = load(id);
    } catch (const std::exception& e) {
        qWarning("console: image %s not available: %s",
                 qPrintable(id.section(QLatin1Char('/'), 0, 0)), e.what());
    }
    if (size)
        *size = image.size();
    if (!image.isNull() && requestedSize.isValid())
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace examroom
