#pragma once

#include <QImage>
#include <QString>

namespace examroom {

// A QR code (libqrencode, level M) of `text` with `moduleSize` pixels per module and a
// four-module quiet zone; a null image when the text cannot be encoded.
QImage qrImage(const QString& text, int moduleSize = 8);

} // namespace examroom
