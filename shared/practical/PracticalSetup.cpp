// The practical session's set-up: open, eligibility, graders, the task draw, and the attempt
// records behind eligibility and the make-up rule.

#include "crypto/Hex.h"
#include "crypto/SecretBytes.h"
#include "documents/ScoreSheet.h"
#include "domain/RubricRules.h"
#include "practical/Attempts.h"
#include "practical/PracticalManager.h"
#include "practical/PracticalRows.h"
#include "practical/RubricJson.h"
#include "site/AccountManager.h"
#include "site/PersonSession.h"
#include "site/SessionRows.h"
#include "site/SiteStore.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

namespace examroom::practical {

using namespace detail;
using site::Refusal;
using site::unixSeconds;

namespace {

Outcome refused(Refusal refusal, std::string why)
{
    return Outcome::refused(refusal, std::move(why));
}

struct Eligibility
{
    bool eligible = false;
    EligibilityReason code = EligibilityReason::NoKnowledgePass;
    std::string text;
};

// Eligibility from what is recorded here: a knowledge pass, and a practical attempt the
// make-up rule accepts.
Eligibility judgeEligibility(store::Database& db, const std::string& idNo, int attempt)
{
    using R = EligibilityReason;
    const auto practical = attemptStanding(loadAttempts(db, idNo, ExamPart::Practical));
    if (auto why = attemptRefusal(practical, attempt)) {
        const R code = practical == AttemptStanding::Passed    ? R::PracticalPassed
                       : practical == AttemptStanding::Retrain ? R::PracticalRetrain
                                                               : R::PracticalMakeUpOnly;
        return {false, code, "practical exam: " + *why};
    }
    const auto knowledge = attemptStanding(loadAttempts(db, idNo, ExamPart::Knowledge));
    switch (knowledge) {
    case AttemptStanding::Passed:
        return {true, R::KnowledgePassedHere, "passed the knowledge exam here"};
    case AttemptStanding::NeedsMakeUp:
        return {false, R::KnowledgeNeedsMakeUp,
                "failed the knowledge exam: needs its make-up first"};
    case AttemptStanding::Retrain:
        return {false, R::KnowledgeRetrain, "failed the knowledge make-up: retrain"};
    case AttemptStanding::None:
        break;
    }
    return {false, R::NoKnowledgePass,
            "no knowledge pass recorded here (the proctor may mark one from elsewhere)"};
}

} // namespace

Result<std::string>
PracticalManager::openSession(site::PersonSession& proctor, const std::string& planId,
                              const std::string& siteId, const PracticalRubric& rubric,
                              const std::vector<Candidate>& roster, int maxDifference)
{
    using R = Result<std::string>;
    if (auto gate = m_store.admit(proctor); !gate)
        return R::refused(gate);
    if (planId.empty() || siteId.empty())
        return R::refused(refused(Refusal::InvalidInput, "a session needs a plan and a site"));
    if (auto errors = validateRubric(rubric); !errors.empty())
        return R::refused(refused(Refusal::InvalidInput, "the rubric is not valid: " + errors[0]));
    if (roster.empty())
        return R::refused(refused(Refusal::InvalidInput, "the roster is empty"));
    if (maxDifference < 0)
        return R::refused(refused(Refusal::InvalidInput, "the allowed difference is negative"));
    std::set<std::string> tickets;
    for (const auto& c : roster)
        if (!tickets.insert(c.ticketNo).second)
            return R::refused(
                refused(Refusal::InvalidInput, "ticket " + c.ticketNo + " is twice in the roster"));
    const std::string sessionId = planId + "/practical";
    auto& db = m_store.database();
    if (loadSession(db, sessionId))
        return R::refused(refused(Refusal::WrongState,
                                  "the practical session of " + planId + " is already open"));

    store::Transaction tx(db);
    auto insert =
        db.prepare("INSERT INTO practical_sessions (session_id, plan_id, site_id, rubric, "
                   "max_difference, state, proctor, opened_at) VALUES (?, ?, ?, ?, ?, "
                   "'open', ?, ?)");
    insert.bind(1, std::string_view(sessionId))
        .bind(2, std::string_view(planId))
        .bind(3, std::string_view(siteId))
        .bind(4, std::string_view(rubricToJson(rubric)))
        .bind(5, maxDifference)
        .bind(6, std::string_view(proctor.name()))
        .bind(7, unixSeconds(m_store.clock().now()));
    insert.execute();
    int eligibleCount = 0;
    for (const auto& c : roster) {
        const int attempt = c.makeUp ? 2 : 1;
        const auto judged = judgeEligibility(db, c.id.number, attempt);
        eligibleCount += judged.eligible;
        auto row = db.prepare("INSERT INTO practical_candidates (session_id, ticket_no, name, "
                              "id_type, id_no, attempt, eligible, reason, reason_code) VALUES "
                              "(?, ?, ?, ?, ?, ?, ?, ?, ?)");
        row.bind(1, std::string_view(sessionId))
            .bind(2, std::string_view(c.ticketNo))
            .bind(3, std::string_view(c.name))
            .bind(4, label(c.id.type))
            .bind(5, std::string_view(c.id.number))
            .bind(6, attempt)
            .bind(7, judged.eligible ? 1 : 0)
            .bind(8, std::string_view(judged.text))
            .bind(9, eligibilityReasonName(judged.code));
        row.execute();
    }
    m_store.audit().appendWithin(proctor.name(), proctor.key(), "practical-open", sessionId, "",
                                 nlohmann::json{{"candidates", roster.size()},
                                                {"eligible", eligibleCount},
                                                {"max_difference", maxDifference}}
                                     .dump());
    tx.commit();
    return R::success(sessionId);
}

Outcome PracticalManager::markEligible(site::PersonSession& proctor, const std::string& sessionId,
                                       const std::string& ticketNo, const std::string& reason)
{
    if (auto gate = m_store.admit(proctor); !gate)
        return gate;
    if (blank(reason))
        return refused(Refusal::NeedsReason,
                       "marking a candidate eligible needs a reason (where the knowledge pass is "
                       "from)");
    auto& db = m_store.database();
    auto session = loadSession(db, sessionId);
    if (!session)
        return refused(Refusal::NotFound, "no practical session " + sessionId);
    if (!session->open)
        return refused(Refusal::WrongState, "the practical session is closed");
    auto candidate = loadCandidate(db, sessionId, ticketNo);
    if (!candidate)
        return refused(Refusal::NotFound, "no candidate " + ticketNo + " in this session");
    const auto practical = attemptStanding(loadAttempts(db, candidate->idNo, ExamPart::Practical));
    if (auto why = attemptRefusal(practical, candidate->attempt))
        return refused(Refusal::WrongState, "practical exam: " + *why);
    const auto knowledge = attemptStanding(loadAttempts(db, candidate->idNo, ExamPart::Knowledge));
    if (knowledge == AttemptStanding::Retrain)
        return refused(Refusal::WrongState, "failed the knowledge make-up here: retrain");
    if (candidate->eligible)
        return Outcome::success();

    store::Transaction tx(db);
    auto update = db.prepare("UPDATE practical_candidates SET eligible = 1, reason = ?, "
                             "reason_code = ?, reason_note = ? WHERE session_id = ? AND "
                             "ticket_no = ?");
    update.bind(1, std::string_view("marked by " + proctor.name() + ": " + reason))
        .bind(2, eligibilityReasonName(EligibilityReason::MarkedByProctor))
        .bind(3, std::string_view(reason))
        .bind(4, std::string_view(sessionId))
        .bind(5, std::string_view(ticketNo));
    update.execute();
    m_store.audit().appendWithin(proctor.name(), proctor.key(), "practical-mark-eligible",
                                 sessionId + "/" + ticketNo, reason);
    tx.commit();
    return Outcome::success();
}

Outcome PracticalManager::assignGrader(site::PersonSession& proctor, const std::string& sessionId,
                                       const std::string& graderName, bool chief)
{
    if (auto gate = m_store.admit(proctor); !gate)
        return gate;
    auto& db = m_store.database();
    auto session = loadSession(db, sessionId);
    if (!session)
        return refused(Refusal::NotFound, "no practical session " + sessionId);
    if (!session->open)
        return refused(Refusal::WrongState, "the practical session is closed");
    auto account = site::AccountManager(m_store).account(graderName);
    if (!account)
        return refused(Refusal::NotFound, "no account " + graderName);
    if (account->role != site::Role::Grader)
        return refused(Refusal::InvalidInput, graderName + " is not a grader account");
    if (auto existing = graderRole(db, sessionId, graderName); existing && *existing == chief)
        return Outcome::success();

    store::Transaction tx(db);
    auto remove = db.prepare("DELETE FROM practical_graders WHERE session_id = ? AND grader = ?");
    remove.bind(1, std::string_view(sessionId)).bind(2, std::string_view(graderName));
    remove.execute();
    auto insert = db.prepare("INSERT INTO practical_graders (session_id, grader, chief, "
                             "assigned_by, assigned_at) VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, std::string_view(sessionId))
        .bind(2, std::string_view(graderName))
        .bind(3, chief ? 1 : 0)
        .bind(4, std::string_view(proctor.name()))
        .bind(5, unixSeconds(m_store.clock().now()));
    insert.execute();
    m_store.audit().appendWithin(proctor.name(), proctor.key(), "practical-assign-grader",
                                 sessionId, "",
                                 nlohmann::json{{"grader", graderName}, {"chief", chief}}.dump());
    tx.commit();
    return Outcome::success();
}

namespace {

// The checks shared by both ways of drawing; the session when the candidate may draw.
Result<SessionRow> drawable(store::Database& db, const std::string& sessionId,
                            const std::string& ticketNo)
{
    using R = Result<SessionRow>;
    auto session = loadSession(db, sessionId);
    if (!session)
        return R::refused(refused(Refusal::NotFound, "no practical session " + sessionId));
    if (!session->open)
        return R::refused(refused(Refusal::WrongState, "the practical session is closed"));
    auto candidate = loadCandidate(db, sessionId, ticketNo);
    if (!candidate)
        return R::refused(refused(Refusal::NotFound, "no candidate " + ticketNo));
    if (!candidate->eligible)
        return R::refused(
            refused(Refusal::WrongState, ticketNo + " is not eligible: " + candidate->reason));
    return R::success(std::move(*session));
}

void insertDraw(store::Database& db, const std::string& sessionId, const std::string& ticketNo,
                const std::string& subjectCode, int taskIndex, const char* method,
                const std::optional<PaperSeed>& seed, const std::string& by,
                std::chrono::sys_seconds now)
{
    auto insert = db.prepare("INSERT INTO practical_draws (session_id, ticket_no, subject_code, "
                             "task_index, method, seed, recorded_by, recorded_at) VALUES (?, ?, "
                             "?, ?, ?, ?, ?, ?)");
    insert.bind(1, std::string_view(sessionId))
        .bind(2, std::string_view(ticketNo))
        .bind(3, std::string_view(subjectCode))
        .bind(4, taskIndex)
        .bind(5, std::string_view(method));
    if (seed)
        insert.bind(6, std::span<const std::uint8_t>(seed->data(), seed->size()));
    else
        insert.bind(6, std::nullopt);
    insert.bind(7, std::string_view(by)).bind(8, unixSeconds(now));
    insert.execute();
}

} // namespace

Outcome PracticalManager::drawTasks(site::PersonSession& proctor, const std::string& sessionId,
                                    const std::string& ticketNo)
{
    if (auto gate = m_store.admit(proctor); !gate)
        return gate;
    auto& db = m_store.database();
    auto session = drawable(db, sessionId, ticketNo);
    if (!session)
        return session.outcome;
    for (const auto& subject : session.value->rubric.subjects)
        if (loadDraw(db, sessionId, ticketNo, subject.code))
            return refused(Refusal::WrongState,
                           ticketNo + " already has a task for " + subject.code);
    const auto random = crypto::SecretBytes::random(32);
    PaperSeed seed{};
    std::copy_n(random.data(), seed.size(), seed.begin());
    const auto tasks = practicalTaskDraw(session.value->rubric, seed);
    const auto now = m_store.clock().now();

    store::Transaction tx(db);
    nlohmann::json drawn = nlohmann::json::object();
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        const auto& subject = session.value->rubric.subjects[i];
        insertDraw(db, sessionId, ticketNo, subject.code, tasks[i], "system", seed, proctor.name(),
                   now);
        drawn[subject.code] = subject.tasks[std::size_t(tasks[i])].code;
    }
    m_store.audit().appendWithin(
        proctor.name(), proctor.key(), "practical-draw", sessionId + "/" + ticketNo, "",
        nlohmann::json{{"method", "system"},
                       {"seed", crypto::toHex(crypto::ByteSpan(seed.data(), seed.size()))},
                       {"tasks", drawn}}
            .dump());
    tx.commit();
    return Outcome::success();
}

Outcome PracticalManager::recordLot(site::PersonSession& proctor, const std::string& sessionId,
                                    const std::string& ticketNo, const std::string& subjectCode,
                                    const std::string& taskCode)
{
    if (auto gate = m_store.admit(proctor); !gate)
        return gate;
    auto& db = m_store.database();
    auto session = drawable(db, sessionId, ticketNo);
    if (!session)
        return session.outcome;
    const PracticalSubject* subject = findSubject(session.value->rubric, subjectCode);
    if (!subject)
        return refused(Refusal::InvalidInput, "the rubric has no subject " + subjectCode);
    auto task = std::find_if(subject->tasks.begin(), subject->tasks.end(),
                             [&](const PracticalTask& t) { return t.code == taskCode; });
    if (task == subject->tasks.end())
        return refused(Refusal::InvalidInput,
                       "subject " + subjectCode + " has no task " + taskCode);
    if (loadDraw(db, sessionId, ticketNo, subjectCode))
        return refused(Refusal::WrongState, ticketNo + " already has a task for " + subjectCode);

    store::Transaction tx(db);
    insertDraw(db, sessionId, ticketNo, subjectCode, int(task - subject->tasks.begin()), "lot",
               std::nullopt, proctor.name(), m_store.clock().now());
    m_store.audit().appendWithin(
        proctor.name(), proctor.key(), "practical-draw", sessionId + "/" + ticketNo, "",
        nlohmann::json{{"method", "lot"}, {"subject", subjectCode}, {"task", taskCode}}.dump());
    tx.commit();
    return Outcome::success();
}

std::vector<PracticalCandidate> PracticalManager::candidates(const std::string& sessionId)
{
    return loadCandidates(m_store.database(), sessionId);
}

std::vector<TaskDraw> PracticalManager::draws(const std::string& sessionId,
                                              const std::string& ticketNo)
{
    std::vector<TaskDraw> out;
    auto session = loadSession(m_store.database(), sessionId);
    if (!session)
        return out;
    for (const auto& subject : session->rubric.subjects)
        if (auto draw = loadDraw(m_store.database(), sessionId, ticketNo, subject.code))
            out.push_back(std::move(*draw));
    return out;
}

std::optional<PracticalRubric> PracticalManager::rubric(const std::string& sessionId)
{
    auto session = loadSession(m_store.database(), sessionId);
    if (!session)
        return std::nullopt;
    return std::move(session->rubric);
}

std::vector<std::string> PracticalManager::graders(const std::string& sessionId)
{
    std::vector<std::string> out;
    auto read = m_store.database().prepare(
        "SELECT grader FROM practical_graders WHERE session_id = ? ORDER BY grader");
    read.bind(1, std::string_view(sessionId));
    while (read.step())
        out.push_back(read.columnText(0));
    return out;
}

std::vector<GraderAssignment> PracticalManager::assignments(const std::string& sessionId)
{
    std::vector<GraderAssignment> out;
    auto read = m_store.database().prepare(
        "SELECT grader, chief FROM practical_graders WHERE session_id = ? ORDER BY grader");
    read.bind(1, std::string_view(sessionId));
    while (read.step())
        out.push_back({read.columnText(0), read.columnInt64(1) != 0});
    return out;
}

bool PracticalManager::isOpen(const std::string& sessionId)
{
    auto session = loadSession(m_store.database(), sessionId);
    return session && session->open;
}

Outcome PracticalManager::recordKnowledgeSheet(site::PersonSession& person,
                                               const SignedDocument& document)
{
    if (auto gate = m_store.admit(person); !gate)
        return gate;
    if (document.kind != ScoreSheet::kind || !verifySignature(document))
        return refused(Refusal::InvalidInput, "not a validly signed knowledge score sheet");
    std::string why;
    auto sheet = ScoreSheet::fromBody(document.body, &why);
    if (!sheet)
        return refused(Refusal::InvalidInput, "the score sheet does not parse: " + why);
    return recordKnowledgeAttempt(person, *sheet);
}

Outcome PracticalManager::recordPaperSheet(site::PersonSession& person, const ScoreSheet& sheet)
{
    if (auto gate = m_store.admit(person); !gate)
        return gate;
    if (sheet.examMode != ExamMode::Paper)
        return refused(Refusal::InvalidInput, "sheet " + sheet.sheetId +
                                                  " is not a paper sheet: a kiosk sheet is "
                                                  "recorded as the kiosk signed it");
    return recordKnowledgeAttempt(person, sheet);
}

Outcome PracticalManager::recordKnowledgeAttempt(site::PersonSession& person,
                                                 const ScoreSheet& sheet)
{
    if (sheet.attempt != 1 && sheet.attempt != 2)
        return refused(Refusal::InvalidInput, "attempt " + std::to_string(sheet.attempt));
    auto& db = m_store.database();
    const auto before = attemptStanding(loadAttempts(db, sheet.idNo, ExamPart::Knowledge));
    for (const auto& a : loadAttempts(db, sheet.idNo, ExamPart::Knowledge))
        if (a.attempt == sheet.attempt)
            return Outcome::success(); // recorded before: a sheet counts once
    if (auto refusal = attemptRefusal(before, sheet.attempt))
        return refused(Refusal::WrongState, "knowledge exam: " + *refusal);

    store::Transaction tx(db);
    auto insert = db.prepare("INSERT INTO exam_attempts (id_no, exam, attempt, passed, plan_id, "
                             "source, recorded_at) VALUES (?, 'knowledge', ?, ?, ?, ?, ?)");
    insert.bind(1, std::string_view(sheet.idNo))
        .bind(2, sheet.attempt)
        .bind(3, sheet.passed ? 1 : 0)
        .bind(4, std::string_view(sheet.planId))
        .bind(5, std::string_view(sheet.sheetId))
        .bind(6, unixSeconds(m_store.clock().now()));
    insert.execute();
    if (sheet.passed) {
        // A practical session already open for this person now lets them in.
        auto update = db.prepare(
            "UPDATE practical_candidates SET eligible = 1, reason = ?, reason_code = ?, "
            "reason_note = '' WHERE id_no = ? AND eligible = 0 AND session_id IN (SELECT "
            "session_id FROM practical_sessions WHERE state = 'open')");
        update.bind(1, std::string_view("passed the knowledge exam here"))
            .bind(2, eligibilityReasonName(EligibilityReason::KnowledgePassedHere))
            .bind(3, std::string_view(sheet.idNo));
        update.execute();
    }
    m_store.audit().appendWithin(person.name(), person.key(), "knowledge-result", sheet.sheetId, "",
                                 nlohmann::json{{"passed", sheet.passed},
                                                {"attempt", sheet.attempt},
                                                {"mode", std::string(label(sheet.examMode))}}
                                     .dump());
    tx.commit();
    return Outcome::success();
}

AttemptStanding PracticalManager::standing(const std::string& idNo, ExamPart exam)
{
    return attemptStanding(loadAttempts(m_store.database(), idNo, exam));
}

std::vector<MakeUpEntry> PracticalManager::makeUpList()
{
    std::vector<MakeUpEntry> out;
    auto& db = m_store.database();
    auto people = db.prepare("SELECT DISTINCT id_no, exam FROM exam_attempts ORDER BY id_no, exam");
    while (people.step()) {
        MakeUpEntry entry;
        entry.idNo = people.columnText(0);
        entry.exam =
            people.columnText(1) == "knowledge" ? ExamPart::Knowledge : ExamPart::Practical;
        entry.standing = attemptStanding(loadAttempts(db, entry.idNo, entry.exam));
        if (entry.standing != AttemptStanding::NeedsMakeUp &&
            entry.standing != AttemptStanding::Retrain)
            continue;
        auto last = db.prepare("SELECT plan_id FROM exam_attempts WHERE id_no = ? AND exam = ? "
                               "ORDER BY attempt DESC LIMIT 1");
        last.bind(1, std::string_view(entry.idNo)).bind(2, examName(entry.exam));
        if (last.step())
            entry.planId = last.columnText(0);
        auto name = db.prepare("SELECT name FROM practical_candidates WHERE id_no = ? LIMIT 1");
        name.bind(1, std::string_view(entry.idNo));
        if (name.step())
            entry.name = name.columnText(0);
        out.push_back(std::move(entry));
    }
    return out;
}

} // namespace examroom::practical
