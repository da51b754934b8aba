#include "StartController.h"

#include "ConsoleManager.h"
#include "print/FormPainter.h"
#include "RoomService.h"

#include <QDateTime>

namespace examroom {

StartController::StartController(ConsoleManager& console, QObject* parent)
    : StepController(console, parent)
{
    connect(&console, &ConsoleManager::sessionChanged, this, &StartController::startChanged);
}

bool StartController::started() const
{
    try {
        auto s = m_console.session();
        return s && s->startedAt.has_value();
    } catch (const std::exception& e) {
        readFailed("started", e);
        return false;
    }
}

bool StartController::canStart() const
{
    try {
        return m_console.plan() && m_console.plan()->package && m_console.session() && !started();
    } catch (const std::exception& e) {
        readFailed("canStart", e);
        return false;
    }
}

QString StartController::windowText() const
{
    auto* plan = m_console.plan();
    if (!plan)
        return {};
    const auto& w = plan->files.plan.knowledgeExam;
    return print::formatWindow(w.start, w.end);
}

QString StartController::startedText() const
{
    try {
        auto s = m_console.session();
        if (!s || !s->startedAt)
            return {};
        // In the offset the plan's times are written with (the room's local time), not the
        // console machine's zone.
        const int offset =
            m_console.plan() ? int(m_console.plan()->files.plan.knowledgeExam.start.offset.count())
                             : 0;
        return tr("已于 %1 开考")
            .arg(QDateTime::fromSecsSinceEpoch(s->startedAt->time_since_epoch().count(),
                                               Qt::OffsetFromUTC, offset * 60)
                     .toString(QStringLiteral("HH:mm:ss")));
    } catch (const std::exception& e) {
        readFailed("startedText", e);
        return {};
    }
}

int StartController::failedAttempts() const
{
    try {
        auto s = m_console.session();
        return s ? s->authFailedAttempts : 0;
    } catch (const std::exception& e) {
        readFailed("failedAttempts", e);
        return 0;
    }
}

int StartController::totalFailures() const
{
    try {
        auto s = m_console.session();
        return s ? s->authTotalFailures : 0;
    } catch (const std::exception& e) {
        readFailed("totalFailures", e);
        return 0;
    }
}

int StartController::presentCount() const
{
    try {
        if (!m_console.session())
            return 0;
        int n = 0;
        for (const auto& c : m_console.sessions().candidates(m_console.sessionId()))
            n += c.status == site::CandidateStatus::Present ? 1 : 0;
        return n;
    } catch (const std::exception& e) {
        readFailed("presentCount", e);
        return 0;
    }
}

bool StartController::keyInMemory() const
{
    return m_console.dataKey() != nullptr;
}

bool StartController::unlockAgain(const QString& password, const QVariantList& seats)
{
    auto* p = person();
    if (!p)
        return false;
    auto* plan = m_console.plan();
    if (!plan || !plan->package) {
        say(tr("需要中心签名的计划包才能验证授权密码。"), true);
        return false;
    }
    return guarded([&] {
        const package::PackageInfo& info = *plan->package;
        site::AuthorizationCheck check = [&info](std::string_view typed) {
            return package::unwrapDataKey(info, typed);
        };
        auto result =
            m_console.starts().reopenKey(*p, m_console.sessionId(), password.toStdString(), check);
        const bool ok = report(result.outcome, tr("授权密码正确，考位已重新解锁。"));
        if (ok) {
            m_console.setDataKey(std::move(*result.value));
            if (m_link)
                (void)m_link->unlockSeats(seats);
        }
        emit startChanged();
        return ok;
    });
}

bool StartController::start(const QString& password, const QString& earlyReason,
                            const QVariantList& seats)
{
    auto* p = person();
    if (!p)
        return false;
    auto* plan = m_console.plan();
    if (!plan || !plan->package) {
        say(tr("需要中心签名的计划包才能验证授权密码。"), true);
        return false;
    }
    if (!m_console.session()) {
        say(tr("请先在“考场”步骤编排考位。"), true);
        return false;
    }
    return guarded([&] {
        const package::PackageInfo& info = *plan->package;
        site::AuthorizationCheck check = [&info](std::string_view typed) {
            return package::unwrapDataKey(info, typed);
        };
        auto result = m_console.starts().start(*p, m_console.sessionId(), password.toStdString(),
                                               check, earlyReason.trimmed().toStdString());
        const bool ok = report(result.outcome, tr("授权密码正确，考试已开启。"));
        if (ok) {
            m_console.setDataKey(std::move(*result.value));
            if (m_link)
                (void)m_link->unlockSeats(seats);
        }
        m_console.notifySessionChanged();
        emit startChanged();
        return ok;
    });
}

} // namespace examroom
