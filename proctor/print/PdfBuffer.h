#pragma once

#include <QBuffer>
#include <QByteArray>

namespace examroom::print {

// A form's PDF built in memory, never in a file: the printers write to device(), the bytes
// go to the print command (PrintSpool::send) or, the proctor's choice, to a file they named
// (PrintSpool::save). The forms carry names, ID numbers, photos, scores or question texts in
// clear, so the bytes are overwritten (sodium_memzero) when the buffer goes or wipe() is
// called. Room is reserved up front, so that the clear text is not left behind in freed
// blocks as the buffer grows (a larger form still prints).
class PdfBuffer
{
public:
    explicit PdfBuffer(qsizetype reserve = qsizetype(8) << 20);
    ~PdfBuffer();
    PdfBuffer(const PdfBuffer&) = delete;
    PdfBuffer& operator=(const PdfBuffer&) = delete;

    QIODevice& device() { return m_buffer; }
    const QByteArray& bytes() const { return m_bytes; }
    // Overwrites and empties the bytes; the device is closed.
    void wipe();

private:
    QByteArray m_bytes;
    QBuffer m_buffer;
};

} // namespace examroom::print
