#pragma once

#include "practical/PracticalManager.h"

#include <functional>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <QVariantList>

class QQmlEngine;
class QJSEngine;

namespace examroom {

namespace site {
class PersonSession;
}

// The grader's screen (考评人员录入成绩): pick a candidate and a subject, enter per row the
// points deducted and a note, tick veto items with a reason, see the running total, submit
// (signed with the grader's key). QML only binds these properties and calls the invokables;
// every refusal or fault ends up in `message`, nothing throws into QML.
class GradingController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString sessionId READ sessionId NOTIFY changed)
    Q_PROPERTY(QString grader READ grader NOTIFY changed)
    Q_PROPERTY(QVariantList candidates READ candidates NOTIFY changed)
    Q_PROPERTY(QString ticketNo READ ticketNo NOTIFY changed)
    Q_PROPERTY(QString candidateName READ candidateName NOTIFY changed)
    Q_PROPERTY(QVariantList subjects READ subjects NOTIFY changed)
    Q_PROPERTY(QString subjectCode READ subjectCode NOTIFY changed)
    Q_PROPERTY(QString taskTitle READ taskTitle NOTIFY changed)
    Q_PROPERTY(QVariantList rows READ rows NOTIFY changed)
    Q_PROPERTY(QVariantList vetoes READ vetoes NOTIFY changed)
    Q_PROPERTY(int total READ total NOTIFY markChanged)
    Q_PROPERTY(bool editable READ editable NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
public:
    using PersonSource = std::function<site::PersonSession*()>;
    // The console opens site.db after its controllers exist: the manager is asked for at
    // each action and may throw (caught into `message`) while there is none.
    using ManagerSource = std::function<practical::PracticalManager&()>;

    // `person` says who is logged in at the moment of each action (nullptr: nobody).
    GradingController(practical::PracticalManager& manager, PersonSource person,
                      QObject* parent = nullptr);
    GradingController(ManagerSource manager, PersonSource person, QObject* parent = nullptr);

    // The instance QML gets as the GradingController singleton (set before loading QML).
    static void setInstance(GradingController* instance);
    static GradingController* create(QQmlEngine* engine, QJSEngine*);

    QString sessionId() const { return m_sessionId; }
    QString grader() const;
    QVariantList candidates() const { return m_candidates; }
    QString ticketNo() const { return m_ticketNo; }
    QString candidateName() const { return m_candidateName; }
    QVariantList subjects() const { return m_subjects; }
    QString subjectCode() const { return m_subjectCode; }
    QString taskTitle() const { return m_taskTitle; }
    QVariantList rows() const;
    QVariantList vetoes() const;
    int total() const;
    bool editable() const { return m_editable; }
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }

    // Works on practical session `sessionId`; clears the selection. False (with a message)
    // for an unknown session.
    Q_INVOKABLE bool openSession(const QString& sessionId);
    // Forgets the session and the selection (nobody logged in, another plan).
    void reset();
    // Reads the lists again (marks by others, a re-mark, a new draw) keeping the selection.
    Q_INVOKABLE void reload();
    // Selects a candidate by ticket number (typed or scanned) and their first subject still
    // to mark. False with a message when there is no such eligible candidate.
    Q_INVOKABLE bool selectCandidate(const QString& ticketNo);
    // Selects one of the candidate's subjects by code ("K2") or by its number ("2").
    Q_INVOKABLE bool selectSubject(const QString& codeOrNumber);
    // Sets the points deducted on row `row` (0-based); out-of-range values are kept as typed
    // and refused at submit with the rule they break.
    Q_INVOKABLE void setDeduction(int row, int points);
    Q_INVOKABLE void setNote(int row, const QString& note);
    Q_INVOKABLE void setVeto(int index, bool on);
    Q_INVOKABLE void setVetoReason(int index, const QString& reason);
    // Signs and stores the mark; on success moves to the next subject to mark. False with
    // the refusal in `message` otherwise (nothing stored then).
    Q_INVOKABLE bool submit();

signals:
    // The selection, lists, rows or vetoes changed (views rebuild).
    void changed();
    // Only what is typed changed (the running total): rows keep their fields and focus.
    void markChanged();
    void messageChanged();

private:
    void refresh();
    void loadSubject();
    void say(const QString& text, bool error);
    bool guarded(const std::function<bool()>& action);
    const PracticalTask* task() const;

    practical::PracticalManager& manager() const { return m_manager(); }

    ManagerSource m_manager;
    PersonSource m_person;
    QString m_sessionId;
    std::optional<PracticalRubric> m_rubric;
    QVariantList m_candidates;
    QString m_ticketNo;
    QString m_candidateName;
    QVariantList m_subjects;
    QString m_subjectCode;
    QString m_taskTitle;
    int m_taskIndex = -1;
    practical::MarkEntry m_entry;
    std::vector<bool> m_vetoOn;
    std::vector<QString> m_vetoReason;
    bool m_editable = false;
    QString m_message;
    bool m_messageIsError = false;
};

} // namespace examroom
