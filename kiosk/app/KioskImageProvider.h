#pragma once

#include <QQuickImageProvider>

namespace examroom {

class KioskManager;

// Serves "image://kiosk/…": photo/<ticket> (the candidate's photo), question/<index> (the
// image under a stem) and qr/<text> (the receipt QR). Images come through the manager so that
// they can later come from kiosk.db instead of files. A missing image is a null image.
class KioskImageProvider : public QQuickImageProvider
{
public:
    explicit KioskImageProvider(KioskManager& manager);
    QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;

private:
    QImage load(const QString& id) const;

    KioskManager& m_manager;
};

} // namespace examroom
