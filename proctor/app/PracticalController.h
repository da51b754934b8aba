#pragma once

#include "PrintingStep.h"

#include <optional>
#include <QStringList>
#include <QVariantList>

namespace examroom {

// 实操 (proctor side): the plan's practical session, who may sit it and why not, the graders,
// the task draw per candidate and subject (system draw or the lot the candidate drew), the
// printed score sheets, and the close with the proctor's countersignature into the outbox.
// Every rule is in shared/practical (PracticalManager); this only adapts it for QML.
class PracticalController : public PrintingStep
{
    Q_OBJECT
    Q_PROPERTY(bool hasRubric READ hasRubric NOTIFY practicalChanged)
    Q_PROPERTY(bool opened READ opened NOTIFY practicalChanged)
    Q_PROPERTY(bool closed READ closed NOTIFY practicalChanged)
    Q_PROPERTY(QString sessionId READ sessionId NOTIFY practicalChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY practicalChanged)
    Q_PROPERTY(QVariantList candidates READ candidates NOTIFY practicalChanged)
    Q_PROPERTY(QVariantList subjects READ subjects NOTIFY practicalChanged)
    Q_PROPERTY(QVariantList graders READ graders NOTIFY practicalChanged)
    Q_PROPERTY(int outboxCount READ outboxCount NOTIFY practicalChanged)
public:
    explicit PracticalController(ConsoleManager& console, QObject* parent = nullptr);

    // The plan names a practical rubric (a practical session can be opened).
    bool hasRubric() const;
    bool opened() const;
    bool closed() const;
    QString sessionId() const;
    // One line: candidates, eligible, drawn, scored, flagged.
    QString summary() const;
    // Per candidate: ticketNo, name, makeUp, eligible, reason (why, in the console's
    // language), tasks ("K11 K21 …"), drawn (every subject), scored ("2/4"), review (a
    // subject flagged), result ("86.5 合格").
    QVariantList candidates() const;
    // The rubric's subjects: code, name, weight, graders, tasks [{code, name}].
    QVariantList subjects() const;
    // Every grader account: name, assigned, chief.
    QVariantList graders() const;
    int outboxCount() const;

    // Opens the plan's practical session with its rubric and roster; the knowledge sheets
    // received so far are recorded first, so eligibility is already right.
    Q_INVOKABLE bool openSession(int maxDifference);
    // The knowledge pass came from elsewhere (another site, an earlier plan): with a reason.
    Q_INVOKABLE bool markEligible(const QString& ticketNo, const QString& reason);
    // An administrator makes a grader account (the password typed twice).
    Q_INVOKABLE bool createGrader(const QString& name, const QString& password,
                                  const QString& repeated);
    Q_INVOKABLE bool assignGrader(const QString& name, bool chief);
    // The system draw for one candidate, or for every eligible candidate not drawn yet.
    Q_INVOKABLE bool drawTasks(const QString& ticketNo);
    Q_INVOKABLE bool drawAll();
    // The lot the candidate drew for one subject.
    Q_INVOKABLE bool recordLot(const QString& ticketNo, const QString& subjectCode,
                               const QString& taskCode);
    // Practical score sheets (paper, to mark by hand first) of every candidate whose tasks
    // are all drawn, one form through the console's print spool (PrintingStep).
    Q_INVOKABLE bool printSheets();
    // No printer: the same sheets saved to `path` (a file, or a folder), on record.
    Q_INVOKABLE bool saveSheets(const QString& path);
    // A machine-scored subject (simulation station): points 0–100 (halves allowed) and the
    // source named.
    Q_INVOKABLE bool enterMachineScore(const QString& ticketNo, const QString& subjectCode,
                                       double points, const QString& source);
    // Countersigns every finished candidate's practical score sheet into the outbox.
    Q_INVOKABLE bool close();
    Q_INVOKABLE void refresh() { changed(); }

signals:
    void practicalChanged();

private:
    void changed()
    {
        m_candidates.reset();
        emit practicalChanged();
    }
    std::string session() const;

    QVariantList readCandidates() const;
    // The sheets as a form; nullopt (with a message) when no candidate is drawn yet.
    std::optional<Form> sheetsForm();

    // Read once per change: QML asks for the list at every binding that touches it.
    mutable std::optional<QVariantList> m_candidates;
};

} // namespace examroom
