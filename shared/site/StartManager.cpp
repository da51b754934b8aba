#include "site/StartManager.h"

#include "site/PersonSession.h"
#include "site/SessionRows.h"
#include "site/SiteStore.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <nlohmann/json.hpp>

namespace examroom::site {

Result<crypto::SecretBytes> StartManager::start(PersonSession& person, const std::string& sessionId,
                                                std::string_view typedPassword,
                                                const AuthorizationCheck& check,
                                                const std::string& earlyOverride)
{
    using R = Result<crypto::SecretBytes>;
    if (auto gate = m_store.admit(person); !gate)
        return R::refused(gate);
    auto& db = m_store.database();
    auto info = loadSession(db, sessionId);
    if (!info)
        return R::refused(Outcome::refused(Refusal::NotFound, "no session " + sessionId));
    if (info->state != SessionState::Open)
        return R::refused(Outcome::refused(
            Refusal::WrongState, "the session is already " + std::string(stateName(info->state))));
    const auto now = m_store.clock().now();
    bool early = now < info->windowStart;
    if (early) {
        if (person.role() != Role::Administrator)
            return R::refused(
                Outcome::refused(Refusal::TooEarly, "考试时间未到：只有管理员可填写原因提前开考"));
        if (earlyOverride.empty())
            return R::refused(Outcome::refused(Refusal::NeedsReason, "提前开考须填写原因"));
    }
    auto dataKey = checkAuthorization(person, sessionId, typedPassword, check);
    if (!dataKey.outcome)
        return dataKey;
    store::Transaction tx(db);
    auto update = db.prepare(
        "UPDATE exam_sessions SET state = 'started', started_at = ?, auth_failed_attempts = 0, "
        "auth_blocked_until = 0 WHERE session_id = ? AND state = 'open'");
    update.bind(1, unixSeconds(now)).bind(2, std::string_view(sessionId));
    update.execute();
    if (early)
        m_store.audit().appendWithin(person.name(), person.key(), "start-early-override", sessionId,
                                     earlyOverride);
    m_store.audit().appendWithin(person.name(), person.key(), "start", sessionId, "");
    tx.commit();
    return dataKey;
}

Result<crypto::SecretBytes> StartManager::checkAuthorization(PersonSession& person,
                                                             const std::string& sessionId,
                                                             std::string_view typedPassword,
                                                             const AuthorizationCheck& check)
{
    using R = Result<crypto::SecretBytes>;
    auto& db = m_store.database();
    const auto now = m_store.clock().now();
    auto blocked = db.prepare(
        "SELECT auth_blocked_until, auth_failed_attempts FROM exam_sessions WHERE session_id = ?");
    blocked.bind(1, std::string_view(sessionId));
    blocked.step();
    std::int64_t blockedUntil = blocked.columnInt64(0);
    int failures = int(blocked.columnInt64(1));
    blocked.reset();
    if (unixSeconds(now) < blockedUntil)
        return R::refused(Outcome::refused(Refusal::RateLimited, "授权密码错误次数过多，请稍后再试",
                                           blockedUntil));

    auto dataKey = check(typedPassword);
    if (!dataKey) {
        ++failures;
        auto wait = m_store.options().authorizationBackoff.waitAfter(failures);
        std::int64_t until = wait.count() > 0 ? unixSeconds(now) + wait.count() : 0;
        store::Transaction tx(db);
        auto update =
            db.prepare("UPDATE exam_sessions SET auth_failed_attempts = ?, auth_total_failures = "
                       "auth_total_failures + 1, auth_blocked_until = ? WHERE session_id = ?");
        update.bind(1, failures).bind(2, until).bind(3, std::string_view(sessionId));
        update.execute();
        m_store.audit().appendWithin(person.name(), person.key(), "authorization-failed", sessionId,
                                     "", nlohmann::json{{"consecutive", failures}}.dump());
        tx.commit();
        if (until > 0)
            return R::refused(
                Outcome::refused(Refusal::RateLimited, "授权密码错误次数过多，请稍后再试", until));
        return R::refused(Outcome::refused(Refusal::WrongPassword, "授权密码错误"));
    }
    return R::success(std::move(*dataKey));
}

Result<crypto::SecretBytes> StartManager::reopenKey(PersonSession& person,
                                                    const std::string& sessionId,
                                                    std::string_view typedPassword,
                                                    const AuthorizationCheck& check)
{
    using R = Result<crypto::SecretBytes>;
    if (auto gate = m_store.admit(person); !gate)
        return R::refused(gate);
    auto& db = m_store.database();
    auto info = loadSession(db, sessionId);
    if (!info)
        return R::refused(Outcome::refused(Refusal::NotFound, "no session " + sessionId));
    if (info->state != SessionState::Started)
        return R::refused(
            Outcome::refused(Refusal::WrongState, "only a started session's key is asked again"));
    auto dataKey = checkAuthorization(person, sessionId, typedPassword, check);
    if (!dataKey.outcome)
        return dataKey;
    store::Transaction tx(db);
    auto reset = db.prepare("UPDATE exam_sessions SET auth_failed_attempts = 0, "
                            "auth_blocked_until = 0 WHERE session_id = ?");
    reset.bind(1, std::string_view(sessionId));
    reset.execute();
    m_store.audit().appendWithin(person.name(), person.key(), "authorization-again", sessionId, "");
    tx.commit();
    return dataKey;
}

Result<crypto::ByteVector> StartManager::paperSeed(const std::string& sessionId,
                                                   const std::string& ticketNo)
{
    using R = Result<crypto::ByteVector>;
    auto& db = m_store.database();
    auto info = loadSession(db, sessionId);
    if (!info)
        return R::refused(Outcome::refused(Refusal::NotFound, "no session " + sessionId));
    if (info->state != SessionState::Started)
        return R::refused(Outcome::refused(Refusal::WrongState, "the exam has not started"));
    auto candidate = loadCandidate(db, sessionId, ticketNo);
    if (!candidate)
        return R::refused(Outcome::refused(Refusal::NotFound, "no candidate " + ticketNo));
    if (candidate->status != CandidateStatus::Present)
        return R::refused(
            Outcome::refused(Refusal::WrongState, "candidate " + ticketNo + " is " +
                                                      std::string(statusLabel(candidate->status))));
    if (candidate->paperSeed.size() == kPaperSeedBytes)
        return R::success(candidate->paperSeed);

    auto fresh = crypto::SecretBytes::random(kPaperSeedBytes);
    crypto::ByteVector seed(fresh.span().begin(), fresh.span().end());
    store::Transaction tx(db);
    // Only a candidate without a seed gets one, so two racing callers cannot both win.
    auto update = db.prepare("UPDATE session_candidates SET paper_seed = ? WHERE session_id = ? "
                             "AND ticket_no = ? AND paper_seed IS NULL");
    update.bindBlob(1, seed)
        .bind(2, std::string_view(sessionId))
        .bind(3, std::string_view(ticketNo));
    if (update.execute() == 0) {
        tx.rollback();
        return R::success(loadCandidate(db, sessionId, ticketNo)->paperSeed);
    }
    m_store.audit().appendWithin("console", m_store.consoleKey(), "paper-seed", ticketNo, "",
                                 nlohmann::json{{"session", sessionId}}.dump());
    tx.commit();
    return R::success(std::move(seed));
}

Outcome StartManager::recordSubmitted(const std::string& sessionId, const std::string& ticketNo,
                                      const std::string& reason)
{
    auto& db = m_store.database();
    auto candidate = loadCandidate(db, sessionId, ticketNo);
    if (!candidate)
        return Outcome::refused(Refusal::NotFound, "no candidate " + ticketNo);
    if (candidate->status == CandidateStatus::Submitted)
        return Outcome::success();
    if (candidate->status != CandidateStatus::Present)
        return Outcome::refused(Refusal::WrongState,
                                "candidate " + ticketNo + " is " +
                                    std::string(statusLabel(candidate->status)));
    store::Transaction tx(db);
    auto update = db.prepare("UPDATE session_candidates SET status = 'submitted', paused = 0, "
                             "submitted_at = ?, submit_reason = ? WHERE session_id = ? AND "
                             "ticket_no = ?");
    update.bind(1, unixSeconds(m_store.clock().now()))
        .bind(2, std::string_view(reason))
        .bind(3, std::string_view(sessionId))
        .bind(4, std::string_view(ticketNo));
    update.execute();
    m_store.audit().appendWithin("console", m_store.consoleKey(), "submitted", ticketNo, "",
                                 nlohmann::json{{"session", sessionId}, {"reason", reason}}.dump());
    tx.commit();
    return Outcome::success();
}

} // namespace examroom::site
