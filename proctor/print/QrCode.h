#pragma once

#include <QString>
#include <vector>

namespace examroom::print {

// A QR code's modules (libqrencode, error correction level M), row by row; true = dark.
struct QrCode
{
    int size = 0; // modules per side, without the quiet zone
    std::vector<bool> modules;

    bool dark(int x, int y) const { return modules[std::size_t(y * size + x)]; }
};

// Encodes `text` (UTF-8, 8-bit mode). Throws std::runtime_error if libqrencode fails (text
// too long for any version).
QrCode encodeQr(const QString& text);

} // namespace examroom::print
