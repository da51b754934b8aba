#include "AgentLinkController.h"

#include "ConsoleManager.h"
#include "crypto/Fingerprint.h"
#include "crypto/Hex.h"
#include "DatabaseKeyFile.h"
#include "net/Z85.h"
#include "PlanController.h"
#include "site/AgentLinkStore.h"
#include "site/Outbox.h"
#include "site/RoomLinkStore.h"
#include "store/Database.h"

#include <QLoggingCategory>
#include <set>

Q_LOGGING_CATEGORY(lcAgentLink, "examroom.agentlink")

namespace examroom {

// What the worker thread owns: the link and its own site.db connection (a connection belongs
// to one thread; WAL and the busy time-out let it write beside the GUI thread's).
struct AgentLinkWorker
{
    std::filesystem::path dbPath;
    std::optional<crypto::SecretBytes> dbKey;
    std::unique_ptr<site::AgentLink> link;
    std::optional<store::Database> db;

    store::Database& database()
    {
        if (!db) {
            store::OpenOptions options;
            options.durability = store::Durability::Full;
            options.createIfMissing = false;
            db = store::Database::open(dbPath, std::span<const std::uint8_t, 32>(dbKey->data(), 32),
                                       options);
        }
        return *db;
    }
};

namespace {

// A key list as one text, to tell whether it changed since it was last vouched for.
std::string canonical(const std::vector<site::VouchedKey>& keys)
{
    std::set<std::string> lines;
    for (const auto& k : keys)
        lines.insert(k.keyId + " " + k.role + " " + crypto::toHex(k.key));
    std::string out;
    for (const auto& line : lines)
        out += line + "\n";
    return out;
}

} // namespace

AgentLinkController::AgentLinkController(ConsoleManager& console, QObject* parent)
    : StepController(console, parent), m_worker(std::make_unique<AgentLinkWorker>())
{
    m_workerContext.moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("agent-link"));
    m_thread.start();
    m_timer.setInterval(std::chrono::minutes(1));
    connect(&m_timer, &QTimer::timeout, this, &AgentLinkController::startPass);
    m_soon.setSingleShot(true);
    m_soon.setInterval(std::chrono::seconds(1));
    connect(&m_soon, &QTimer::timeout, this, &AgentLinkController::startPass);
    connect(&console, &ConsoleManager::sessionChanged, this,
            &AgentLinkController::onSessionChanged);
    connect(&console, &ConsoleManager::practicalChanged, this, &AgentLinkController::recount);
    connect(&console, &ConsoleManager::planChanged, this, &AgentLinkController::plansChanged);
}

AgentLinkController::~AgentLinkController()
{
    // The running call ends within its time-out; the worker's state goes after the thread.
    m_thread.quit();
    m_thread.wait();
}

void AgentLinkController::setPassInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void AgentLinkController::refresh()
{
    emit statusChanged();
    emit plansChanged();
}

void AgentLinkController::load()
{
    guarded([&] {
        site::AgentLinkStore store(m_console.store());
        auto key = store.consoleKey();
        const auto settings = store.settings();
        m_consoleKey = qs(net::z85Encode(key.publicKey()));
        m_consoleFingerprint = qs(crypto::fingerprint(key.publicKey()));
        m_configured = settings.configured();
        m_endpoint = qs(settings.endpoint);
        m_agentKeys = settings.agent ? qs(net::publicKeyText(*settings.agent)) : QString();
        m_agentFingerprint =
            settings.agent ? qs(net::fingerprintOf(settings.agent->sign, settings.agent->curve))
                           : QString();
        auto dbKey = std::make_shared<crypto::SecretBytes>(
            loadOrCreateDatabaseKey(m_console.dataDir() / "site.key"));
        auto secret = std::make_shared<crypto::SecretBytes>(key.secretKey().span());
        const std::string endpoint = settings.endpoint;
        const std::optional<crypto::CurvePublicKey> agentKey =
            settings.agent ? std::optional(settings.agent->curve) : std::nullopt;
        const auto dbPath = m_console.dataDir() / "site.db";
        // Queued behind a running call, never beside it: the worker runs one job at a time.
        QMetaObject::invokeMethod(
            &m_workerContext, [w = m_worker.get(), dbKey, secret, endpoint, agentKey, dbPath] {
                w->dbPath = dbPath;
                w->dbKey.emplace(dbKey->span());
                w->link.reset();
                if (agentKey && !endpoint.empty())
                    w->link = std::make_unique<site::AgentLink>(
                        crypto::CurveKeyPair::fromSecretKey(crypto::SecretBytes(secret->span())),
                        endpoint, *agentKey);
            });
        emit settingsChanged();
        recount();
        if (m_configured) {
            m_timer.start();
            setStatus(m_waiting > 0 ? QStringLiteral("waiting") : QStringLiteral("idle"));
            m_soon.start(); // the key lists and anything left from the last run
        } else {
            m_timer.stop();
            setStatus(QStringLiteral("unset"));
        }
        m_wasClosed =
            m_console.session() && m_console.session()->state == site::SessionState::Closed;
        return true;
    });
}

bool AgentLinkController::save(const QString& endpoint, const QString& agentKeys)
{
    auto* p = person();
    if (!p)
        return false;
    return guarded([&] {
        site::AgentLinkStore store(m_console.store());
        if (!report(store.configure(*p, endpoint.toStdString(), agentKeys.toStdString()),
                    tr("已保存站点代理设置。")))
            return false;
        const QString saved = message();
        m_vouched.clear(); // another agent: it has seen no list yet
        load();
        say(saved, false);
        return true;
    });
}

void AgentLinkController::recount()
{
    try {
        if (!m_console.isOpen())
            return;
        const int now = site::Outbox(m_console.store().database()).waitingCount();
        if (now != m_waiting) {
            m_waiting = now;
            if (m_status == QLatin1String("idle") && now > 0)
                m_status = QStringLiteral("waiting");
            emit statusChanged();
        }
    } catch (const std::exception& e) {
        qCWarning(lcAgentLink) << "counting the outbox:" << e.what();
        say(tr("内部错误，操作未完成：%1").arg(QString::fromUtf8(e.what())), true);
    }
}

void AgentLinkController::onSessionChanged()
{
    recount();
    bool closed = false;
    try {
        closed = m_console.session() && m_console.session()->state == site::SessionState::Closed;
    } catch (const std::exception& e) {
        qCWarning(lcAgentLink) << "reading the session:" << e.what();
    }
    // Right after the close: the countersigned record and the sheets go at once.
    if (closed && !m_wasClosed && m_configured)
        m_soon.start();
    m_wasClosed = closed;
}

void AgentLinkController::setStatus(QString status)
{
    m_status = std::move(status);
    emit statusChanged();
}

QString AgentLinkController::statusText() const
{
    const QString when =
        m_lastPass.isValid() ? m_lastPass.toString(QStringLiteral("HH:mm")) : QString();
    const QString first = m_problems.isEmpty() ? QString() : m_problems.front();
    if (m_status == QLatin1String("unset"))
        return tr("未设置站点代理：文件留在本机（管理员在“设置”中填写）");
    if (m_status == QLatin1String("unreachable"))
        return tr("站点代理未应答（%1）：%2 份文件等待，稍后自动重试").arg(first).arg(m_waiting);
    if (m_status == QLatin1String("refused"))
        return tr("站点代理拒收：%1（%2 份仍在等待）").arg(first).arg(m_waiting);
    if (m_waiting > 0)
        return m_handedOff > 0 ? tr("%1 份文件等待交给站点代理（已交 %2 份，%3）")
                                     .arg(m_waiting)
                                     .arg(m_handedOff)
                                     .arg(when)
                               : tr("%1 份文件等待交给站点代理").arg(m_waiting);
    return m_handedOff > 0 ? tr("已全部交给站点代理（%1 份，%2）").arg(m_handedOff).arg(when)
                           : tr("没有等待上传的文件");
}

bool AgentLinkController::post(std::function<void(AgentLinkWorker&)> job)
{
    if (!m_configured) {
        say(tr("未设置站点代理：请管理员在“设置”中填写代理地址和公钥。"), true);
        return false;
    }
    if (m_busy)
        return false;
    m_busy = true;
    emit statusChanged();
    QMetaObject::invokeMethod(&m_workerContext,
                              [w = m_worker.get(), job = std::move(job)] { job(*w); });
    return true;
}

bool AgentLinkController::refreshPlans()
{
    if (m_configured && m_busy) {
        m_plansPending = true; // asked for again once the running call ends
        return true;
    }
    return post([this](AgentLinkWorker& w) {
        std::string error;
        std::optional<std::vector<site::AgentPlan>> plans;
        try {
            plans = w.link->plans(&error);
        } catch (const std::exception& e) {
            error = e.what();
        }
        QMetaObject::invokeMethod(
            this, [this, plans = std::move(plans), error] { onPlans(plans, qs(error)); });
    });
}

void AgentLinkController::onPlans(std::optional<std::vector<site::AgentPlan>> plans,
                                  const QString& error)
{
    m_busy = false;
    m_plansError = !plans.has_value();
    if (plans) {
        m_plans = std::move(*plans);
        m_plansText = m_plans.empty() ? tr("站点代理尚未收到考试计划。")
                                      : tr("站点代理已收到 %1 个考试计划：").arg(m_plans.size());
    } else {
        qCWarning(lcAgentLink) << "plan list:" << error;
        m_plansText = tr("未能从站点代理取得考试计划：%1").arg(error);
    }
    emit plansChanged();
    emit statusChanged();
    runPending();
    emit finished();
}

void AgentLinkController::runPending()
{
    if (m_plansPending) {
        m_plansPending = false;
        (void)refreshPlans();
    } else if (m_passPending) {
        m_passPending = false;
        startPass();
    }
}

QVariantList AgentLinkController::plans() const
{
    const auto* loaded = m_console.plan();
    QVariantList out;
    for (auto it = m_plans.rbegin(); it != m_plans.rend(); ++it) {
        const bool inUse = loaded && loaded->package && loaded->files.plan.planId == it->planId &&
                           loaded->package->version == it->version;
        out.append(QVariantMap{{QStringLiteral("planId"), qs(it->planId)},
                               {QStringLiteral("version"), it->version},
                               {QStringLiteral("hash"), qs(it->contentHash.substr(0, 12))},
                               {QStringLiteral("inUse"), inUse}});
    }
    return out;
}

bool AgentLinkController::takePlan(const QString& planId, int version)
{
    for (const auto& plan : m_plans)
        if (qs(plan.planId) == planId && plan.version == version) {
            const bool ok = m_planStep && m_planStep->importPackageJson(plan.package);
            emit plansChanged();
            return ok;
        }
    say(tr("站点代理的计划列表中没有 %1（第 %2 版）。").arg(planId).arg(version), true);
    return false;
}

bool AgentLinkController::handOffNow()
{
    if (!m_configured)
        return post({}); // says what is missing
    if (m_busy) {
        m_passPending = true;
        return true;
    }
    startPass();
    if (!m_busy)
        say(tr("没有等待上传的文件。"), false);
    return m_busy;
}

void AgentLinkController::startPass()
{
    if (m_busy)
        m_passPending = true;
    if (!m_configured || m_busy || !m_console.isOpen())
        return;
    // The lists are read here, on the GUI thread's connection; the worker only sends them.
    std::vector<std::pair<std::string, std::vector<site::VouchedKey>>> lists;
    try {
        lists.emplace_back("staff-list", site::staffKeys(m_console.accounts().accounts()));
        std::vector<site::VouchedKey> kiosks;
        std::set<std::string> seen;
        site::RoomLinkStore links(m_console.store().database());
        if (!m_console.roomId().empty())
            for (const auto& seat : m_console.room().seats(m_console.roomId()))
                if (auto keys = seat.kioskFingerprint.empty()
                                    ? std::nullopt
                                    : links.kiosk(seat.kioskFingerprint)) {
                    crypto::SigningPublicKey key{};
                    std::copy(keys->signingKey.begin(), keys->signingKey.end(), key.begin());
                    if (seen.insert(crypto::toHex(key)).second)
                        kiosks.push_back({keys->fingerprint, "kiosk", key});
                }
        // A kiosk whose sheets arrived but that is no longer at a seat (moved, replaced).
        if (!m_console.sessionId().empty())
            for (const auto& sheet : links.sheets(m_console.sessionId()))
                if (seen.insert(crypto::toHex(sheet.document.signer)).second)
                    kiosks.push_back({sheet.fingerprint, "kiosk", sheet.document.signer});
        if (!kiosks.empty())
            lists.emplace_back("kiosk-list", std::move(kiosks));
    } catch (const std::exception& e) {
        qCWarning(lcAgentLink) << "reading the key lists:" << e.what();
        say(tr("内部错误，操作未完成：%1").arg(QString::fromUtf8(e.what())), true);
        return;
    }
    std::vector<std::tuple<std::string, std::vector<site::VouchedKey>, std::string>> changed;
    for (auto& [kind, keys] : lists) {
        auto text = canonical(keys);
        if (m_vouched[kind] != text)
            changed.emplace_back(kind, std::move(keys), std::move(text));
    }
    if (changed.empty() && m_waiting == 0) {
        recount();
        if (m_waiting == 0)
            return; // nothing to say to the agent
    }
    const auto now = m_console.clock().now();
    (void)post([this, changed, now](AgentLinkWorker& w) {
        site::HandoffReport report;
        QStringList vouchProblems;
        std::vector<std::pair<std::string, std::string>> vouched;
        QString fault;
        try {
            // Each list, then the documents: a refused list does not hold the documents back
            // (the agent keeps them; the hub checks signers on upload).
            bool reached = true;
            for (const auto& [kind, keys, text] : changed) {
                std::string error;
                if (w.link->vouchFor(kind, keys, &error))
                    vouched.emplace_back(kind, text);
                else
                    vouchProblems.append(qs(kind + ": " + error));
                reached = reached && w.link->lastAnswered();
            }
            site::Outbox outbox(w.database());
            report = w.link->handOff(outbox, now);
            report.agentReached = report.agentReached && reached;
        } catch (const std::exception& e) {
            fault = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(this, [this, report, vouchProblems, vouched, fault] {
            for (const auto& [kind, text] : vouched)
                m_vouched[kind] = text;
            onPass(report, vouchProblems, fault);
        });
    });
}

void AgentLinkController::onPass(const site::HandoffReport& report,
                                 const QStringList& vouchProblems, const QString& fault)
{
    m_busy = false;
    m_lastPass = QDateTime::currentDateTime();
    m_handedOff += report.handedOff;
    m_problems = vouchProblems;
    for (const auto& problem : report.problems)
        m_problems.append(qs(problem));
    for (const auto& problem : m_problems)
        qCWarning(lcAgentLink) << "hand-off:" << problem;
    m_waiting = -1; // recount() below always announces the new count
    recount();
    if (!fault.isEmpty()) {
        qCWarning(lcAgentLink) << "hand-off fault:" << fault;
        say(tr("内部错误，操作未完成：%1").arg(fault), true);
        m_problems.prepend(fault);
        setStatus(QStringLiteral("refused"));
    } else if (!report.agentReached) {
        setStatus(QStringLiteral("unreachable"));
    } else if (report.refused > 0 || !vouchProblems.isEmpty()) {
        setStatus(QStringLiteral("refused"));
    } else {
        setStatus(report.handedOff > 0 ? QStringLiteral("handed-off")
                  : m_waiting > 0      ? QStringLiteral("waiting")
                                       : QStringLiteral("idle"));
    }
    if (report.handedOff > 0)
        qCInfo(lcAgentLink) << "handed off" << report.handedOff << "document(s);" << m_waiting
                            << "waiting";
    runPending();
    emit finished();
}

} // namespace examroom
