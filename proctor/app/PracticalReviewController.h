#pragma once

#include "StepController.h"

#include <optional>
#include <QVariantList>

namespace examroom {

// 实操 复核与补考: the subjects two graders marked too far apart (re-mark, or the chief grader's
// decision with their own password), and everyone who needs a make-up (补考) or must retrain
// (重新参加培训). The rules are shared/practical's; this adapts them for QML.
class PracticalReviewController : public StepController
{
    Q_OBJECT
    Q_PROPERTY(QVariantList reviews READ reviews NOTIFY reviewChanged)
    Q_PROPERTY(QVariantList makeUps READ makeUps NOTIFY reviewChanged)
public:
    explicit PracticalReviewController(ConsoleManager& console, QObject* parent = nullptr);

    // Per flagged subject: ticketNo, name, subjectCode, subjectName, scores ("72 / 90"),
    // difference (points).
    QVariantList reviews() const;
    // Per person: idNo (masked), name, exam (知识/实操 in the console's language), standing
    // ("makeup" or "retrain"), standingText, planId.
    QVariantList makeUps() const;

    // Sends the subject back to its graders for a new round, with a reason (logged).
    Q_INVOKABLE bool requestRemark(const QString& ticketNo, const QString& subjectCode,
                                   const QString& reason);
    // The chief grader settles the subject at `points` (0–100, halves allowed) with a reason;
    // they confirm with their own name and password at this console (logged as theirs).
    Q_INVOKABLE bool decide(const QString& ticketNo, const QString& subjectCode, double points,
                            const QString& reason, const QString& chiefName,
                            const QString& chiefPassword);

signals:
    void reviewChanged();

private:
    QVariantList readReviews() const;
    QVariantList readMakeUps() const;

    // Read once per change: QML asks at every binding that touches them.
    mutable std::optional<QVariantList> m_reviews;
    mutable std::optional<QVariantList> m_makeUps;
};

} // namespace examroom
