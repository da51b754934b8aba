#include "crypto/Hex.h"
#include "import/CentreFiles.h"
#include "site/CloseManager.h"
#include "site/IncidentManager.h"
#include "site/RoomManager.h"
#include "site/SessionManager.h"
#include "site/StartManager.h"
#include "SiteTestSupport.h"

#include <nlohmann/json.hpp>

using namespace examroom;
using namespace examroom::site;
using namespace std::chrono_literals;
using examroom::test::SiteFixture;

namespace {

constexpr std::string_view kAuthorization = "K7Q2M9XD4HTR";

// A room R1 of 12 paired, passing seats; the first 10 candidates of the sample roster in
// session "<plan>/R1", seated at random with 2 spare seats; the proctor "li" logged in.
struct RoomFixture : SiteFixture
{
    CentreFiles files = load();
    PersonSession proctor = person("li", Role::Proctor);
    SessionManager sessions{*store};
    StartManager starts{*store};
    IncidentManager incidents{*store};
    CloseManager closer{*store};
    std::string sessionId = setUp();

    CentreFiles load()
    {
        auto imported = importCentreFiles(test::sampleDataDir(), clock);
        REQUIRE(imported.files);
        return std::move(*imported.files);
    }

    std::string setUp()
    {
        RoomManager room(*store);
        REQUIRE(room.addSeats(proctor, "R1", 12).ok());
        for (int seat = 1; seat <= 12; ++seat) {
            REQUIRE(room.pairKiosk(proctor, "R1", seat, "KIOSK-" + std::to_string(seat)).ok());
            REQUIRE(room.recordCheck(proctor, "R1", seat, {1920, 1080, 9000, 0, "0.1.0", true}, {})
                        .ok());
        }
        std::vector<Candidate> roster(files.roster.begin(), files.roster.begin() + 10);
        auto opened = sessions.openSession(proctor, files.plan, "R1", roster);
        REQUIRE(opened.ok());
        REQUIRE(sessions.assignSeats(proctor, *opened.value, AssignmentMode::Random, 2).ok());
        return *opened.value;
    }

    static std::optional<crypto::SecretBytes> check(std::string_view typed)
    {
        if (typed != kAuthorization)
            return std::nullopt;
        return crypto::SecretBytes::random(32);
    }

    void startOnTime()
    {
        clock.set(at("2027-03-08T08:00:00+08:00"));
        (void)accounts.unlock(proctor, "li-password");
        REQUIRE(starts.start(proctor, sessionId, kAuthorization, check).ok());
    }

    // Time passes; the console locked itself meanwhile, so the proctor unlocks it.
    void wait(std::chrono::seconds by)
    {
        advance(by);
        REQUIRE(accounts.unlock(proctor, "li-password").ok());
    }

    const Candidate& candidate(int i) const { return files.roster[std::size_t(i)]; }
};

} // namespace

TEST_CASE("a candidate is found by ticket number ID number or scanned QR payload")
{
    RoomFixture f;
    const auto& c = f.candidate(3);
    CHECK(f.sessions.find(f.sessionId, c.ticketNo)->ticketNo == c.ticketNo);
    CHECK(f.sessions.find(f.sessionId, c.id.number)->ticketNo == c.ticketNo);
    CHECK(f.sessions.find(f.sessionId, " " + c.ticketNo + "\r\n")->ticketNo == c.ticketNo);
    CHECK(f.sessions.find(f.sessionId, "EXAMROOM:" + c.ticketNo)->ticketNo == c.ticketNo);
    CHECK_FALSE(f.sessions.find(f.sessionId, "nobody"));
    CHECK_FALSE(f.sessions.find(f.sessionId, ""));
}

TEST_CASE("seat assignment is recorded with its seed and leaves spare seats free")
{
    RoomFixture f;
    auto info = f.sessions.session(f.sessionId);
    CHECK(info->assignmentMode == "random");
    CHECK(info->assignmentSeed.size() == 32);
    CHECK(info->spareSeats == "11,12");
    auto replay = assignSeats(
        [&] {
            std::vector<std::string> t;
            for (const auto& c : f.sessions.candidates(f.sessionId))
                t.push_back(c.ticketNo);
            return t;
        }(),
        RoomManager(*f.store).usableSeats("R1"), 2, AssignmentMode::Random, info->assignmentSeed);
    for (const auto& c : f.sessions.candidates(f.sessionId))
        CHECK(replay.plan.seatOf.at(c.ticketNo) == c.seatNo.value());
}

TEST_CASE("opening a session refuses a room outside the plan or a duplicate ticket")
{
    RoomFixture f;
    std::vector<Candidate> roster{f.candidate(0)};
    CHECK(f.sessions.openSession(f.proctor, f.files.plan, "R9", roster).outcome.refusal ==
          Refusal::InvalidInput);
    roster.push_back(f.candidate(0));
    CHECK(f.sessions.openSession(f.proctor, f.files.plan, "R1", roster).outcome.refusal ==
          Refusal::InvalidInput);
    CHECK(f.sessions.openSession(f.proctor, f.files.plan, "R1", {f.candidate(1)}).outcome.refusal ==
          Refusal::WrongState);
}

TEST_CASE("the start is refused before the window unless an administrator gives a reason")
{
    RoomFixture f;
    auto early = f.starts.start(f.proctor, f.sessionId, kAuthorization, RoomFixture::check);
    CHECK(early.outcome.refusal == Refusal::TooEarly);
    CHECK(
        f.starts.start(f.admin, f.sessionId, kAuthorization, RoomFixture::check).outcome.refusal ==
        Refusal::NeedsReason);
    auto overridden = f.starts.start(f.admin, f.sessionId, kAuthorization, RoomFixture::check,
                                     "centre asked to start early");
    REQUIRE(overridden.ok());
    CHECK(overridden.value->size() == 32);
    CHECK(f.sessions.session(f.sessionId)->state == SessionState::Started);
    bool logged = false;
    for (const auto& e : f.store->audit().entries())
        logged |= e.action == "start-early-override" && e.reason == "centre asked to start early";
    CHECK(logged);
}

TEST_CASE("wrong authorization passwords are counted logged and rate limited")
{
    RoomFixture f;
    f.clock.set(SiteFixture::at("2027-03-08T08:00:00+08:00"));
    REQUIRE(f.accounts.unlock(f.proctor, "li-password").ok());
    CHECK(f.starts.start(f.proctor, f.sessionId, "WRONG", RoomFixture::check).outcome.refusal ==
          Refusal::WrongPassword);
    CHECK(f.starts.start(f.proctor, f.sessionId, "WRONG", RoomFixture::check).outcome.refusal ==
          Refusal::WrongPassword);
    auto third = f.starts.start(f.proctor, f.sessionId, "WRONG", RoomFixture::check);
    CHECK(third.outcome.refusal == Refusal::RateLimited);
    // Even the right password waits out the backoff.
    CHECK(f.starts.start(f.proctor, f.sessionId, kAuthorization, RoomFixture::check)
              .outcome.refusal == Refusal::RateLimited);
    f.advance(31s);
    CHECK(f.starts.start(f.proctor, f.sessionId, kAuthorization, RoomFixture::check).ok());
    auto info = f.sessions.session(f.sessionId);
    CHECK(info->authTotalFailures == 3);
    CHECK(info->authFailedAttempts == 0);
    int logged = 0;
    for (const auto& e : f.store->audit().entries())
        logged += e.action == "authorization-failed" ? 1 : 0;
    CHECK(logged == 3);
}

TEST_CASE("the bank key is given again for a started session after the password")
{
    RoomFixture f;
    CHECK(f.starts.reopenKey(f.proctor, f.sessionId, kAuthorization, RoomFixture::check)
              .outcome.refusal == Refusal::WrongState); // not started yet
    f.clock.set(SiteFixture::at("2027-03-08T08:00:00+08:00"));
    REQUIRE(f.accounts.unlock(f.proctor, "li-password").ok());
    REQUIRE(f.starts.start(f.proctor, f.sessionId, kAuthorization, RoomFixture::check).ok());
    CHECK(f.starts.reopenKey(f.proctor, f.sessionId, "WRONG", RoomFixture::check).outcome.refusal ==
          Refusal::WrongPassword);
    auto again = f.starts.reopenKey(f.proctor, f.sessionId, kAuthorization, RoomFixture::check);
    REQUIRE(again.ok());
    CHECK(again.value->size() == 32);
    auto info = f.sessions.session(f.sessionId);
    CHECK(info->state == SessionState::Started);
    CHECK(info->authTotalFailures == 1);
    CHECK(info->authFailedAttempts == 0);
    int logged = 0;
    for (const auto& e : f.store->audit().entries())
        logged += e.action == "authorization-again" ? 1 : 0;
    CHECK(logged == 1);
}

TEST_CASE("late candidates are refused after the cut-off unless overridden with a reason")
{
    RoomFixture f;
    REQUIRE(f.sessions.checkIn(f.proctor, f.sessionId, f.candidate(0).ticketNo).ok());
    f.startOnTime();
    f.wait(15min);
    CHECK(f.sessions.checkIn(f.proctor, f.sessionId, f.candidate(1).ticketNo).ok());
    f.wait(1s);
    CHECK(f.sessions.checkIn(f.proctor, f.sessionId, f.candidate(2).ticketNo).refusal ==
          Refusal::TooLate);
    CHECK(
        f.sessions.checkIn(f.proctor, f.sessionId, f.candidate(2).ticketNo, "bus broke down").ok());
    CHECK(f.sessions.find(f.sessionId, f.candidate(2).ticketNo)->lateOverride == "bus broke down");
    CHECK(f.sessions.markAbsent(f.proctor, f.sessionId, f.candidate(3).ticketNo).ok());
    CHECK(f.sessions.markAbsent(f.proctor, f.sessionId, f.candidate(0).ticketNo).refusal ==
          Refusal::WrongState);
}

TEST_CASE("absence cannot be marked before the cut-off")
{
    RoomFixture f;
    CHECK(f.sessions.markAbsent(f.proctor, f.sessionId, f.candidate(3).ticketNo).refusal ==
          Refusal::WrongState);
    f.startOnTime();
    CHECK(f.sessions.markAbsent(f.proctor, f.sessionId, f.candidate(3).ticketNo).refusal ==
          Refusal::WrongState);
}

TEST_CASE("a paper seed is issued once and reissued unchanged")
{
    RoomFixture f;
    const auto ticket = f.candidate(0).ticketNo;
    REQUIRE(f.sessions.checkIn(f.proctor, f.sessionId, ticket).ok());
    CHECK(f.starts.paperSeed(f.sessionId, ticket).outcome.refusal == Refusal::WrongState);
    f.startOnTime();
    auto first = f.starts.paperSeed(f.sessionId, ticket);
    REQUIRE(first.ok());
    CHECK(first.value->size() == 32);
    CHECK(*f.starts.paperSeed(f.sessionId, ticket).value == *first.value);
    // A candidate not present gets none.
    CHECK(f.starts.paperSeed(f.sessionId, f.candidate(1).ticketNo).outcome.refusal ==
          Refusal::WrongState);
}

TEST_CASE("incidents need a reason and a present candidate and are recorded")
{
    RoomFixture f;
    const auto ticket = f.candidate(0).ticketNo;
    REQUIRE(f.sessions.checkIn(f.proctor, f.sessionId, ticket).ok());
    f.startOnTime();
    CHECK(f.incidents.extend(f.proctor, f.sessionId, ticket, 10, "").refusal ==
          Refusal::NeedsReason);
    CHECK(f.incidents.extend(f.proctor, f.sessionId, ticket, 0, "power cut").refusal ==
          Refusal::InvalidInput);
    CHECK(f.incidents.extend(f.proctor, f.sessionId, f.candidate(1).ticketNo, 5, "x").refusal ==
          Refusal::WrongState);
    CHECK(f.incidents.extend(f.proctor, f.sessionId, ticket, 10, "power cut").ok());
    CHECK(f.incidents.pause(f.proctor, f.sessionId, ticket, "toilet").ok());
    CHECK(f.incidents.pause(f.proctor, f.sessionId, ticket, "toilet").refusal ==
          Refusal::WrongState);
    CHECK(f.incidents.resume(f.proctor, f.sessionId, ticket, "back").ok());
    CHECK(f.incidents.warn(f.proctor, f.sessionId, ticket, "talking").ok());
    auto c = f.sessions.find(f.sessionId, ticket);
    CHECK(c->extensionMinutes == 10);
    CHECK(c->warnings == 1);
    CHECK_FALSE(c->paused);
}

TEST_CASE("a candidate moves to a spare seat and the old seat is locked")
{
    RoomFixture f;
    const auto ticket = f.candidate(0).ticketNo;
    REQUIRE(f.sessions.checkIn(f.proctor, f.sessionId, ticket).ok());
    f.startOnTime();
    auto seed = *f.starts.paperSeed(f.sessionId, ticket).value;
    int oldSeat = *f.sessions.find(f.sessionId, ticket)->seatNo;
    CHECK(f.incidents.moveSeat(f.proctor, f.sessionId, ticket, oldSeat == 1 ? 2 : 1, "dead")
              .refusal == Refusal::SeatUnavailable);
    REQUIRE(f.incidents.moveSeat(f.proctor, f.sessionId, ticket, 12, "screen died").ok());
    CHECK(*f.sessions.find(f.sessionId, ticket)->seatNo == 12);
    CHECK(RoomManager(*f.store).seat("R1", oldSeat)->locked);
    CHECK(f.sessions.session(f.sessionId)->spareSeats == "11");
    CHECK(f.incidents.moveSeat(f.proctor, f.sessionId, ticket, 12, "again").refusal ==
          Refusal::SeatUnavailable);
    // The resume gets the same paper.
    CHECK(*f.starts.paperSeed(f.sessionId, ticket).value == seed);
}

TEST_CASE("removal needs a second staff member's password")
{
    RoomFixture f;
    auto second = f.person("wang", Role::Proctor);
    auto grader = f.person("zhao", Role::Grader);
    const auto ticket = f.candidate(0).ticketNo;
    REQUIRE(f.sessions.checkIn(f.proctor, f.sessionId, ticket).ok());
    f.startOnTime();
    CHECK(f.incidents
              .remove(f.proctor, f.sessionId, ticket, "cheating", f.accounts, "li", "li-password")
              .refusal == Refusal::NotPermitted);
    CHECK(
        f.incidents
            .remove(f.proctor, f.sessionId, ticket, "cheating", f.accounts, "wang", "bad-password")
            .refusal == Refusal::WrongPassword);
    CHECK(
        f.incidents
            .remove(f.proctor, f.sessionId, ticket, "cheating", f.accounts, "zhao", "zhao-password")
            .refusal == Refusal::NotPermitted);
    CHECK(f.sessions.find(f.sessionId, ticket)->status == CandidateStatus::Present);
    REQUIRE(
        f.incidents
            .remove(f.proctor, f.sessionId, ticket, "cheating", f.accounts, "wang", "wang-password")
            .ok());
    CHECK(f.sessions.find(f.sessionId, ticket)->status == CandidateStatus::Removed);

    const auto entries = f.store->audit().entries();
    const auto& removal = entries.back();
    CHECK(removal.action == "remove");
    auto detail = nlohmann::json::parse(removal.detail);
    auto statement = detail["statement"].get<std::string>();
    auto signature = crypto::fromHex(detail["cosignature"].get<std::string>());
    REQUIRE(signature);
    crypto::Signature sig{};
    std::copy(signature->begin(), signature->end(), sig.begin());
    CHECK(crypto::verify(second.key().publicKey(), crypto::asBytes(statement), sig));
    CHECK(f.store->audit().verify().ok);
}

TEST_CASE("the session closes only when everyone is done and the record is countersigned")
{
    RoomFixture f;
    auto second = f.person("wang", Role::Proctor);
    for (int i = 0; i < 8; ++i)
        REQUIRE(f.sessions.checkIn(f.proctor, f.sessionId, f.candidate(i).ticketNo).ok());
    f.startOnTime();
    REQUIRE(
        f.incidents.extend(f.proctor, f.sessionId, f.candidate(1).ticketNo, 5, "late kiosk").ok());
    CHECK(f.closer.close(f.proctor, f.sessionId, "").outcome.refusal == Refusal::WrongState);
    for (int i = 0; i < 6; ++i)
        REQUIRE(f.starts.recordSubmitted(f.sessionId, f.candidate(i).ticketNo, "candidate").ok());
    REQUIRE(f.incidents.forceSubmit(f.proctor, f.sessionId, f.candidate(6).ticketNo, "time").ok());
    REQUIRE(f.incidents
                .remove(f.proctor, f.sessionId, f.candidate(7).ticketNo, "phone", f.accounts,
                        "wang", "wang-password")
                .ok());
    f.wait(16min);
    CHECK(f.closer.blockingCandidates(f.sessionId).size() == 2);
    REQUIRE(f.sessions.markAbsent(f.proctor, f.sessionId, f.candidate(8).ticketNo).ok());
    REQUIRE(f.sessions.markAbsent(f.proctor, f.sessionId, f.candidate(9).ticketNo).ok());
    CHECK(f.closer.blockingCandidates(f.sessionId).empty());

    auto closed = f.closer.close(f.proctor, f.sessionId, "考场秩序良好");
    REQUIRE(closed.ok());
    const auto& record = *closed.value;
    CHECK(record.kind == "session-record");
    CHECK(record.signer == f.proctor.key().publicKey());
    CHECK(verifySignature(record));
    auto body = nlohmann::json::parse(record.body);
    CHECK(body["absentees"].size() == 2);
    CHECK(body["removed"].size() == 1);
    CHECK(body["extensions"].size() == 1);
    CHECK(body["incidents"].size() == 3);
    CHECK(body["notes"] == "考场秩序良好");
    CHECK(body["seats"].size() == 10);
    CHECK(body["staff"].size() == 2);

    CHECK(f.sessions.session(f.sessionId)->state == SessionState::Closed);
    CHECK(f.sessions.checkIn(f.proctor, f.sessionId, f.candidate(8).ticketNo, "x").refusal ==
          Refusal::WrongState);
    CHECK(f.closer.close(f.proctor, f.sessionId, "").outcome.refusal == Refusal::WrongState);
    CHECK(f.store->audit().verify().ok);
}

TEST_CASE("a grader cannot run the room")
{
    RoomFixture f;
    auto grader = f.person("zhao", Role::Grader);
    CHECK(f.sessions.checkIn(grader, f.sessionId, f.candidate(0).ticketNo).refusal ==
          Refusal::NotPermitted);
}
