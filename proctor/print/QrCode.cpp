#include "print/QrCode.h"

#include <memory>
#include <qrencode.h>
#include <stdexcept>

namespace examroom::print {

QrCode encodeQr(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        throw std::runtime_error("libqrencode could not encode the QR code");
    QrCode out;
    out.size = code->width;
    out.modules.reserve(std::size_t(code->width) * std::size_t(code->width));
    for (int i = 0; i < code->width * code->width; ++i)
        out.modules.push_back((code->data[i] & 1) != 0); // bit 0: dark module
    return out;
}

} // namespace examroom::print
