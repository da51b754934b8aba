#pragma once

#include "documents/ScoreSheet.h"
#include "documents/SignedDocument.h"
#include "domain/Paper.h"
#include "domain/Scoring.h"
#include "exam/AnswerJournal.h"
#include "exam/ExamClock.h"
#include "exam/ExamContext.h"
#include "exam/KioskStore.h"
#include "exam/SubmitRules.h"
#include "util/Clock.h"

#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace examroom {

// One candidate's attempt on this kiosk: the drawn paper, the answers, flags and position,
// the clock, all journalled in kiosk.db so that a restart comes back to the same place.
// Every change is on disk (journal entry committed with synchronous=FULL) before the call
// returns; callers show an answer as saved only after that.
class ExamSession
{
public:
    using Ms = std::chrono::milliseconds;

    // Starts a new attempt: draws the paper from `seed`, journals "start" and starts the
    // clock. Throws DrawError when the bank cannot fill the blueprint, StoreError on a write
    // failure (nothing is journalled then), std::logic_error when the attempt already exists.
    static std::unique_ptr<ExamSession> begin(KioskStore& store, const ExamContext& context,
                                              const Candidate& candidate, const PaperSeed& seed,
                                              const MonotonicSource& mono, const Clock& wall,
                                              int attempt = 1);

    // Rebuilds this kiosk's newest attempt that was not released (submitted ones come back
    // with their sheet), or nullptr when there is none. The exam time comes from the clock
    // checkpoint and the journal's entries after it; an open attempt recovered in another
    // boot than its checkpoint's gets a checkpoint of this boot written at once. Throws
    // std::runtime_error when the journal's chain is broken or it names a candidate not in
    // `context`, StoreError on a read or write failure; nothing is written then.
    static std::unique_ptr<ExamSession> recover(KioskStore& store, const ExamContext& context,
                                                const MonotonicSource& mono, const Clock& wall);

    const std::string& attemptId() const { return m_attemptId; }
    const Candidate& candidate() const { return m_candidate; }
    const Paper& paper() const { return m_paper; }
    const Question& question(int index) const;
    int itemCount() const { return int(m_paper.items.size()); }
    const PaperAnswers& answers() const { return m_answers; }
    const std::vector<bool>& flags() const { return m_flags; }
    int currentIndex() const { return m_current; }
    int answeredCount() const { return examroom::answeredCount(m_answers); }
    std::vector<int> unansweredNumbers() const { return examroom::unansweredNumbers(m_answers); }
    const ExamClock& clock() const { return m_clock; }
    bool isPaused() const { return m_clock.hasStarted() && !m_clock.isRunning(); }
    bool isFinished() const { return m_sheet.has_value(); }
    const std::string& startedAt() const { return m_startedAt; }
    // The last committed entry's hash (hex).
    std::string headHash() const;
    // Monotonic time of the last committed change, for the heartbeat's last-save age.
    Ms lastSaveMono() const { return m_lastSaveMono; }
    // How long the kiosk was down before recover() (same boot only); nullopt when unknown.
    std::optional<Ms> downtime() const { return m_downtime; }

    // Records an answer (displayed positions; empty = cleared). No-op when unchanged. One
    // journal entry in one transaction, nothing else: the resume point is not rewritten (the
    // entry's monotonic time tells recover() how far the clock ran).
    // Throws std::out_of_range for a bad index, std::logic_error after submit, StoreError on
    // a write failure (the answer is then neither journalled nor kept in memory).
    void setAnswer(int index, ChoiceSet displayed);
    // Flags or unflags an item for review. Same failure contract as setAnswer.
    void setFlag(int index, bool flagged);
    // Moves to an item (the resume point, not journalled). Throws std::out_of_range.
    void goTo(int index);
    // Writes the clock checkpoint (called every few seconds). Throws StoreError.
    void checkpoint();

    // Proctor commands, journalled. extend() refuses negative minutes (returns false).
    // `commandId` (the console's idempotency key, may be empty) goes into the same journal
    // entry as the effect, so hasApplied() knows of it exactly when the effect is on disk:
    // a crash can never leave the effect without the record or the record without the effect.
    void pause(const std::string& commandId = {});
    void resume(const std::string& commandId = {});
    [[nodiscard]] bool extend(Ms extra, const std::string& reason,
                              const std::string& commandId = {});
    // The proctor locks the seat (e.g. the candidate moved to another one): the clock stops
    // and the lock survives a restart. unlock() restarts the clock unless it was paused
    // before the lock. No-ops when already (un)locked or after submit.
    void lock(const std::string& commandId = {});
    void unlock(const std::string& commandId = {});
    bool isLocked() const { return m_locked; }
    // Whether the clock was paused by the proctor before the lock (where unlock returns to).
    bool pausedBeforeLock() const { return m_pausedBeforeLock; }
    // Whether a command with this id is already in the journal (its effect is in force).
    bool hasApplied(const std::string& commandId) const
    {
        return !commandId.empty() && m_appliedCommands.count(commandId) != 0;
    }
    // Sets the elapsed exam time from the console's session clock.
    void syncElapsed(Ms elapsed);

    // Whether the candidate may hand in now (min_minutes_before_submit).
    SubmitCheck canSubmit() const;
    // Scores, builds and signs the sheet, journals "submit" and stores the sheet, all in one
    // transaction; returns the signed sheet. Idempotent: a second call returns the first
    // sheet. Throws StoreError on failure (then nothing is stored and it may be retried).
    const SignedDocument& submit(SubmitReason reason);
    // Closes the attempt (the proctor released the seat): recover() no longer returns it.
    // Throws StoreError.
    void release();
    const std::optional<SignedDocument>& signedSheet() const { return m_sheet; }
    const std::optional<ScoreSheet>& scoreSheet() const { return m_scoreSheet; }

private:
    ExamSession(KioskStore& store, const ExamContext& context, const MonotonicSource& mono,
                const Clock& wall);

    // Whether a journal entry also rewrites the resume point (position and clock checkpoint)
    // in its transaction: needed when the clock's state changes, not for answers and flags.
    enum class ResumePoint { Rewrite, Keep };
    JournalEntry journal(const std::string& kind, const std::string& payload,
                         ResumePoint resume = ResumePoint::Rewrite);
    // A proctor command's entry: `payload` plus the command id, remembered once journalled.
    void journalCommand(const std::string& kind, nlohmann::json payload,
                        const std::string& commandId);
    void commitSubmit(SubmitReason reason);
    void writeState(store::Database& db, bool finished = false);
    std::string wallNow() const;

    KioskStore& m_store;
    const ExamContext& m_context;
    const MonotonicSource& m_mono;
    const Clock& m_wall;
    AnswerJournal m_journal;
    std::string m_attemptId;
    int m_attempt = 1;
    Candidate m_candidate;
    Paper m_paper;
    PaperAnswers m_answers;
    std::vector<bool> m_flags;
    int m_current = 0;
    ExamClock m_clock;
    std::string m_startedAt;
    // The journal's head, kept from the last entry appended or read, so that a save does not
    // read it back from the table.
    ChainHead m_chain;
    Ms m_lastSaveMono{0};
    std::optional<Ms> m_downtime;
    std::set<std::string> m_appliedCommands;
    bool m_locked = false;
    bool m_pausedBeforeLock = false;
    std::optional<SignedDocument> m_sheet;
    std::optional<ScoreSheet> m_scoreSheet;
};

} // namespace examroom
