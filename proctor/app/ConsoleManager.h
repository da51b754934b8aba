#pragma once

#include "PlanLoader.h"
#include "practical/PracticalManager.h"
#include "print/PrintSpool.h"
#include "site/AccountManager.h"
#include "site/CloseManager.h"
#include "site/IncidentManager.h"
#include "site/PlanManager.h"
#include "site/RoomManager.h"
#include "site/SessionManager.h"
#include "site/SiteStore.h"
#include "site/StartManager.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <QObject>
#include <stdexcept>

namespace examroom {

class Clock;

// Owns the console's state: site.db and its managers, the person logged in, the plan in use
// and the session of the room. Qt only for its change signals; every rule is in shared/site.
// The controllers work through it; faults (StoreError…) propagate to them.
class ConsoleManager : public QObject
{
    Q_OBJECT
public:
    ConsoleManager(const Clock& clock, site::SiteOptions options, QObject* parent = nullptr);
    ~ConsoleManager() override;

    // Opens (or creates) DIR/site.db with the key in DIR/site.key, and reloads the newest plan
    // it holds. Throws on a fault (store, key file); the console cannot run then.
    void open(const std::filesystem::path& dataDir);
    bool isOpen() const { return m_store != nullptr; }
    // The folder open() was given (site.db, its key, the room link's key).
    const std::filesystem::path& dataDir() const { return m_dataDir; }

    // The centre's public key that plan packages must be signed with; none: packages refused.
    void setCentreKey(std::optional<crypto::SigningPublicKey> key) { m_centreKey = key; }
    const std::optional<crypto::SigningPublicKey>& centreKey() const { return m_centreKey; }
    // The one print spool every printed form goes through (built in memory, piped to the
    // command's standard input; `lp` when installed). An empty command: no printer, the
    // screens offer 另存为 PDF to a path the proctor types. No form is written to disk otherwise.
    const print::PrintSpool& printer() const { return m_printer; }
    void setPrintCommand(QStringList command);

    const Clock& clock() const { return m_clock; }
    // The managers over site.db. Screens bind before site.db is open (first start, the
    // self-test): then these throw, and the controllers' catch turns that into "nothing to
    // show" instead of a null dereference.
    site::SiteStore& store() { return opened(m_store); }
    site::AccountManager& accounts() { return opened(m_accounts); }
    site::PlanManager& plans() { return opened(m_plans); }
    site::RoomManager& room() { return opened(m_room); }
    site::SessionManager& sessions() { return opened(m_sessions); }
    site::StartManager& starts() { return opened(m_starts); }
    site::IncidentManager& incidents() { return opened(m_incidents); }
    site::CloseManager& closer() { return opened(m_closer); }
    practical::PracticalManager& practical() { return opened(m_practical); }

    // The person at the console (nullptr: nobody logged in).
    site::PersonSession* person() { return m_person ? &*m_person : nullptr; }
    void setPerson(std::optional<site::PersonSession> person);

    // The plan in use (nullptr: none imported yet).
    const LoadedPlan* plan() const { return m_plan ? &*m_plan : nullptr; }
    void setPlan(LoadedPlan plan);
    // The room this console runs: the plan's first room ("" without a plan).
    std::string roomId() const;
    // planId + "/" + roomId; "" without a plan.
    std::string sessionId() const;
    // The session when it has been opened in site.db.
    std::optional<site::SessionInfo> session();
    // The plan's practical session id (planId + "/practical"); "" without a plan.
    std::string practicalSessionId() const;
    // Records every knowledge score sheet the room link kept for this plan's session with
    // the practical manager (eligibility, make-up standing), as the person logged in; sheets
    // recorded before change nothing. Returns how many were refused (a bad signature…); 0
    // too when nobody can record now (nobody logged in, console locked): it runs again at
    // the next login, unlock or practical session.
    int recordKnowledgeSheets();
    // Tells every view that the session's rows changed (check-in, start, incidents…).
    void notifySessionChanged() { emit sessionChanged(); }
    void notifyRoomChanged() { emit roomChanged(); }
    void notifyPracticalChanged() { emit practicalChanged(); }
    // The bank data key once the authorization password opened it (memory only), for the
    // room link to hand to the kiosks.
    void setDataKey(crypto::SecretBytes key) { m_dataKey = std::move(key); }
    const crypto::SecretBytes* dataKey() const { return m_dataKey ? &*m_dataKey : nullptr; }

signals:
    void personChanged();
    // The print command changed (a printer now, or none).
    void printerChanged();
    void planChanged();
    void sessionChanged();
    void roomChanged();
    // The practical session's rows changed (eligibility, draws, marks, close).
    void practicalChanged();

private:
    template <typename T> static T& opened(const std::unique_ptr<T>& part)
    {
        if (!part)
            throw std::logic_error("the console's site.db is not open");
        return *part;
    }

    void reloadNewestPlan();

    const Clock& m_clock;
    site::SiteOptions m_options;
    std::unique_ptr<site::SiteStore> m_store;
    std::unique_ptr<site::AccountManager> m_accounts;
    std::unique_ptr<site::PlanManager> m_plans;
    std::unique_ptr<site::RoomManager> m_room;
    std::unique_ptr<site::SessionManager> m_sessions;
    std::unique_ptr<site::StartManager> m_starts;
    std::unique_ptr<site::IncidentManager> m_incidents;
    std::unique_ptr<site::CloseManager> m_closer;
    std::unique_ptr<practical::PracticalManager> m_practical;
    std::optional<site::PersonSession> m_person;
    std::optional<LoadedPlan> m_plan;
    std::optional<crypto::SigningPublicKey> m_centreKey;
    std::optional<crypto::SecretBytes> m_dataKey;
    print::PrintSpool m_printer;
    std::filesystem::path m_dataDir;
};

} // namespace examroom
