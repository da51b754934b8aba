#include "KioskImageProvider.h"

#include "KioskManager.h"
#include "QrImage.h"

namespace examroom {

KioskImageProvider::KioskImageProvider(KioskManager& manager)
    : QQuickImageProvider(QQuickImageProvider::Image), m_manager(manager)
{
}

QImage KioskImageProvider::load(const QString& id) const
{
    const QString kind = id.section(QLatin1Char('/'), 0, 0);
    const QString arg = id.section(QLatin1Char('/'), 1);
    try {
        if (kind == QLatin1String("qr"))
            return qrImage(arg, 6);
        const auto dir = m_manager.mediaDir();
        if (kind == QLatin1String("photo") && m_manager.context()) {
            const Candidate* candidate = m_manager.context()->findCandidate(arg.toStdString());
            if (candidate && !candidate->photo.empty())
                return QImage(QString::fromStdString((dir / candidate->photo).string()));
        }
        if (kind == QLatin1String("question") && m_manager.session()) {
            const int index = arg.toInt();
            if (index >= 0 && index < m_manager.session()->itemCount()) {
                const auto& image = m_manager.session()->question(index).image;
                if (!image.empty())
                    return QImage(QString::fromStdString((dir / image).string()));
            }
        }
    } catch (const std::exception& e) {
        qWarning("kiosk: image %s not available: %s", qPrintable(kind), e.what());
    }
    return {};
}

QImage KioskImageProvider::requestImage(const QString& id, QSize* size, const QSize& requestedSize)
{
    QImage image = load(id);
    if (size)
        *size = image.size();
    if (!image.isNull() && requestedSize.isValid())
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace examroom
