#include "crypto/Hex.h"
#include "documents/ScoreSheet.h"
#include "exam/ExamSession.h"
#include "ExamTestSupport.h"
#include "store/StoreError.h"

#include <csignal>
#include <random>
#include <sys/wait.h>
#include <unistd.h>

using namespace examroom;
using namespace std::chrono_literals;

namespace {

struct Fixture
{
    test::TempDir dir;
    ExamContext context = test::sampleContext();
    ManualMonotonicSource mono;
    FixedClock wall{parseIsoTime("2027-03-08T08:05:00+08:00")->utc};
    std::unique_ptr<KioskStore> store = KioskStore::open(dir.path());

    const Candidate& candidate() const { return context.roster.front(); }
    std::unique_ptr<ExamSession> begin()
    {
        return ExamSession::begin(*store, context, candidate(), test::seedOf(7), mono, wall);
    }
    // Closes and reopens the store, as a restarted process would.
    std::unique_ptr<ExamSession> reopen()
    {
        store.reset();
        store = KioskStore::open(dir.path());
        return ExamSession::recover(*store, context, mono, wall);
    }
};

// The displayed choice that is the key of item `index`.
ChoiceSet keyOf(const ExamSession& session, int index)
{
    return session.paper().items[std::size_t(index)].key;
}

} // namespace

TEST_CASE("an exam session draws the paper and journals each answer")
{
    Fixture f;
    auto session = f.begin();
    CHECK(session->itemCount() == 30);
    CHECK(session->attemptId() == "2026-GD-SZ-LV-INIT-07/2026120807001/1");
    session->setAnswer(0, ChoiceSet::single(1));
    session->setAnswer(0, ChoiceSet::single(1)); // unchanged: not journalled again
    session->setFlag(2, true);
    CHECK(session->answeredCount() == 1);
    AnswerJournal journal(f.store->database());
    auto entries = journal.entries(session->attemptId());
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].kind == "start");
    CHECK(entries[1].kind == "answer");
    CHECK(entries[2].kind == "flag");
    CHECK(session->headHash() == crypto::toHex(entries[2].hash));
    CHECK_THROWS_AS(session->setAnswer(30, ChoiceSet::single(0)), std::out_of_range);
}

TEST_CASE("a restarted kiosk comes back to the same candidate question answers and time")
{
    Fixture f;
    std::string attempt;
    {
        auto session = f.begin();
        attempt = session->attemptId();
        session->setAnswer(3, ChoiceSet::single(0));
        session->setAnswer(4, ChoiceSet::fromBits(0b11));
        session->setFlag(5, true);
        session->goTo(5);
        f.mono.advance(20min);
        session->checkpoint();
        f.mono.advance(30s);
    }
    f.mono.advance(90s); // the kiosk is down
    auto recovered = f.reopen();
    REQUIRE(recovered);
    CHECK(recovered->attemptId() == attempt);
    CHECK(recovered->candidate().ticketNo == f.candidate().ticketNo);
    CHECK(recovered->currentIndex() == 5);
    CHECK(recovered->answers()[3] == ChoiceSet::single(0));
    CHECK(recovered->answers()[4] == ChoiceSet::fromBits(0b11));
    CHECK(recovered->flags()[5]);
    CHECK(recovered->answeredCount() == 2);
    // The monotonic clock kept counting while the kiosk was down (same boot).
    CHECK(recovered->clock().elapsed() == 22min);
    CHECK(recovered->clock().remaining() == 98min);
    REQUIRE(recovered->downtime());
    CHECK(*recovered->downtime() == 120s);
}

TEST_CASE("after a reboot the exam time resumes from the last checkpoint")
{
    Fixture f;
    {
        auto session = f.begin();
        f.mono.advance(10min);
        session->checkpoint();
    }
    f.mono.reboot("boot-2", 5s);
    auto recovered = f.reopen();
    REQUIRE(recovered);
    CHECK(recovered->clock().elapsed() == 10min);
    CHECK_FALSE(recovered->downtime());
}

TEST_CASE("after a reboot the exam time counts up to the last answer saved in each boot")
{
    Fixture f;
    {
        auto session = f.begin();
        f.mono.advance(10min);
        session->checkpoint();
        f.mono.advance(2min);
        session->setAnswer(0, ChoiceSet::single(1)); // no checkpoint after it
        f.mono.advance(1min);                        // then the power goes
    }
    f.mono.reboot("boot-2", 5s);
    {
        auto recovered = f.reopen();
        REQUIRE(recovered);
        CHECK(recovered->clock().elapsed() == 12min);
        f.mono.advance(3min);
        recovered->setFlag(1, true); // this boot's entry, again no checkpoint after it
        f.mono.advance(4min);
    }
    f.mono.reboot("boot-3", 5s);
    auto recovered = f.reopen();
    REQUIRE(recovered);
    CHECK(recovered->clock().elapsed() == 15min);
    CHECK(recovered->answers()[0] == ChoiceSet::single(1));
    CHECK(recovered->flags()[1]);
}

TEST_CASE("an answer save appends to the head held in memory and a stale head cannot fork it")
{
    Fixture f;
    auto session = f.begin();
    session->setAnswer(0, ChoiceSet::single(0));
    // Another writer appends behind the session's back: the session's next entry would take
    // the same seq, so it is refused instead of forking the chain.
    AnswerJournal(f.store->database())
        .append(session->attemptId(), "answer", R"({"c":2,"i":1})", f.mono.now(), f.mono.bootId());
    CHECK_THROWS_AS(session->setAnswer(2, ChoiceSet::single(1)), store::StoreError);
    CHECK_FALSE(session->answers()[2]);
    AnswerJournal journal(f.store->database());
    CHECK(journal.entries(session->attemptId()).size() == 3);
    CHECK(journal.verify(session->attemptId()).ok);
}

TEST_CASE("changing the wall clock does not change the remaining time")
{
    Fixture f;
    auto session = f.begin();
    f.mono.advance(5min);
    auto before = session->clock().remaining();
    f.wall.set(f.wall.now() + std::chrono::hours(5));
    CHECK(session->clock().remaining() == before);
    f.wall.set(f.wall.now() - std::chrono::hours(24));
    CHECK(session->clock().remaining() == before);
}

TEST_CASE("a pause and an extension survive a restart")
{
    Fixture f;
    {
        auto session = f.begin();
        f.mono.advance(10min);
        CHECK(session->extend(15min, "power cut"));
        CHECK_FALSE(session->extend(-1min, "no"));
        session->pause();
        f.mono.advance(30min);
    }
    auto recovered = f.reopen();
    REQUIRE(recovered);
    CHECK(recovered->isPaused());
    CHECK(recovered->clock().allowance() == 135min);
    CHECK(recovered->clock().elapsed() == 10min);
    recovered->resume();
    f.mono.advance(1min);
    CHECK(recovered->clock().elapsed() == 11min);
}

TEST_CASE("handing in is refused before the plan's minimum minutes")
{
    Fixture f;
    f.context.plan.blueprint.minMinutesBeforeSubmit = 30;
    auto session = f.begin();
    f.mono.advance(10min);
    auto check = session->canSubmit();
    CHECK_FALSE(check);
    CHECK(check.waitFor == 20min);
    f.mono.advance(20min);
    CHECK(session->canSubmit());
}

TEST_CASE("submit scores signs and stores the sheet with the journal head")
{
    Fixture f;
    auto session = f.begin();
    for (int i = 0; i < session->itemCount(); ++i)
        session->setAnswer(i, keyOf(*session, i));
    session->setAnswer(0, ChoiceSet{}); // clear one: 2 points lost
    f.mono.advance(40min);
    const SignedDocument& document = session->submit(SubmitReason::Candidate);
    CHECK(verifySignature(document));
    CHECK(document.signer == f.store->signingKey().publicKey());
    auto sheet = ScoreSheet::fromBody(document.body);
    REQUIRE(sheet);
    CHECK(sheet->scoreHalfPoints == 196);
    CHECK(sheet->passed);
    CHECK(sheet->journalHeadHash == session->headHash());
    CHECK(sheet->ticketNo == f.candidate().ticketNo);
    CHECK(sheet->name == f.candidate().name);
    CHECK(sheet->seatNo == 7);
    CHECK(sheet->examDate == "2027-03-08");
    CHECK(sheet->subject == "安全技术理论");
    CHECK(sheet->operationItem == "低压电工作业");
    CHECK(sheet->submittedAt == "2027-03-08T08:05:00+08:00");
    CHECK(sheet->answers.size() == 30);
    CHECK(sheet->answers[0].chosen.empty());
    CHECK(sheet->kioskFingerprint == f.store->fingerprint());
    // The chain ends in the submit entry and verifies.
    AnswerJournal journal(f.store->database());
    CHECK(journal.verify(session->attemptId()).ok);
    CHECK(journal.head(session->attemptId())->kind == "submit");
    // Idempotent, and no answer changes after it.
    CHECK(session->submit(SubmitReason::TimeUp).contentHash() == document.contentHash());
    CHECK_THROWS_AS(session->setAnswer(1, ChoiceSet::single(0)), std::logic_error);
    // A restart shows the same sheet; a released seat recovers nothing.
    auto recovered = f.reopen();
    REQUIRE(recovered);
    REQUIRE(recovered->signedSheet());
    CHECK(recovered->signedSheet()->contentHash() == document.contentHash());
    recovered->release();
    CHECK_FALSE(f.reopen());
}

TEST_CASE("the same attempt cannot be begun twice on one kiosk")
{
    Fixture f;
    f.begin();
    CHECK_THROWS_AS(f.begin(), std::logic_error);
}

TEST_CASE("a journal that was tampered with is refused at recovery")
{
    Fixture f;
    {
        auto session = f.begin();
        session->setAnswer(0, ChoiceSet::single(0));
    }
    // Someone with the database key rewrites an answer behind the kiosk's back.
    f.store->database().exec("DROP TRIGGER journal_no_update");
    f.store->database().exec(
        "UPDATE journal SET payload = '{\"c\":2,\"i\":0}' WHERE (attempt_seq & 4294967295) = 2");
    CHECK_THROWS_WITH_AS(f.reopen(), doctest::Contains("broken"), std::runtime_error);
}

TEST_CASE("a kiosk killed with SIGKILL keeps every acknowledged answer")
{
    test::TempDir dir;
    auto context = test::sampleContext();
    const Candidate& candidate = context.roster.front();
    FixedClock wall{parseIsoTime("2027-03-08T08:05:00+08:00")->utc};
    SteadyMonotonicSource mono;

    int acks[2];
    REQUIRE(::pipe(acks) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(acks[0]);
        try {
            auto store = KioskStore::open(dir.path());
            auto session =
                ExamSession::begin(*store, context, candidate, test::seedOf(9), mono, wall);
            for (int round = 0;; ++round) {
                const int index = round % session->itemCount();
                session->setAnswer(index, ChoiceSet::single(round % 2));
                session->goTo(index);
                const int ack = round;
                if (::write(acks[1], &ack, sizeof ack) != sizeof ack)
                    ::_exit(4);
            }
        } catch (...) {
        }
        ::_exit(3);
    }
    ::close(acks[1]);
    std::mt19937 random(std::random_device{}());
    const int killAfter = 5 + int(random() % 40);
    int lastAck = -1;
    for (int got = 0; got <= killAfter;) {
        int ack = 0;
        if (::read(acks[0], &ack, sizeof ack) != sizeof ack)
            break;
        lastAck = ack;
        ++got;
    }
    const auto killedAt = mono.now();
    ::kill(child, SIGKILL);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    ::close(acks[0]);
    REQUIRE(WIFSIGNALED(status));
    REQUIRE(lastAck >= 5);

    auto store = KioskStore::open(dir.path());
    auto session = ExamSession::recover(*store, context, mono, wall);
    REQUIRE(session);
    // Every answer acknowledged before the kill is there (a later one may be too).
    for (int round = std::max(0, lastAck - session->itemCount() + 1); round <= lastAck; ++round) {
        const int index = round % session->itemCount();
        // A later round may have overwritten this index already; only the last write counts.
        if (round + session->itemCount() <= lastAck)
            continue;
        const auto& answer = session->answers()[std::size_t(index)];
        INFO("round " << round);
        REQUIRE(answer);
        const bool laterWrite = round + session->itemCount() == lastAck + 1;
        if (!laterWrite)
            CHECK((*answer == ChoiceSet::single(round % 2)));
    }
    CHECK(AnswerJournal(store->database()).verify(session->attemptId()).ok);
    // The exam time kept running while the process was dead (same boot).
    const auto elapsed = session->clock().elapsed();
    CHECK(elapsed <= mono.now() - killedAt + 60s);
    CHECK(session->downtime().has_value());
}

TEST_CASE("a proctor command is journalled with its id and known after a restart")
{
    Fixture f;
    {
        auto session = f.begin();
        CHECK_FALSE(session->hasApplied("cmd-1"));
        CHECK(session->extend(15min, "power cut", "cmd-1"));
        CHECK(session->hasApplied("cmd-1"));
        CHECK_FALSE(session->hasApplied(""));
        // Killed here: the console never heard "applied" and the room link never recorded it.
    }
    auto recovered = f.reopen();
    REQUIRE(recovered);
    CHECK(recovered->hasApplied("cmd-1"));
    CHECK_FALSE(recovered->hasApplied("cmd-2"));
    CHECK(recovered->clock().allowance() == 135min);
    const auto entries = AnswerJournal(f.store->database()).entries(recovered->attemptId());
    CHECK(entries.back().kind == "extend");
    CHECK(entries.back().payload.find("\"cmd\":\"cmd-1\"") != std::string::npos);
}

TEST_CASE("a lock survives a restart and unlock returns to where the clock was")
{
    Fixture f;
    {
        auto session = f.begin();
        f.mono.advance(5min);
        session->lock("lock-1");
        CHECK(session->isLocked());
        CHECK_FALSE(session->pausedBeforeLock());
        f.mono.advance(20min);
    }
    auto recovered = f.reopen();
    REQUIRE(recovered);
    CHECK(recovered->isLocked());
    CHECK(recovered->hasApplied("lock-1"));
    CHECK(recovered->clock().elapsed() == 5min);
    recovered->unlock("unlock-1");
    CHECK_FALSE(recovered->isLocked());
    f.mono.advance(1min);
    CHECK(recovered->clock().elapsed() == 6min);
    // Paused by the proctor, then locked: unlocking keeps the pause.
    recovered->pause();
    recovered->lock();
    CHECK(recovered->pausedBeforeLock());
    recovered.reset();
    auto again = f.reopen();
    REQUIRE(again);
    CHECK(again->isLocked());
    again->unlock();
    CHECK(again->isPaused());
}

TEST_CASE("a kiosk killed between applying an extension and recording it applies it once")
{
    test::TempDir dir;
    auto context = test::sampleContext();
    const Candidate& candidate = context.roster.front();
    FixedClock wall{parseIsoTime("2027-03-08T08:05:00+08:00")->utc};
    SteadyMonotonicSource mono;
    {
        auto store = KioskStore::open(dir.path());
        (void)ExamSession::begin(*store, context, candidate, test::seedOf(9), mono, wall);
    }
    // The child applies the command and is killed at once, before anything else is written:
    // the room link's record (room_applied) and its "applied" answer never happen.
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        try {
            auto store = KioskStore::open(dir.path());
            auto session = ExamSession::recover(*store, context, mono, wall);
            if (session && session->extend(10min, "power cut", "cmd-extend-1"))
                ::raise(SIGKILL);
        } catch (...) {
        }
        ::_exit(3);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFSIGNALED(status));

    // Restarted, the kiosk gets the same command again (the console resends it).
    auto store = KioskStore::open(dir.path());
    auto session = ExamSession::recover(*store, context, mono, wall);
    REQUIRE(session);
    const auto allowance = session->clock().allowance();
    CHECK(allowance == std::chrono::minutes(context.plan.blueprint.durationMinutes) + 10min);
    REQUIRE(session->hasApplied("cmd-extend-1"));
    // What the kiosk does with a repeat: nothing.
    if (!session->hasApplied("cmd-extend-1"))
        CHECK(session->extend(10min, "power cut", "cmd-extend-1"));
    CHECK(session->clock().allowance() == allowance);
}
