#include "PracticalReviewController.h"

#include "ConsoleManager.h"
#include "print/ScoreListPrinter.h"
#include "site/PersonSession.h"

#include <cmath>
#include <cstdlib>

namespace examroom {

using practical::AttemptStanding;
using practical::SubjectState;

PracticalReviewController::PracticalReviewController(ConsoleManager& console, QObject* parent)
    : StepController(console, parent)
{
    // QML re-reads on the notify signal before connected slots run: drop the cache first.
    for (auto signal : {&ConsoleManager::planChanged, &ConsoleManager::practicalChanged,
                        &ConsoleManager::personChanged})
        connect(&console, signal, this, [this] {
            m_reviews.reset();
            m_makeUps.reset();
            emit reviewChanged();
        });
}

QVariantList PracticalReviewController::reviews() const
{
    if (!m_reviews)
        m_reviews = readReviews();
    return *m_reviews;
}

QVariantList PracticalReviewController::makeUps() const
{
    if (!m_makeUps)
        m_makeUps = readMakeUps();
    return *m_makeUps;
}

QVariantList PracticalReviewController::readReviews() const
{
    QVariantList out;
    try {
        auto* person = m_console.person();
        if (!person || !m_console.isOpen() || !m_console.plan())
            return out;
        auto& manager = m_console.practical();
        const std::string session = m_console.practicalSessionId();
        const auto rubric = manager.rubric(session);
        if (!rubric)
            return out;
        for (const auto& c : manager.candidates(session)) {
            if (!c.eligible)
                continue;
            for (const auto& s : manager.status(*person, session, c.ticketNo)) {
                if (s.state != SubjectState::NeedsReview)
                    continue;
                auto scores = manager.reviewScores(*person, session, c.ticketNo, s.subjectCode);
                QStringList shown;
                int low = 100, high = 0;
                if (scores.ok())
                    for (int score : *scores.value) {
                        shown.append(QString::number(score));
                        low = std::min(low, score);
                        high = std::max(high, score);
                    }
                QString name;
                for (const auto& subject : rubric->subjects)
                    if (subject.code == s.subjectCode)
                        name = qs(subject.name);
                out.append(
                    QVariantMap{{QStringLiteral("ticketNo"), qs(c.ticketNo)},
                                {QStringLiteral("name"), qs(c.name)},
                                {QStringLiteral("subjectCode"), qs(s.subjectCode)},
                                {QStringLiteral("subjectName"), name},
                                {QStringLiteral("round"), s.round},
                                {QStringLiteral("scores"), shown.join(QStringLiteral(" / "))},
                                {QStringLiteral("difference"), shown.isEmpty() ? 0 : high - low}});
            }
        }
    } catch (const std::exception& e) {
        readFailed("readReviews", e);
    }
    return out;
}

QVariantList PracticalReviewController::readMakeUps() const
{
    QVariantList out;
    try {
        if (!m_console.isOpen())
            return out;
        for (const auto& entry : m_console.practical().makeUpList()) {
            const bool retrain = entry.standing == AttemptStanding::Retrain;
            out.append(QVariantMap{
                {QStringLiteral("idNo"), print::maskIdNumber(entry.idNo)},
                {QStringLiteral("name"), qs(entry.name)},
                {QStringLiteral("exam"), entry.exam == practical::ExamPart::Knowledge
                                             ? tr("理论考试")
                                             : tr("实际操作考试")},
                {QStringLiteral("standing"),
                 retrain ? QStringLiteral("retrain") : QStringLiteral("makeup")},
                {QStringLiteral("standingText"),
                 retrain ? tr("补考不合格：重新参加培训，不再接受考试") : tr("需补考（仅一次）")},
                {QStringLiteral("planId"), qs(entry.planId)}});
        }
    } catch (const std::exception& e) {
        readFailed("readMakeUps", e);
    }
    return out;
}

bool PracticalReviewController::requestRemark(const QString& ticketNo, const QString& subjectCode,
                                              const QString& reason)
{
    auto* p = person();
    return p && guarded([&] {
               if (!report(m_console.practical().requestRemark(
                               *p, m_console.practicalSessionId(), ticketNo.toStdString(),
                               subjectCode.toStdString(), reason.trimmed().toStdString()),
                           tr("%1 %2 已退回考评员重新评分。").arg(ticketNo, subjectCode)))
                   return false;
               m_console.notifyPracticalChanged();
               return true;
           });
}

bool PracticalReviewController::decide(const QString& ticketNo, const QString& subjectCode,
                                       double points, const QString& reason,
                                       const QString& chiefName, const QString& chiefPassword)
{
    if (!person())
        return false;
    return guarded([&] {
        // The decision is the chief grader's, signed and logged as theirs: they type their
        // own password here (a login that is counted like any other).
        auto chief = m_console.accounts().login(chiefName.trimmed().toStdString(),
                                                chiefPassword.toStdString());
        if (!report(chief.outcome, {}))
            return false;
        if (!report(m_console.practical().decide(*chief.value, m_console.practicalSessionId(),
                                                 ticketNo.toStdString(), subjectCode.toStdString(),
                                                 int(std::lround(points * 2)),
                                                 reason.trimmed().toStdString()),
                    tr("主考评员 %1 已裁定 %2 %3：%4 分。")
                        .arg(chiefName.trimmed(), ticketNo, subjectCode)
                        .arg(points)))
            return false;
        m_console.notifyPracticalChanged();
        return true;
    });
}

} // namespace examroom
