#include "CheckInController.h"

#include "ConsoleImageProvider.h"
#include "ConsoleManager.h"
#include "domain/Enums.h"

#include <QDateTime>
#include <QUrl>

namespace examroom {

CheckInController::CheckInController(ConsoleManager& console, QObject* parent)
    : StepController(console, parent)
{
    connect(&console, &ConsoleManager::sessionChanged, this, [this] {
        emit candidateChanged();
        emit countsChanged();
    });
}

const Candidate* CheckInController::rosterEntry() const
{
    auto* plan = m_console.plan();
    if (!plan || m_ticketNo.isEmpty())
        return nullptr;
    for (const auto& c : plan->files.roster)
        if (qs(c.ticketNo) == m_ticketNo)
            return &c;
    return nullptr;
}

QString CheckInController::name() const
{
    auto* c = rosterEntry();
    return c ? qs(c->name) + QStringLiteral("（") + qs(std::string(label(c->gender))) +
                   QStringLiteral("）")
             : QString();
}

QString CheckInController::idText() const
{
    auto* c = rosterEntry();
    return c ? qs(std::string(label(c->id.type))) + QStringLiteral(" ") + qs(c->id.number)
             : QString();
}

QString CheckInController::seatText() const
{
    try {
        auto c = m_console.sessions().find(m_console.sessionId(), m_ticketNo.toStdString());
        return c && c->seatNo ? tr("考位 %1").arg(*c->seatNo) : tr("未编排考位");
    } catch (const std::exception& e) {
        readFailed("seatText", e);
        return {};
    }
}

QString CheckInController::status() const
{
    if (m_ticketNo.isEmpty())
        return {};
    try {
        auto c = m_console.sessions().find(m_console.sessionId(), m_ticketNo.toStdString());
        return c ? qs(std::string(site::statusName(c->status))) : QString();
    } catch (const std::exception& e) {
        readFailed("status", e);
        return {};
    }
}

QString CheckInController::statusText() const
{
    const QString s = status();
    if (s == QLatin1String("expected"))
        return tr("未签到");
    if (s == QLatin1String("present"))
        return tr("已签到");
    if (s == QLatin1String("absent"))
        return tr("缺考");
    if (s == QLatin1String("submitted"))
        return tr("已交卷");
    if (s == QLatin1String("removed"))
        return tr("已取消考试资格");
    return {};
}

QString CheckInController::photoUrl() const
{
    auto* c = rosterEntry();
    if (!c || c->photo.empty())
        return {};
    // Served from the plan's guarded memory (ConsoleImageProvider); no file behind it.
    return m_console.plan()->photos.find(c->photo) ? ConsoleImageProvider::photoUrl(m_ticketNo)
                                                   : QString();
}

QString CheckInController::cutoffText() const
{
    try {
        auto session = m_console.session();
        if (!session)
            return tr("考场尚未编排");
        if (auto cutoff = session->lateEntryCutoff())
            return tr("迟到入场截止：%1")
                .arg(QDateTime::fromSecsSinceEpoch(cutoff->time_since_epoch().count())
                         .toString(QStringLiteral("HH:mm")));
        return tr("开考后 %1 分钟内可入场").arg(session->lateEntryMinutes);
    } catch (const std::exception& e) {
        readFailed("cutoffText", e);
        return {};
    }
}

int CheckInController::count(const char* status) const
{
    try {
        if (!m_console.session())
            return 0;
        int n = 0;
        for (const auto& c : m_console.sessions().candidates(m_console.sessionId()))
            n += site::statusName(c.status) == status ? 1 : 0;
        return n;
    } catch (const std::exception& e) {
        readFailed("count", e);
        return 0;
    }
}

int CheckInController::totalCount() const
{
    try {
        return m_console.session()
                   ? int(m_console.sessions().candidates(m_console.sessionId()).size())
                   : 0;
    } catch (const std::exception& e) {
        readFailed("totalCount", e);
        return 0;
    }
}

bool CheckInController::search(const QString& query)
{
    return guarded([&] {
        if (!m_console.session()) {
            say(tr("请先在“考场”步骤编排考位。"), true);
            return false;
        }
        auto c = m_console.sessions().find(m_console.sessionId(), query.toStdString());
        m_ticketNo = c ? qs(c->ticketNo) : QString();
        emit candidateChanged();
        if (!c)
            say(tr("本考场没有这位考生。"), true);
        else
            clearMessage();
        return c.has_value();
    });
}

bool CheckInController::checkIn(const QString& lateReason)
{
    auto* p = person();
    if (!p || m_ticketNo.isEmpty())
        return false;
    return guarded([&] {
        const bool ok =
            report(m_console.sessions().checkIn(*p, m_console.sessionId(), m_ticketNo.toStdString(),
                                                lateReason.trimmed().toStdString()),
                   tr("%1 已签到。").arg(name()));
        m_console.notifySessionChanged();
        return ok;
    });
}

bool CheckInController::markAbsent()
{
    auto* p = person();
    if (!p || m_ticketNo.isEmpty())
        return false;
    return guarded([&] {
        const bool ok = report(
            m_console.sessions().markAbsent(*p, m_console.sessionId(), m_ticketNo.toStdString()),
            tr("%1 已记为缺考。").arg(name()));
        m_console.notifySessionChanged();
        return ok;
    });
}

} // namespace examroom
