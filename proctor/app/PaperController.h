#pragma once

#include "exam/ExamContext.h"
#include "package/SecretFiles.h"
#include "paper/PaperEntryForm.h"
#include "paper/PaperManager.h"
#include "PrintingStep.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <QStringList>
#include <QVariantList>
#include <set>

namespace examroom {

class RoomService;

// 纸质试卷: choose a candidate → switch to paper (reason) → print the paper and answer sheet →
// first entry → second entry (another staff member, logged in) → differences → resolve →
// score. Every rule is paper::PaperManager's; this adapts it to the screen. The paper's
// question texts come from the bank opened in memory with the data key the start unwrapped,
// its images are kept in guarded memory, and the paper goes through the console's print spool
// (PrintingStep: built in memory, piped to the print command's standard input): no file is
// written (savePaper is the proctor's explicit exception).
class PaperController : public PrintingStep
{
    Q_OBJECT
    Q_PROPERTY(QVariantList candidates READ candidates NOTIFY paperChanged)
    Q_PROPERTY(QString ticket READ ticket NOTIFY paperChanged)
    Q_PROPERTY(QString candidateText READ candidateText NOTIFY paperChanged)
    Q_PROPERTY(QString stage READ stage NOTIFY paperChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY paperChanged)
    Q_PROPERTY(QVariantList items READ items NOTIFY paperChanged)
    Q_PROPERTY(QVariantList differences READ differences NOTIFY paperChanged)
    Q_PROPERTY(QString sheetText READ sheetText NOTIFY paperChanged)
    // The entry being typed (paper::PaperEntryForm): the item typed now (items.length past the
    // last open one), what its field shows, the letters of every item, why Enter was refused.
    Q_PROPERTY(int entryCurrent READ entryCurrent NOTIFY entryChanged)
    Q_PROPERTY(bool entryAtEnd READ entryAtEnd NOTIFY entryChanged)
    Q_PROPERTY(QString entryText READ entryText NOTIFY entryChanged)
    Q_PROPERTY(QStringList entryAnswers READ entryAnswers NOTIFY entryChanged)
    Q_PROPERTY(QString entryError READ entryError NOTIFY entryChanged)
public:
    explicit PaperController(ConsoleManager& console, QObject* parent = nullptr);
    ~PaperController() override;

    // Present candidates and those on paper: {ticket, text, onPaper}.
    QVariantList candidates() const;
    QString ticket() const { return m_ticket; }
    QString candidateText() const;
    // "choose", "switch", "print", "first", "second", "differences", "score", "done"
    QString stage() const;
    QString statusText() const;
    // The entry form: {number, type, choices ("A–D"), count, kept}.
    QVariantList items();
    // {item, number, first, second, resolved}; empty before both entries.
    QVariantList differences() const;
    QString sheetText() const;
    int entryCurrent() const { return int(m_entry.current()); }
    bool entryAtEnd() const { return m_entry.atEnd(); }
    QString entryText() const;
    QStringList entryAnswers() const;
    QString entryError() const { return m_entryError; }

    // The room link, for locking a switched candidate's kiosk (none: nothing is sent).
    void setLink(RoomService* link) { m_link = link; }
    // The session's exam context with the bank open (nullptr with a message without the data
    // key); for the screen walk-through, which enters a second staff member's entry directly.
    const ExamContext* examContext() { return context(); }

    Q_INVOKABLE void select(const QString& ticket);
    Q_INVOKABLE bool switchToPaper(const QString& reason);
    // The whole room: every present candidate not yet on paper.
    Q_INVOKABLE bool switchRoom(const QString& reason);
    Q_INVOKABLE bool printPaper();
    // The proctor's deliberate choice (no printer here; printed elsewhere): the selected
    // candidate's paper as a PDF written to `path`, a file the proctor named. The only way the
    // console writes question texts to a disk; recorded in the audit log (paper-saved).
    Q_INVOKABLE bool savePaper(const QString& path);
    // The paper was printed before (e.g. before a console restart): go on to the entry.
    Q_INVOKABLE void markPrinted();
    // A fresh entry of the selected candidate's paper (the screen opens): every item blank,
    // typing at the first item not kept from the kiosk.
    Q_INVOKABLE void beginEntry();
    // Enter in the entry field: `letters` stored for the current item and typing moved to the
    // next open one; false with entryError set when the item does not take them.
    Q_INVOKABLE bool commitEntry(const QString& letters);
    // Up in the entry field: back to the previous open item; false at the first.
    Q_INVOKABLE bool entryBack();
    // A click on item `index`: typing goes there; false for an item kept from the kiosk.
    Q_INVOKABLE bool entryGo(int index);
    Q_INVOKABLE bool submitEntry(const QStringList& answers);
    Q_INVOKABLE bool resolve(int item, const QString& answer, const QString& reason);
    Q_INVOKABLE bool score();

signals:
    void paperChanged();
    void entryChanged();
    // A new entry was begun (beginEntry): the screen empties its field.
    void entryBegun();

private:
    // The session's exam context with the bank open; nullopt (with a message) without the
    // data key. Kept in memory for the run.
    const ExamContext* context();
    // A candidate is selected and the console is open: the paper getters have something to say.
    bool selected() const;
    // The selected candidate's paper status; nullopt when none is selected or the candidate
    // still sits at a kiosk (tell the two apart with selected()).
    std::optional<paper::PaperStatus> selectedStatus() const;
    // After every change of the paper: a new entry when the candidate, the person logged in or
    // the entry to make (first, second, none) changed — one staff member never types on from
    // another's letters.
    void followEntry();
    // Whose entry it is: ticket, person and the entry to make ("first"/"second"; "" for none).
    QString entryKey() const;
    // The selected candidate's paper as drawn for them; nullopt (with a message) without the
    // bank, or when the candidate has no paper.
    std::optional<Paper> selectedPaper();
    // The selected candidate's paper and answer sheet as a form; nullopt (with a message) when
    // it cannot be drawn.
    std::optional<Form> paperForm();
    // Printed or saved: the entry comes next.
    void markPrintedNow();
    // The images `bank` names, copied from `source` into m_images (guarded memory).
    void keepImages(const QuestionBank& bank, const FileSource& source);

    QString m_ticket;
    std::optional<ExamContext> m_context;
    package::SecretFiles m_images; // the opened bank's images, for the printed paper
    std::set<QString> m_printed;
    RoomService* m_link = nullptr;
    paper::PaperEntryForm m_entry;
    QString m_entryError;
    QString m_entryFor; // entryKey() when m_entry was begun
};

} // namespace examroom
