#include "CloseController.h"

#include "ConsoleManager.h"
#include "site/Outbox.h"

namespace examroom {

CloseController::CloseController(ConsoleManager& console, QObject* parent)
    : StepController(console, parent)
{
    connect(&console, &ConsoleManager::sessionChanged, this, &CloseController::closeChanged);
}

QStringList CloseController::blocking() const
{
    QStringList out;
    try {
        if (!m_console.session())
            return out;
        const auto tickets = m_console.closer().blockingCandidates(m_console.sessionId());
        for (const auto& ticket : tickets) {
            auto c = m_console.sessions().find(m_console.sessionId(), ticket);
            if (!c)
                continue;
            out.append(QStringLiteral("%1 · %2 · %3 · %4")
                           .arg(c->seatNo ? QString::number(*c->seatNo) : QStringLiteral("—"),
                                qs(c->ticketNo), qs(c->name),
                                qs(std::string(site::statusLabel(c->status)))));
        }
    } catch (const std::exception&) {
    }
    return out;
}

bool CloseController::started() const
{
    try {
        auto s = m_console.session();
        return s && s->startedAt.has_value();
    } catch (const std::exception&) {
        return false;
    }
}

bool CloseController::closed() const
{
    try {
        auto s = m_console.session();
        return s && s->state == site::SessionState::Closed;
    } catch (const std::exception&) {
        return false;
    }
}

int CloseController::outboxCount() const
{
    try {
        return m_console.isOpen() ? int(site::Outbox(m_console.store().database()).waiting().size())
                                  : 0;
    } catch (const std::exception&) {
        return 0;
    }
}

QString CloseController::summary() const
{
    try {
        if (!m_console.session())
            return tr("考场尚未编排。");
        int submitted = 0, absent = 0, removed = 0, total = 0;
        for (const auto& c : m_console.sessions().candidates(m_console.sessionId())) {
            ++total;
            submitted += c.status == site::CandidateStatus::Submitted ? 1 : 0;
            absent += c.status == site::CandidateStatus::Absent ? 1 : 0;
            removed += c.status == site::CandidateStatus::Removed ? 1 : 0;
        }
        return tr("应考 %1 人：已交卷 %2，缺考 %3，取消资格 %4。")
            .arg(total)
            .arg(submitted)
            .arg(absent)
            .arg(removed);
    } catch (const std::exception&) {
        return {};
    }
}

bool CloseController::close(const QString& notes)
{
    auto* p = person();
    if (!p)
        return false;
    return guarded([&] {
        auto done = m_console.closer().close(*p, m_console.sessionId(), notes.toStdString());
        if (!report(done.outcome, tr("考场已结束；考场记录已由您签名，等待上传至考试中心。")))
            return false;
        site::Outbox(m_console.store().database()).queue(*done.value, m_console.clock().now());
        m_console.notifySessionChanged();
        return true;
    });
}

} // namespace examroom
