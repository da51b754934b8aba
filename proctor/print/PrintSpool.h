#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace examroom::print {

// Where a form built in memory (PdfBuffer) goes. Printing feeds the PDF to the print
// command's standard input (`lp` prints its standard input when given no file), so no file
// is written on the console's side; CUPS keeps its own spool copy until the job prints.
// Without a printer the only way out is save(), to a file the proctor named (the caller
// records it in the audit log). One spool serves every form of the console.
class PrintSpool
{
public:
    // `lp` when it is on PATH, else empty (no printer).
    static QStringList defaultCommand();

    explicit PrintSpool(QStringList command = defaultCommand()) : m_command(std::move(command)) {}

    // The program and its arguments; empty: no printer.
    void setCommand(QStringList command) { m_command = std::move(command); }
    const QStringList& command() const { return m_command; }
    bool hasPrinter() const { return !m_command.isEmpty(); }

    // What the command did with one PDF: whether it took it (started, read it, exited 0),
    // what it said on standard output (lp: "request id is HP-12 (0 file(s))"), and otherwise
    // why not (its standard error, or why it did not run).
    struct Sent
    {
        bool ok = false;
        QString said;
        QString error;
    };
    // Runs the command, writes `pdf` to its standard input and waits for it to end (one
    // minute at most, then it is killed). Without a command: not ok.
    Sent send(const QByteArray& pdf) const;

    // Writes `pdf` to `path` whole or not at all (QSaveFile: a temporary file beside it,
    // renamed). "" when written; otherwise why not.
    static QString save(const QByteArray& pdf, const QString& path);
    // A path typed, or a file:// URL from a dialog, as a local path ("" for blank input).
    static QString localFile(const QString& typed);

private:
    QStringList m_command;
};

} // namespace examroom::print
