#include "print/PrintSpool.h"

#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace examroom::print {

QStringList PrintSpool::defaultCommand()
{
    const QString lp = QStandardPaths::findExecutable(QStringLiteral("lp"));
    return lp.isEmpty() ? QStringList() : QStringList{lp};
}

PrintSpool::Sent PrintSpool::send(const QByteArray& pdf) const
{
    if (m_command.isEmpty())
        return {false, {}, QStringLiteral("no print command")};
    QProcess printer;
    printer.start(m_command.front(), m_command.mid(1));
    if (!printer.waitForStarted(10000))
        return {false, {}, printer.errorString()};
    printer.write(pdf);
    printer.closeWriteChannel();
    const bool ended = printer.waitForFinished(60000);
    const QString said = QString::fromLocal8Bit(printer.readAllStandardOutput()).trimmed();
    const QString error = QString::fromLocal8Bit(printer.readAllStandardError()).trimmed();
    if (!ended) {
        printer.kill();
        printer.waitForFinished(5000);
        return {false, said, QStringLiteral("%1 did not finish").arg(m_command.front())};
    }
    if (printer.exitStatus() != QProcess::NormalExit)
        return {false, said, QStringLiteral("%1 crashed").arg(m_command.front())};
    if (printer.exitCode() != 0)
        return {
            false, said,
            error.isEmpty()
                ? QStringLiteral("%1 exited with %2").arg(m_command.front()).arg(printer.exitCode())
                : error};
    return {true, said, {}};
}

QString PrintSpool::save(const QByteArray& pdf, const QString& path)
{
    if (path.isEmpty())
        return QStringLiteral("no path");
    QSaveFile out(path);
    if (out.open(QIODevice::WriteOnly) && out.write(pdf) == pdf.size() && out.commit())
        return {};
    return out.errorString().isEmpty() ? QStringLiteral("cannot write %1").arg(path)
                                       : out.errorString();
}

QString PrintSpool::localFile(const QString& typed)
{
    const QString trimmed = typed.trimmed();
    const QUrl url(trimmed);
    return url.isLocalFile() ? url.toLocalFile() : trimmed;
}

} // namespace examroom::print
