#include "print/PdfBuffer.h"

#include <sodium.h>

namespace examroom::print {

PdfBuffer::PdfBuffer(qsizetype reserve) : m_buffer(&m_bytes)
{
    m_bytes.reserve(reserve);
}

PdfBuffer::~PdfBuffer()
{
    wipe();
}

void PdfBuffer::wipe()
{
    m_buffer.close();
    if (!m_bytes.isEmpty())
        sodium_memzero(m_bytes.data(), std::size_t(m_bytes.size()));
    m_bytes.clear();
}

} // namespace examroom::print
