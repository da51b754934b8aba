#include "print/PrintResult.h"

#include <QFontDatabase>

namespace examroom::print {

bool cjkFontsAvailable()
{
    return QFontDatabase::hasFamily(QString::fromLatin1(kSansFamily)) &&
           QFontDatabase::hasFamily(QString::fromLatin1(kSerifFamily));
}

} // namespace examroom::print
