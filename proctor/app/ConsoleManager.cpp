#include "ConsoleManager.h"

#include "DatabaseKeyFile.h"
#include "paper/PaperManager.h"
#include "site/RoomLinkStore.h"

namespace examroom {

ConsoleManager::ConsoleManager(const Clock& clock, site::SiteOptions options, QObject* parent)
    : QObject(parent), m_clock(clock), m_options(options)
{
}

ConsoleManager::~ConsoleManager() = default;

void ConsoleManager::open(const std::filesystem::path& dataDir)
{
    std::filesystem::create_directories(dataDir);
    m_dataDir = dataDir;
    crypto::SecretBytes key = loadOrCreateDatabaseKey(dataDir / "site.key");
    m_store = site::SiteStore::open(
        dataDir / "site.db", std::span<const std::uint8_t, 32>(key.data(), 32), m_clock, m_options);
    m_accounts = std::make_unique<site::AccountManager>(*m_store);
    m_plans = std::make_unique<site::PlanManager>(*m_store);
    m_room = std::make_unique<site::RoomManager>(*m_store);
    m_sessions = std::make_unique<site::SessionManager>(*m_store);
    m_starts = std::make_unique<site::StartManager>(*m_store);
    m_incidents = std::make_unique<site::IncidentManager>(*m_store);
    m_closer = std::make_unique<site::CloseManager>(*m_store);
    m_practical = std::make_unique<practical::PracticalManager>(*m_store);
    reloadNewestPlan();
}

void ConsoleManager::setPrintCommand(QStringList command)
{
    m_printer.setCommand(std::move(command));
    emit printerChanged();
}

void ConsoleManager::reloadNewestPlan()
{
    auto plans = m_plans->plans();
    if (plans.empty())
        return;
    const auto& newest = plans.back();
    std::string error;
    std::optional<LoadedPlan> loaded;
    if (newest.source == "files")
        loaded = loadPlanFolder(newest.filesDir, m_clock, &error);
    else if (m_centreKey)
        loaded = loadPlanPackage(newest.package, *m_centreKey, m_clock, &error);
    // A plan that no longer reads (files moved, key changed) is simply not loaded: the plan
    // screen offers the import again.
    if (loaded)
        setPlan(std::move(*loaded));
}

void ConsoleManager::setPerson(std::optional<site::PersonSession> person)
{
    m_person = std::move(person);
    emit personChanged();
}

void ConsoleManager::setPlan(LoadedPlan plan)
{
    m_plan = std::move(plan);
    emit planChanged();
    emit roomChanged();
    emit sessionChanged();
}

std::string ConsoleManager::roomId() const
{
    if (!m_plan || m_plan->files.plan.site.rooms.empty())
        return {};
    return m_plan->files.plan.site.rooms.front().roomId;
}

std::string ConsoleManager::sessionId() const
{
    if (!m_plan)
        return {};
    return m_plan->files.plan.planId + "/" + roomId();
}

std::optional<site::SessionInfo> ConsoleManager::session()
{
    if (!m_plan || !m_sessions)
        return std::nullopt;
    return m_sessions->session(sessionId());
}

} // namespace examroom

namespace examroom {

std::string ConsoleManager::practicalSessionId() const
{
    return m_plan ? m_plan->files.plan.planId + "/practical" : std::string();
}

int ConsoleManager::recordKnowledgeSheets()
{
    auto* p = person();
    if (!p || !m_store || !m_plan ||
        p->isLockedAt(m_clock.now(), m_store->options().inactivityLimit))
        return 0;
    int refused = 0;
    bool recorded = false;
    for (const auto& sheet : site::RoomLinkStore(m_store->database()).sheets(sessionId())) {
        const auto outcome = m_practical->recordKnowledgeSheet(*p, sheet.document);
        recorded = recorded || outcome.ok();
        refused += outcome.ok() ? 0 : 1;
    }
    // Paper sheets (纸质试卷) count once scored, before their countersignature at close.
    for (const auto& sheet : paper::PaperManager(*m_store).scoredSheets(sessionId())) {
        const auto outcome = m_practical->recordPaperSheet(*p, sheet);
        recorded = recorded || outcome.ok();
        refused += outcome.ok() ? 0 : 1;
    }
    if (recorded)
        emit practicalChanged();
    return refused;
}

} // namespace examroom
