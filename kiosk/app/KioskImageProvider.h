#pragma once

#include <QQuickImageProvider>

namespace examroom {

class KioskManager;

// Serves "image://kiosk/…": photo/<ticket> (the candidate's photo), question/<index> (the
// image under a stem) and qr/<text> (the receipt QR). Photos and question images are decoded
// from the manager's guarded memory (KioskManager::images); no file is read or written. A
// missing image is a null image.
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
