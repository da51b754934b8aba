#include "print/PrintResult.h"

#include <QFontDatabase>
#include <QIODevice>

namespace examroom::print {

QString prepareOutput(QIODevice& out)
{
    if (!out.isOpen() && !out.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write the PDF: %1").arg(out.errorString());
    if (!out.isWritable())
        return QStringLiteral("cannot write the PDF: the output is read-only");
    return {};
}

PrintResult unwritable(const QIODevice& out)
{
    return PrintResult::failure(QStringLiteral("cannot write the PDF: %1")
                                    .arg(out.errorString().isEmpty()
                                             ? QStringLiteral("the output is not writable")
                                             : out.errorString()));
}

bool cjkFontsAvailable()
{
    return QFontDatabase::hasFamily(QString::fromLatin1(kSansFamily)) &&
           QFontDatabase::hasFamily(QString::fromLatin1(kSerifFamily));
}

} // namespace examroom::print
