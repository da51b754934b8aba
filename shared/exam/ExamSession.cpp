#include "exam/ExamSession.h"

#include "crypto/Hex.h"
#include "domain/PaperDraw.h"
#include "exam/AnswerPayload.h"
#include "exam/ScoreSheetBuilder.h"
#include "store/Transaction.h"
#include "util/IsoTime.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace examroom {
namespace {

using nlohmann::json;

constexpr int attemptOpen = 0;
constexpr int attemptSubmitted = 1;
constexpr int attemptReleased = 2;

std::chrono::milliseconds allowanceOf(const ExamContext& context)
{
    return std::chrono::minutes(context.plan.blueprint.durationMinutes);
}

} // namespace

ExamSession::ExamSession(KioskStore& store, const ExamContext& context, const MonotonicSource& mono,
                         const Clock& wall)
    : m_store(store), m_context(context), m_mono(mono), m_wall(wall), m_journal(store.database()),
      m_clock(mono, allowanceOf(context))
{
}

std::string ExamSession::wallNow() const
{
    return OffsetTime{m_wall.now(), m_context.plan.knowledgeExam.start.offset}.toIso();
}

std::unique_ptr<ExamSession> ExamSession::begin(KioskStore& store, const ExamContext& context,
                                                const Candidate& candidate, const PaperSeed& seed,
                                                const MonotonicSource& mono, const Clock& wall,
                                                int attempt)
{
    std::unique_ptr<ExamSession> session(new ExamSession(store, context, mono, wall));
    session->m_attempt = attempt;
    session->m_attemptId = examroom::attemptId(context.plan.planId, candidate.ticketNo, attempt);
    if (store.database()
            .prepare("SELECT 1 FROM attempt_state WHERE attempt = ?")
            .bind(1, std::string_view(session->m_attemptId))
            .step())
        throw std::logic_error("the attempt " + session->m_attemptId + " already exists here");
    session->m_candidate = candidate;
    session->m_paper = drawPaper(context.bank, context.plan.blueprint, seed);
    session->m_answers.assign(session->m_paper.items.size(), std::nullopt);
    session->m_flags.assign(session->m_paper.items.size(), false);
    session->m_startedAt = session->wallNow();
    session->m_clock.start();
    json payload = {{"ticket", candidate.ticketNo},
                    {"attempt", attempt},
                    {"seed", crypto::toHex(seed)},
                    {"plan", context.plan.planId},
                    {"room", context.roomId},
                    {"seat", context.seatNo},
                    {"started_at", session->m_startedAt},
                    {"allowance_ms", session->m_clock.allowance().count()}};
    session->journal("start", payload.dump());
    return session;
}

std::unique_ptr<ExamSession> ExamSession::recover(KioskStore& store, const ExamContext& context,
                                                  const MonotonicSource& mono, const Clock& wall)
{
    auto& db = store.database();
    auto find = db.prepare("SELECT attempt, current_index, elapsed_ms, checkpoint_mono_ms, "
                           "boot_id, running, finished FROM attempt_state WHERE finished < ? "
                           "ORDER BY rowid DESC LIMIT 1");
    find.bind(1, attemptReleased);
    if (!find.step())
        return nullptr;
    std::unique_ptr<ExamSession> session(new ExamSession(store, context, mono, wall));
    session->m_attemptId = find.columnText(0);
    const int current = int(find.columnInt64(1));
    const Ms elapsedAtCheckpoint{find.columnInt64(2)};
    const Ms checkpointMono{find.columnInt64(3)};
    const std::string checkpointBoot = find.columnText(4);
    const bool running = find.columnInt64(5) != 0;
    const bool submitted = find.columnInt64(6) == attemptSubmitted;
    find.reset();

    auto entries = session->m_journal.entries(session->m_attemptId);
    if (auto check = verifyChain(entries); !check.ok)
        throw std::runtime_error("the answer journal of " + session->m_attemptId +
                                 " is broken: " + check.why);
    if (entries.empty() || entries.front().kind != "start")
        throw std::runtime_error("the answer journal of " + session->m_attemptId +
                                 " has no start entry");
    const std::string bootNow = mono.bootId();
    Ms lastMono{0};             // the last entry of this boot
    Ms lastMonoAtCheckpoint{0}; // the last entry of the checkpoint's boot
    for (const auto& entry : entries) {
        json payload = json::parse(entry.payload);
        if (entry.kind == "start") {
            const Candidate* candidate =
                context.findCandidate(payload.at("ticket").get<std::string>());
            if (!candidate)
                throw std::runtime_error("the journal names a candidate outside this session");
            session->m_candidate = *candidate;
            session->m_attempt = payload.at("attempt").get<int>();
            auto seedBytes = crypto::fromHex(payload.at("seed").get<std::string>());
            PaperSeed seed{};
            if (!seedBytes || seedBytes->size() != seed.size())
                throw std::runtime_error("the journal's paper seed is malformed");
            std::copy(seedBytes->begin(), seedBytes->end(), seed.begin());
            session->m_paper = drawPaper(context.bank, context.plan.blueprint, seed);
            session->m_answers.assign(session->m_paper.items.size(), std::nullopt);
            session->m_flags.assign(session->m_paper.items.size(), false);
            session->m_startedAt = payload.at("started_at").get<std::string>();
        } else if (entry.kind == "answer") {
            const auto change = readAnswerPayload(entry.payload);
            session->m_answers.at(change.index) = change.choice;
        } else if (entry.kind == "flag") {
            session->m_flags.at(payload.at("i").get<std::size_t>()) = payload.at("f").get<bool>();
        } else if (entry.kind == "extend") {
            (void)session->m_clock.extend(Ms{payload.at("ms").get<std::int64_t>()});
        } else if (entry.kind == "lock") {
            session->m_locked = true;
            session->m_pausedBeforeLock = payload.value("was_paused", false);
        } else if (entry.kind == "unlock") {
            session->m_locked = false;
            session->m_pausedBeforeLock = false;
        }
        if (auto cmd = payload.find("cmd"); cmd != payload.end() && cmd->is_string())
            session->m_appliedCommands.insert(cmd->get<std::string>());
        if (entry.bootId == bootNow)
            lastMono = std::max(lastMono, Ms{entry.monoMs});
        if (entry.bootId == checkpointBoot)
            lastMonoAtCheckpoint = std::max(lastMonoAtCheckpoint, Ms{entry.monoMs});
    }
    session->m_chain = {entries.back().seq, entries.back().hash};
    session->m_current = std::clamp(current, 0, std::max(session->itemCount() - 1, 0));

    // Same boot: the monotonic clock kept counting while the kiosk was down, so the exam time
    // did too (the proctor sees the downtime and may give it back). Another boot: the time
    // since the last checkpoint is known up to the last entry of the checkpoint's boot
    // (answers and flags do not rewrite the checkpoint; every change of the clock's state
    // does, so it ran throughout), the rest is unknown until the console resyncs the clock.
    Ms elapsed = elapsedAtCheckpoint;
    if (checkpointBoot == bootNow) {
        const Ms lastSeen = std::max(checkpointMono, lastMono);
        session->m_downtime = std::max(mono.now() - lastSeen, Ms{0});
        if (running)
            elapsed += std::max(mono.now() - checkpointMono, Ms{0});
    } else if (running) {
        elapsed += std::max(lastMonoAtCheckpoint - checkpointMono, Ms{0});
    }
    session->m_lastSaveMono = lastMono;
    session->m_clock.start(elapsed);
    if (!running)
        session->m_clock.pause();

    if (submitted) {
        auto sheet = db.prepare("SELECT document FROM sheet WHERE attempt = ?");
        sheet.bind(1, std::string_view(session->m_attemptId));
        if (!sheet.step())
            throw std::runtime_error("the attempt " + session->m_attemptId +
                                     " is submitted but its sheet is missing");
        session->m_sheet = SignedDocument::fromJson(sheet.columnText(0));
        if (!session->m_sheet)
            throw std::runtime_error("the stored sheet of " + session->m_attemptId +
                                     " is malformed");
        session->m_scoreSheet = ScoreSheet::fromBody(session->m_sheet->body);
        session->m_clock.pause();
    } else if (checkpointBoot != bootNow) {
        // Entries from now on carry this boot's monotonic time; the next recovery measures
        // them from a checkpoint of the same boot.
        session->checkpoint();
    }
    return session;
}

const Question& ExamSession::question(int index) const
{
    const PaperItem& item = m_paper.items.at(std::size_t(index));
    const Question* question = m_context.bank.find(item.questionId);
    if (!question)
        throw std::logic_error("the paper names a question the bank does not hold");
    return *question;
}

std::string ExamSession::headHash() const
{
    return crypto::toHex(m_chain.hash);
}

void ExamSession::writeState(store::Database& db, bool finished)
{
    // INSERT OR REPLACE would give the row a new rowid; keep the first one (recover() orders
    // attempts by it).
    auto& update = db.cached("UPDATE attempt_state SET current_index = ?, elapsed_ms = ?, "
                             "checkpoint_mono_ms = ?, boot_id = ?, running = ?, finished = ? "
                             "WHERE attempt = ?");
    const std::string boot = m_mono.bootId();
    update.bind(1, m_current)
        .bind(2, std::int64_t(m_clock.elapsed().count()))
        .bind(3, std::int64_t(m_mono.now().count()))
        .bind(4, std::string_view(boot))
        .bind(5, m_clock.isRunning() ? 1 : 0)
        .bind(6, finished ? attemptSubmitted : attemptOpen)
        .bind(7, std::string_view(m_attemptId));
    if (update.execute() == 0) {
        auto insert = db.prepare("INSERT INTO attempt_state (attempt, current_index, elapsed_ms, "
                                 "checkpoint_mono_ms, boot_id, running, finished) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, std::string_view(m_attemptId))
            .bind(2, m_current)
            .bind(3, std::int64_t(m_clock.elapsed().count()))
            .bind(4, std::int64_t(m_mono.now().count()))
            .bind(5, std::string_view(boot))
            .bind(6, m_clock.isRunning() ? 1 : 0)
            .bind(7, finished ? attemptSubmitted : attemptOpen);
        insert.execute();
    }
}

JournalEntry ExamSession::journal(const std::string& kind, const std::string& payload,
                                  ResumePoint resume)
{
    auto& db = m_store.database();
    store::Transaction transaction(db);
    auto entry =
        m_journal.appendAfter(m_chain, m_attemptId, kind, payload, m_mono.now(), m_mono.bootId());
    if (resume == ResumePoint::Rewrite)
        writeState(db);
    transaction.commit();
    m_chain = {entry.seq, entry.hash};
    m_lastSaveMono = Ms{entry.monoMs};
    return entry;
}

void ExamSession::setAnswer(int index, ChoiceSet displayed)
{
    if (isFinished())
        throw std::logic_error("the paper has been handed in");
    auto& slot = m_answers.at(std::size_t(index));
    const std::optional<ChoiceSet> next =
        displayed.empty() ? std::nullopt : std::optional(displayed);
    if (slot == next)
        return;
    journal("answer", answerPayload(std::size_t(index), displayed), ResumePoint::Keep);
    slot = next;
}

void ExamSession::setFlag(int index, bool flagged)
{
    if (isFinished())
        throw std::logic_error("the paper has been handed in");
    if (m_flags.at(std::size_t(index)) == flagged)
        return;
    journal("flag", json{{"i", index}, {"f", flagged}}.dump(), ResumePoint::Keep);
    m_flags[std::size_t(index)] = flagged;
}

void ExamSession::goTo(int index)
{
    if (index < 0 || index >= itemCount())
        throw std::out_of_range("no such question");
    m_current = index;
    // Position is the resume point only; rewriting the row is cheap, and a lost position
    // costs nothing but a tap.
    store::Transaction transaction(m_store.database());
    writeState(m_store.database(), isFinished());
    transaction.commit();
}

void ExamSession::checkpoint()
{
    store::Transaction transaction(m_store.database());
    writeState(m_store.database(), isFinished());
    transaction.commit();
}

void ExamSession::journalCommand(const std::string& kind, json payload,
                                 const std::string& commandId)
{
    if (!commandId.empty())
        payload["cmd"] = commandId;
    journal(kind, payload.dump());
    if (!commandId.empty())
        m_appliedCommands.insert(commandId);
}

void ExamSession::pause(const std::string& commandId)
{
    if (!m_clock.isRunning() || isFinished())
        return;
    m_clock.pause();
    journalCommand("pause", json{{"elapsed_ms", m_clock.elapsed().count()}}, commandId);
}

void ExamSession::resume(const std::string& commandId)
{
    if (m_clock.isRunning() || isFinished())
        return;
    m_clock.resume();
    journalCommand("resume", json{{"elapsed_ms", m_clock.elapsed().count()}}, commandId);
}

bool ExamSession::extend(Ms extra, const std::string& reason, const std::string& commandId)
{
    if (extra < Ms{0} || isFinished())
        return false;
    journalCommand("extend", json{{"ms", extra.count()}, {"reason", reason}}, commandId);
    (void)m_clock.extend(extra);
    return true;
}

void ExamSession::lock(const std::string& commandId)
{
    if (m_locked || isFinished())
        return;
    const bool wasRunning = m_clock.isRunning();
    m_clock.pause();
    try {
        journalCommand("lock",
                       json{{"elapsed_ms", m_clock.elapsed().count()}, {"was_paused", !wasRunning}},
                       commandId);
    } catch (...) {
        if (wasRunning)
            m_clock.resume();
        throw;
    }
    m_locked = true;
    m_pausedBeforeLock = !wasRunning;
}

void ExamSession::unlock(const std::string& commandId)
{
    if (!m_locked || isFinished())
        return;
    const bool resumeClock = !m_pausedBeforeLock;
    if (resumeClock)
        m_clock.resume();
    try {
        journalCommand("unlock", json{{"elapsed_ms", m_clock.elapsed().count()}}, commandId);
    } catch (...) {
        if (resumeClock)
            m_clock.pause();
        throw;
    }
    m_locked = false;
    m_pausedBeforeLock = false;
}

void ExamSession::syncElapsed(Ms elapsed)
{
    m_clock.setElapsed(elapsed);
    checkpoint();
}

SubmitCheck ExamSession::canSubmit() const
{
    return checkCandidateSubmit(m_clock.elapsed(), m_context.plan.blueprint.minMinutesBeforeSubmit);
}

const SignedDocument& ExamSession::submit(SubmitReason reason)
{
    if (m_sheet)
        return *m_sheet;
    const bool wasRunning = m_clock.isRunning();
    m_clock.pause();
    try {
        commitSubmit(reason);
    } catch (...) {
        if (wasRunning)
            m_clock.resume();
        throw;
    }
    return *m_sheet;
}

void ExamSession::commitSubmit(SubmitReason reason)
{
    const std::string submittedAt = wallNow();
    auto& db = m_store.database();
    store::Transaction transaction(db);
    // The submit entry goes first so that the head hash the sheet signs is the final one.
    JournalEntry entry = m_journal.appendAfter(
        m_chain, m_attemptId, "submit",
        json{{"reason", std::string(label(reason))}, {"submitted_at", submittedAt}}.dump(),
        m_mono.now(), m_mono.bootId());

    SheetFacts facts;
    facts.attempt = m_attempt;
    facts.startedAt = m_startedAt;
    facts.submittedAt = submittedAt;
    facts.reason = reason;
    facts.journalHeadHash = crypto::toHex(entry.hash);
    facts.kioskFingerprint = m_store.fingerprint();
    ScoreSheet sheet = buildScoreSheet(m_context, m_candidate, m_paper, m_answers, facts);
    SignedDocument document = sheet.sign(m_store.signingKey());
    db.prepare("INSERT INTO sheet (sheet_id, attempt, document, created_at) VALUES (?, ?, ?, ?)")
        .bind(1, std::string_view(sheet.sheetId))
        .bind(2, std::string_view(m_attemptId))
        .bind(3, std::string_view(document.toJson()))
        .bind(4, std::string_view(submittedAt))
        .execute();
    writeState(db, true);
    transaction.commit();
    m_chain = {entry.seq, entry.hash};
    m_lastSaveMono = Ms{entry.monoMs};
    m_scoreSheet = std::move(sheet);
    m_sheet = std::move(document);
}

void ExamSession::release()
{
    auto& db = m_store.database();
    store::Transaction transaction(db);
    db.prepare("UPDATE attempt_state SET finished = ? WHERE attempt = ?")
        .bind(1, attemptReleased)
        .bind(2, std::string_view(m_attemptId))
        .execute();
    transaction.commit();
}

} // namespace examroom
