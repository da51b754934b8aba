#pragma once

#include <QQuickImageProvider>

namespace examroom {

class ConsoleManager;

// Serves "image://console/photo/<ticket>": the candidate's photo of the plan in use, decoded
// with QImage::fromData from the plan's guarded memory (LoadedPlan::photos), as the kiosk's
// KioskImageProvider does; no file is read or written. No plan, no such candidate or no
// photo: a null image.
class ConsoleImageProvider : public QQuickImageProvider
{
public:
    explicit ConsoleImageProvider(ConsoleManager& console);
    QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;

    // The URL of `ticket`'s photo.
    static QString photoUrl(const QString& ticket);

private:
    QImage load(const QString& id) const;

    ConsoleManager& m_console;
};

} // namespace examroom
