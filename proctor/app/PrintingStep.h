#pragma once

#include "print/PrintResult.h"
#include "StepController.h"

#include <functional>
#include <string>
#include <vector>

class QIODevice;

namespace examroom {

// A step whose screen prints forms (admission tickets, seat chart, close forms, practical
// sheets, paper fallback), all through the console's one print spool: each form is built in
// memory (print::PdfBuffer), piped to the print command's standard input
// (print::PrintSpool) and wiped; no file is written. Without a printer the screen offers
// 另存为 PDF: the forms written to a path the proctor types, each on record in the audit log.
// printedText says what the last print or save did, for the line under the button.
class PrintingStep : public StepController
{
    Q_OBJECT
    Q_PROPERTY(bool hasPrinter READ hasPrinter NOTIFY printerChanged)
    Q_PROPERTY(QString printedText READ printedText NOTIFY printedChanged)
public:
    explicit PrintingStep(ConsoleManager& console, QObject* parent = nullptr);

    // One printed form: its name for the proctor ("准考证"), its kind for the audit log and
    // the file name ("admission-tickets"), the file name a save into a folder uses, and how it
    // is drawn (a printer's print into the device given).
    struct Form
    {
        QString title;
        std::string kind;
        QString fileName;
        std::function<print::PrintResult(QIODevice&)> render;
    };
    // How a save is put on record: the form and the path written; refused → the file is
    // removed again. The default records site::recordFormSaved for the session.
    using Record = std::function<site::Outcome(const Form& form, const std::string& path)>;

    bool hasPrinter() const;
    QString printedText() const { return m_printedText; }

signals:
    void printerChanged();
    void printedChanged();

protected:
    // Prints every form (one failing does not stop the others). No printer: refused with a
    // message pointing at 另存为 PDF. True when the print command took every form.
    bool printForms(const std::vector<Form>& forms);
    // The proctor's choice when there is no printer: to a folder `path` (typed, or a file://
    // URL), each form under its file name; or, for one form, to the file `path`. Each file
    // written whole (QSaveFile) and recorded; nothing is written while nobody is logged in.
    bool saveForms(const std::vector<Form>& forms, const QString& path, const Record& record = {});
    void setPrintedText(const QString& text);

private:
    QString m_printedText;
};

} // namespace examroom
