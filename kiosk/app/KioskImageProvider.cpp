#include "KioskImageProvider.h"

#include "KioskManager.h"
#include "QrImage.h"

namespace examroom {
namespace {

// Decodes an image held in memory (Qt reads the bytes in place: QImage::fromData makes no copy
// of the encoded file, and nothing touches a disk).
QImage decode(std::optional<std::string_view> bytes)
{
    if (!bytes || bytes->empty())
        return {};
    return QImage::fromData(QByteArrayView(bytes->data(), qsizetype(bytes->size())));
}

} // namespace

KioskImageProvider::KioskImageProvider(KioskManager& manager)
    : QQuickImageProvider(QQuickImageProvider::Image), m_manager(manager)
{
}

QImage KioskImageProvider::load(const QString& id) const
{
    const QString kind = id.section(QLatin1Char('/'), 0, 0);
    const QString arg = id.section(QLatin1Char('/'), 1);
    if (kind == QLatin1String("qr"))
        return qrImage(arg, 6);
    if (kind == QLatin1String("photo") && m_manager.context()) {
        const Candidate* candidate = m_manager.context()->findCandidate(arg.toStdString());
        if (candidate && !candidate->photo.empty())
            return decode(m_manager.images().photos.find(candidate->photo));
    }
    if (kind == QLatin1String("question") && m_manager.session()) {
        const int index = arg.toInt();
        if (index >= 0 && index < m_manager.session()->itemCount()) {
            const auto& image = m_manager.session()->question(index).image;
            if (!image.empty())
                return decode(m_manager.images().questions.find(image));
        }
    }
    return {};
}

QImage KioskImageProvider::requestImage(const QString& id, QSize* size, const QSize& requestedSize)
{
    QImage image;
    try {
        image = load(id);
    } catch (const std::exception& e) {
        qWarning("kiosk: image %s not available: %s",
                 qPrintable(id.section(QLatin1Char('/'), 0, 0)), e.what());
    }
    if (size)
        *size = image.size();
    if (!image.isNull() && requestedSize.isValid())
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace examroom
