#include "PrintingStep.h"

#include "ConsoleManager.h"
#include "print/PdfBuffer.h"
#include "site/SavedForms.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace examroom {
namespace {

QStringList titles(const std::vector<PrintingStep::Form>& forms)
{
    QStringList out;
    for (const auto& form : forms)
        out.append(form.title);
    return out;
}

} // namespace

PrintingStep::PrintingStep(ConsoleManager& console, QObject* parent)
    : StepController(console, parent)
{
    connect(&console, &ConsoleManager::printerChanged, this, &PrintingStep::printerChanged);
}

bool PrintingStep::hasPrinter() const
{
    return m_console.printer().hasPrinter();
}

void PrintingStep::setPrintedText(const QString& text)
{
    // With its time: the line stays under the button after later prints fail, and must not
    // read as the state of the printer now.
    const auto now =
        QDateTime::fromSecsSinceEpoch(m_console.clock().now().time_since_epoch().count());
    m_printedText = now.toString(QStringLiteral("HH:mm")) + QLatin1Char(' ') + text;
    emit printedChanged();
}

bool PrintingStep::printForms(const std::vector<Form>& forms)
{
    const auto& spool = m_console.printer();
    const QString names = titles(forms).join(tr("、"));
    if (!spool.hasPrinter()) {
        say(tr("未连接打印机（找不到 lp）：%1不写入磁盘。请连接打印机后重试，"
               "或用“另存为 PDF”保存到您选择的位置。")
                .arg(names),
            true);
        return false;
    }
    QStringList sent;
    QStringList failed;
    for (const auto& form : forms) {
        print::PdfBuffer pdf;
        const auto made = form.render(pdf.device());
        if (!made.ok) {
            failed.append(tr("%1未能生成：%2").arg(form.title, made.error));
            continue;
        }
        const auto done = spool.send(pdf.bytes());
        pdf.wipe(); // the command has it (or failed): the clear text does not stay here
        if (!done.ok) {
            failed.append(
                tr("%1未能打印（%2：%3）").arg(form.title, spool.command().front(), done.error));
            continue;
        }
        sent.append(done.said.isEmpty()
                        ? tr("%1 %2 页").arg(form.title).arg(made.pages)
                        : tr("%1 %2 页（%3）").arg(form.title).arg(made.pages).arg(done.said));
    }
    if (!sent.isEmpty())
        setPrintedText(tr("已送打印机：%1。").arg(sent.join(tr("；"))));
    if (!failed.isEmpty()) {
        say(tr("%1。请检查打印机后重试。").arg(failed.join(tr("；"))), true);
        return false;
    }
    say(m_printedText, false);
    return true;
}

bool PrintingStep::saveForms(const std::vector<Form>& forms, const QString& path,
                             const Record& record)
{
    const QString target = print::PrintSpool::localFile(path);
    if (target.isEmpty()) {
        say(tr("请填写保存 PDF 的位置（文件夹，或单个表格的文件名）。"), true);
        return false;
    }
    auto* p = person();
    if (!p)
        return false;
    const bool folder = QFileInfo(target).isDir();
    if (!folder && forms.size() != 1) {
        say(tr("%1 是多份表格：请填写一个已有的文件夹。").arg(titles(forms).join(tr("、"))), true);
        return false;
    }
    QStringList saved;
    QStringList failed;
    for (const auto& form : forms) {
        const QString file = folder ? QDir(target).filePath(form.fileName) : target;
        print::PdfBuffer pdf;
        const auto made = form.render(pdf.device());
        if (!made.ok) {
            failed.append(tr("%1未能生成：%2").arg(form.title, made.error));
            continue;
        }
        const QString error = print::PrintSpool::save(pdf.bytes(), file);
        pdf.wipe();
        if (!error.isEmpty()) {
            failed.append(tr("%1未能保存到 %2：%3").arg(form.title, file, error));
            continue;
        }
        // Recorded, or not kept: no copy of a form leaves the console unrecorded.
        const auto recorded =
            record ? record(form, file.toStdString())
                   : site::recordFormSaved(m_console.store(), *p, form.kind, m_console.sessionId(),
                                           file.toStdString());
        if (!recorded.ok()) {
            QFile::remove(file);
            failed.append(tr("%1未保存：%2").arg(form.title, refusalText(recorded)));
            continue;
        }
        saved.append(tr("%1 %2 页 → %3").arg(form.title).arg(made.pages).arg(file));
    }
    if (!saved.isEmpty())
        setPrintedText(
            tr("已按您的选择保存：%1（文件未加密，打印后请删除）。").arg(saved.join(tr("；"))));
    if (!failed.isEmpty()) {
        say(failed.join(tr("；")), true);
        return false;
    }
    say(m_printedText, false);
    return true;
}

} // namespace examroom
