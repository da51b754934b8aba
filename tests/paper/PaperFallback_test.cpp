#include "../practical/PracticalFixture.h"
#include "documents/ScoreSheet.h"
#include "domain/PaperDraw.h"
#include "domain/Scoring.h"
#include "exam/AnswerPayload.h"
#include "import/CentreFiles.h"
#include "paper/PaperManager.h"
#include "PaperFixture.h"
#include "site/CloseManager.h"
#include "site/Outbox.h"
#include "site/RoomLinkStore.h"
#include "site/RoomManager.h"
#include "site/SessionManager.h"
#include "site/StartManager.h"

#include <nlohmann/json.hpp>

using namespace examroom;
using namespace examroom::site;
using examroom::paper::PaperManager;
using examroom::test::PaperFixture;

TEST_CASE("switching to paper is an incident with a reason in the audit log")
{
    PaperFixture f;
    CHECK(f.paper.switchCandidate(f.li, f.sessionId, f.ticket(0), "").refusal ==
          Refusal::NeedsReason);
    CHECK(f.paper.switchCandidate(f.grader, f.sessionId, f.ticket(0), "kiosk dead").refusal ==
          Refusal::NotPermitted);
    CHECK(f.paper.switchCandidate(f.li, f.sessionId, "nobody", "kiosk dead").refusal ==
          Refusal::NotFound);
    CHECK(f.tableRows("paper_candidates") == 0);

    REQUIRE(f.paper.switchCandidate(f.li, f.sessionId, f.ticket(0), "考位 1 黑屏").ok());
    CHECK(f.paper.switchCandidate(f.li, f.sessionId, f.ticket(0), "again").refusal ==
          Refusal::WrongState);
    auto status = f.paper.status(f.sessionId, f.ticket(0));
    REQUIRE(status);
    CHECK(status->reason == "考位 1 黑屏");
    CHECK(status->switchedBy == "li");
    CHECK(f.auditCount("switch-to-paper") == 1);
    auto incidents = f.store->database().prepare(
        "SELECT kind, reason, actor FROM incidents WHERE ticket_no = ?");
    incidents.bind(1, std::string_view(f.ticket(0)));
    REQUIRE(incidents.step());
    CHECK(incidents.columnText(0) == "paper");
    CHECK(incidents.columnText(1) == "考位 1 黑屏");
    CHECK(incidents.columnText(2) == "li");
    CHECK(verifyAuditChain(f.store->audit().entries()).ok);
}

TEST_CASE("the printed paper is the one the kiosk draws from the same seed")
{
    PaperFixture f;
    // The kiosk asked first: the seed it got is the one the paper is drawn from.
    auto issued = f.starts.paperSeed(f.sessionId, f.ticket(1));
    REQUIRE(issued.ok());
    REQUIRE(f.paper.switchCandidate(f.li, f.sessionId, f.ticket(1), "kiosk froze").ok());
    CHECK(f.starts.paperSeed(f.sessionId, f.ticket(1)).outcome.refusal == Refusal::None);
    PaperSeed seed{};
    std::copy(issued.value->begin(), issued.value->end(), seed.begin());
    const Paper kiosk = drawPaper(f.files.bank, f.files.plan.blueprint, seed);
    auto printed = f.paper.paper(f.sessionId, f.ticket(1), f.context);
    REQUIRE(printed.ok());
    REQUIRE(printed.value->items.size() == kiosk.items.size());
    for (std::size_t i = 0; i < kiosk.items.size(); ++i) {
        CHECK(printed.value->items[i].questionId == kiosk.items[i].questionId);
        CHECK(printed.value->items[i].optionOrder == kiosk.items[i].optionOrder);
    }

    // No kiosk asked: the switch issues the seed, and it is the one a kiosk would get later.
    REQUIRE(f.paper.switchCandidate(f.li, f.sessionId, f.ticket(2), "no kiosk").ok());
    auto later = f.starts.paperSeed(f.sessionId, f.ticket(2));
    REQUIRE(later.ok());
    std::copy(later.value->begin(), later.value->end(), seed.begin());
    CHECK(f.paper.paper(f.sessionId, f.ticket(2), f.context).value->items.front().questionId ==
          drawPaper(f.files.bank, f.files.plan.blueprint, seed).items.front().questionId);

    ExamContext other = f.context;
    other.plan.planId = "ANOTHER";
    CHECK(f.paper.paper(f.sessionId, f.ticket(1), other).outcome.refusal == Refusal::InvalidInput);
    CHECK(f.paper.paper(f.sessionId, f.ticket(3), f.context).outcome.refusal ==
          Refusal::WrongState);
}

TEST_CASE("two staff enter a paper and it is scored by the kiosk scoring code")
{
    PaperFixture f;
    REQUIRE(f.paper.switchCandidate(f.li, f.sessionId, f.ticket(0), "kiosk dead").ok());
    const Paper p = *f.paper.paper(f.sessionId, f.ticket(0), f.context).value;
    auto answers = f.keyLetters(p);
    answers[0] = ""; // left blank
    REQUIRE(f.paper.enter(f.li, f.sessionId, f.ticket(0), f.context, answers).ok());
    // Lower case and any order read the same as the first entry.
    auto typed = answers;
    for (auto& a : typed)
        std::reverse(a.begin(), a.end());
    for (auto& a : typed)
        for (auto& c : a)
            c = char(c - 'A' + 'a');
    REQUIRE(f.paper.enter(f.wang, f.sessionId, f.ticket(0), f.context, typed).ok());
    auto diffs = f.paper.differences(f.sessionId, f.ticket(0));
    REQUIRE(diffs.ok());
    CHECK(diffs.value->empty());

    auto sheet = f.paper.score(f.li, f.sessionId, f.ticket(0), f.context);
    REQUIRE_MESSAGE(sheet.ok(), sheet.outcome.why);
    PaperAnswers expected(p.items.size());
    for (std::size_t i = 1; i < p.items.size(); ++i)
        expected[i] = p.items[i].key;
    const auto score = scorePaper(p, expected, f.files.plan.blueprint.passPoints);
    CHECK(sheet.value->scoreHalfPoints == score.halfPoints);
    CHECK(sheet.value->passed == score.passed);
    CHECK(sheet.value->examMode == ExamMode::Paper);
    CHECK(sheet.value->paperRecords.size() == 2);
    CHECK(sheet.value->answers.front().chosen.empty());
    CHECK(sheet.value->sheetId == f.files.plan.planId + "/" + f.ticket(0) + "/1");
    for (const auto& record : sheet.value->paperRecords) {
        auto envelope = SignedDocument::fromJson(record);
        REQUIRE(envelope);
        CHECK(envelope->kind == "paper-entry");
        CHECK(verifySignature(*envelope));
    }
    CHECK(f.sessions.find(f.sessionId, f.ticket(0))->status == CandidateStatus::Submitted);
    CHECK(f.paper.score(f.li, f.sessionId, f.ticket(0), f.context).outcome.refusal ==
          Refusal::WrongState);
    CHECK(f.paper.status(f.sessionId, f.ticket(0))->scored);
}

TEST_CASE("differences between the two entries must be resolved before scoring")
{
    PaperFixture f;
    REQUIRE(f.paper.switchCandidate(f.li, f.sessionId, f.ticket(0), "kiosk dead").ok());
    const Paper p = *f.paper.paper(f.sessionId, f.ticket(0), f.context).value;
    auto first = f.keyLetters(p);
    auto second = first;
    second[2] = first[2] == "A" ? "B" : "A";
    second[5] = "";
    REQUIRE(f.paper.enter(f.li, f.sessionId, f.ticket(0), f.context, first).ok());
    CHECK(f.paper.differences(f.sessionId, f.ticket(0)).outcome.refusal == Refusal::WrongState);
    CHECK(f.paper.score(f.li, f.sessionId, f.ticket(0), f.context).outcome.refusal ==
          Refusal::WrongState);
    REQUIRE(f.paper.enter(f.wang, f.sessionId, f.ticket(0), f.context, second).ok());
    auto diffs = f.paper.differences(f.sessionId, f.ticket(0));
    REQUIRE(diffs.value->size() == 2);
    CHECK((*diffs.value)[0].item == 2);
    CHECK((*diffs.value)[1].item == 5);
    CHECK(f.paper.status(f.sessionId, f.ticket(0))->unresolved == 2);

    auto refused = f.paper.score(f.li, f.sessionId, f.ticket(0), f.context);
    CHECK(refused.outcome.refusal == Refusal::WrongState);
    CHECK(refused.outcome.why.find("3、6") != std::string::npos);
    CHECK(f.paper.resolve(f.li, f.sessionId, f.ticket(0), f.context, 2, first[2], "").refusal ==
          Refusal::NeedsReason);
    CHECK(f.paper.resolve(f.li, f.sessionId, f.ticket(0), f.context, 1, "A", "checked").refusal ==
          Refusal::InvalidInput);
    CHECK(f.paper.resolve(f.li, f.sessionId, f.ticket(0), f.context, 2, "Z", "checked").refusal ==
          Refusal::InvalidInput);
    REQUIRE(f.paper.resolve(f.li, f.sessionId, f.ticket(0), f.context, 2, first[2], "核对试卷原件")
                .ok());
    CHECK(f.paper.resolve(f.wang, f.sessionId, f.ticket(0), f.context, 2, "B", "again").refusal ==
          Refusal::WrongState);
    REQUIRE(f.paper.resolve(f.wang, f.sessionId, f.ticket(0), f.context, 5, "", "原件未作答").ok());
    auto sheet = f.paper.score(f.li, f.sessionId, f.ticket(0), f.context);
    REQUIRE_MESSAGE(sheet.ok(), sheet.outcome.why);
    CHECK(sheet.value->paperRecords.size() == 4);
    CHECK(sheet.value->answers[2].correct);
    CHECK(sheet.value->answers[5].chosen.empty());
    CHECK(f.auditCount("paper-resolve") == 2);
}

TEST_CASE("bad paper entries are refused with the reason and nothing stored")
{
    PaperFixture f;
    REQUIRE(f.paper.switchCandidate(f.li, f.sessionId, f.ticket(0), "kiosk dead").ok());
    const Paper p = *f.paper.paper(f.sessionId, f.ticket(0), f.context).value;
    auto good = f.keyLetters(p);

    auto shortEntry = good;
    shortEntry.pop_back();
    auto refused = f.paper.enter(f.li, f.sessionId, f.ticket(0), f.context, shortEntry);
    CHECK(refused.refusal == Refusal::InvalidInput);
    CHECK(refused.why.find(std::to_string(p.items.size())) != std::string::npos);

    // Find a 判断 (2 options) and a 单选 item to break.
    std::size_t tf = 0, single = 0;
    for (std::size_t i = 0; i < p.items.size(); ++i) {
        if (p.items[i].type == QuestionType::TrueFalse)
            tf = i;
        if (p.items[i].type == QuestionType::Single)
            single = i;
    }
    auto bad = good;
    bad[tf] = "C";
    bad[single] = "AB";
    refused = f.paper.enter(f.li, f.sessionId, f.ticket(0), f.context, bad);
    CHECK(refused.refusal == Refusal::InvalidInput);
    CHECK(refused.why.find("第 " + std::to_string(tf + 1) + " 题") != std::string::npos);
    CHECK(refused.why.find("第 " + std::to_string(single + 1) + " 题") != std::string::npos);
    bad = good;
    bad[single] = "AA";
    CHECK(f.paper.enter(f.li, f.sessionId, f.ticket(0), f.context, bad).refusal ==
          Refusal::InvalidInput);
    bad[single] = "?";
    CHECK(f.paper.enter(f.li, f.sessionId, f.ticket(0), f.context, bad).refusal ==
          Refusal::InvalidInput);
    CHECK(f.tableRows("paper_entries") == 0);

    CHECK(f.paper.enter(f.grader, f.sessionId, f.ticket(0), f.context, good).refusal ==
          Refusal::NotPermitted);
    REQUIRE(f.paper.enter(f.li, f.sessionId, f.ticket(0), f.context, good).ok());
    refused = f.paper.enter(f.li, f.sessionId, f.ticket(0), f.context, good);
    CHECK(refused.refusal == Refusal::NotPermitted);
    CHECK(f.tableRows("paper_entries") == 1);
    REQUIRE(f.paper.enter(f.wang, f.sessionId, f.ticket(0), f.context, good).ok());
    CHECK(f.paper.enter(f.admin, f.sessionId, f.ticket(0), f.context, good).refusal ==
          Refusal::WrongState);
    CHECK(f.tableRows("paper_entries") == 2);
    CHECK(f.paper.enter(f.li, f.sessionId, f.ticket(1), f.context, good).refusal ==
          Refusal::WrongState); // not on paper
    CHECK(f.auditCount("paper-entry") == 2);
}

TEST_CASE("answers already given on the kiosk are kept and the paper entries leave them blank")
{
    PaperFixture f;
    // Items 0 and 3 answered on the kiosk, item 1 answered then cleared.
    f.mirror(f.ticket(0), {{0, 0b01}, {1, 0b10}, {3, 0b10}, {1, 0}});
    REQUIRE(f.paper.switchCandidate(f.li, f.sessionId, f.ticket(0), "kiosk dead").ok());
    auto status = f.paper.status(f.sessionId, f.ticket(0));
    REQUIRE(status->kioskAnswers.size() == 2);
    CHECK(status->kioskAnswers.at(0) == ChoiceSet::fromBits(0b01));
    CHECK(status->kioskAnswers.at(3) == ChoiceSet::fromBits(0b10));
    // Answers arriving after the switch change nothing.
    f.mirror(f.ticket(0), {{0, 0b01}, {1, 0b10}, {3, 0b10}, {1, 0}, {5, 0b01}});
    CHECK(f.paper.status(f.sessionId, f.ticket(0))->kioskAnswers.size() == 2);

    const Paper p = *f.paper.paper(f.sessionId, f.ticket(0), f.context).value;
    auto answers = f.keyLetters(p);
    auto refused = f.paper.enter(f.li, f.sessionId, f.ticket(0), f.context, answers);
    CHECK(refused.refusal == Refusal::InvalidInput);
    CHECK(refused.why.find("第 1、4 题") != std::string::npos);
    answers[0] = answers[3] = "";
    REQUIRE(f.paper.enter(f.li, f.sessionId, f.ticket(0), f.context, answers).ok());
    REQUIRE(f.paper.enter(f.wang, f.sessionId, f.ticket(0), f.context, answers).ok());
    auto sheet = f.paper.score(f.wang, f.sessionId, f.ticket(0), f.context);
    REQUIRE(sheet.ok());
    PaperAnswers expected(p.items.size());
    for (std::size_t i = 0; i < p.items.size(); ++i)
        expected[i] = p.items[i].key;
    expected[0] = ChoiceSet::fromBits(0b01);
    expected[3] = ChoiceSet::fromBits(0b10);
    CHECK(sheet.value->scoreHalfPoints ==
          scorePaper(p, expected, f.files.plan.blueprint.passPoints).halfPoints);
    CHECK(sheet.value->answers[0].chosen ==
          toBankChoices(p.items[0], ChoiceSet::fromBits(0b01)).letters());
}

TEST_CASE("the whole room switches to paper and the sheets are countersigned at close")
{
    PaperFixture f;
    CHECK(f.paper.switchSession(f.li, f.sessionId, "").outcome.refusal == Refusal::NeedsReason);
    auto switched = f.paper.switchSession(f.li, f.sessionId, "考场断电");
    REQUIRE(switched.ok());
    CHECK(switched.value->size() == 4);
    CHECK(f.paper.candidates(f.sessionId).size() == 4);
    CHECK(f.paper.switchSession(f.li, f.sessionId, "again").outcome.refusal == Refusal::WrongState);

    CloseManager closer(*f.store);
    CHECK(closer.blockingCandidates(f.sessionId).size() == 4);
    CHECK(f.paper.countersign(f.li, f.sessionId).outcome.refusal == Refusal::WrongState);
    for (int i = 0; i < 4; ++i) {
        const Paper p = *f.paper.paper(f.sessionId, f.ticket(i), f.context).value;
        REQUIRE(f.paper.enter(f.li, f.sessionId, f.ticket(i), f.context, f.keyLetters(p)).ok());
        REQUIRE(f.paper.enter(f.wang, f.sessionId, f.ticket(i), f.context, f.keyLetters(p)).ok());
        REQUIRE(f.paper.score(f.li, f.sessionId, f.ticket(i), f.context).ok());
    }
    CHECK(closer.blockingCandidates(f.sessionId).empty());
    REQUIRE(closer.close(f.li, f.sessionId, "").ok());
    auto signedSheets = f.paper.countersign(f.li, f.sessionId);
    REQUIRE(signedSheets.ok());
    REQUIRE(signedSheets.value->size() == 4);
    for (const auto& document : *signedSheets.value) {
        CHECK(document.kind == ScoreSheet::kind);
        CHECK(verifySignature(document));
        CHECK(document.signer == f.li.key().publicKey());
        auto sheet = ScoreSheet::fromBody(document.body);
        REQUIRE(sheet);
        CHECK(sheet->examMode == ExamMode::Paper);
        CHECK(sheet->score() == f.files.plan.blueprint.totalPoints);
    }
    int queued = 0;
    for (const auto& d : Outbox(f.store->database()).waiting())
        queued += d.kind == ScoreSheet::kind ? 1 : 0;
    CHECK(queued == 4);
    CHECK(f.paper.countersign(f.li, f.sessionId).value->empty()); // nothing signed twice
    CHECK(f.paper.status(f.sessionId, f.ticket(0))->countersigned);
    auto record = nlohmann::json::parse(closer.record(f.sessionId)->body);
    int paperIncidents = 0;
    for (const auto& incident : record["incidents"])
        paperIncidents += incident["kind"] == "paper" ? 1 : 0;
    CHECK(paperIncidents == 4);
}

TEST_CASE("locking the failed kiosk at the switch to paper is recorded in the audit log")
{
    PaperFixture f;
    CHECK(f.paper.recordKioskLock(f.li, f.sessionId, f.ticket(0), 1, "KIOSK-1", true).refusal ==
          Refusal::WrongState); // not on paper
    REQUIRE(f.paper.switchCandidate(f.li, f.sessionId, f.ticket(0), "考位 1 黑屏").ok());
    CHECK(f.paper.recordKioskLock(f.grader, f.sessionId, f.ticket(0), 1, "KIOSK-1", true).refusal ==
          Refusal::NotPermitted);
    REQUIRE(f.paper.recordKioskLock(f.li, f.sessionId, f.ticket(0), 1, "KIOSK-1", true).ok());
    REQUIRE(f.paper.switchCandidate(f.li, f.sessionId, f.ticket(1), "考位 2 死机").ok());
    REQUIRE(f.paper.recordKioskLock(f.li, f.sessionId, f.ticket(1), 2, "", false).ok());
    std::vector<AuditEntry> locks;
    for (const auto& e : f.store->audit().entries())
        if (e.action == "paper-lock-kiosk")
            locks.push_back(e);
    REQUIRE(locks.size() == 2);
    CHECK(locks[0].subject == f.ticket(0));
    const auto sent = nlohmann::json::parse(locks[0].detail);
    CHECK(sent["seat"] == 1);
    CHECK(sent["kiosk"] == "KIOSK-1");
    CHECK(sent["lock_sent"] == true);
    CHECK(locks[1].reason == "no kiosk reachable at the seat");
    CHECK(nlohmann::json::parse(locks[1].detail)["lock_sent"] == false);
    CHECK(f.store->audit().verify().ok);
}

TEST_CASE("a paper saved to a file the proctor chose is recorded in the audit log")
{
    PaperFixture f;
    CHECK(f.paper.recordSaved(f.li, f.sessionId, f.ticket(0), "/media/usb/paper.pdf").refusal ==
          Refusal::WrongState); // not on paper
    REQUIRE(f.paper.switchCandidate(f.li, f.sessionId, f.ticket(0), "考位 1 黑屏").ok());
    CHECK(f.paper.recordSaved(f.grader, f.sessionId, f.ticket(0), "/media/usb/paper.pdf").refusal ==
          Refusal::NotPermitted);
    REQUIRE(f.paper.recordSaved(f.li, f.sessionId, f.ticket(0), "/media/usb/paper.pdf").ok());
    std::vector<AuditEntry> saved;
    for (const auto& e : f.store->audit().entries())
        if (e.action == "paper-saved")
            saved.push_back(e);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].subject == f.ticket(0));
    CHECK(nlohmann::json::parse(saved[0].detail)["path"] == "/media/usb/paper.pdf");
    CHECK(f.store->audit().verify().ok);
}

TEST_CASE("a knowledge pass on paper makes the candidate eligible for the practical exam")
{
    PaperFixture f;
    practical::PracticalManager practical(*f.store);
    for (int i = 0; i < 2; ++i) {
        REQUIRE(f.paper.switchCandidate(f.li, f.sessionId, f.ticket(i), "kiosk dead").ok());
        const Paper p = *f.paper.paper(f.sessionId, f.ticket(i), f.context).value;
        // Ticket 0 answers every item right; ticket 1 leaves the paper blank.
        const auto typed = i == 0 ? f.keyLetters(p) : std::vector<std::string>(p.items.size());
        REQUIRE(f.paper.enter(f.li, f.sessionId, f.ticket(i), f.context, typed).ok());
        REQUIRE(f.paper.enter(f.wang, f.sessionId, f.ticket(i), f.context, typed).ok());
    }
    CHECK(f.paper.scoredSheets(f.sessionId).empty());
    for (int i = 0; i < 2; ++i)
        REQUIRE(f.paper.score(f.li, f.sessionId, f.ticket(i), f.context).ok());
    const auto scored = f.paper.scoredSheets(f.sessionId);
    REQUIRE(scored.size() == 2);

    // Only a paper sheet is taken unsigned; a kiosk's must come signed by the kiosk.
    ScoreSheet kioskSheet = scored[0];
    kioskSheet.examMode = ExamMode::Kiosk;
    kioskSheet.paperRecords.clear();
    CHECK(practical.recordPaperSheet(f.li, kioskSheet).refusal == Refusal::InvalidInput);
    for (const auto& sheet : scored) {
        REQUIRE(practical.recordPaperSheet(f.li, sheet).ok());
        REQUIRE(practical.recordPaperSheet(f.li, sheet).ok()); // counted once
    }
    const auto& passer = f.files.roster[0];
    const auto& failer = f.files.roster[1];
    CHECK(scored[0].passed);
    CHECK_FALSE(scored[1].passed);
    CHECK(practical.standing(passer.id.number, practical::ExamPart::Knowledge) ==
          practical::AttemptStanding::Passed);
    CHECK(practical.standing(failer.id.number, practical::ExamPart::Knowledge) ==
          practical::AttemptStanding::NeedsMakeUp);
    CHECK(f.auditCount("knowledge-result") == 2);

    auto opened = practical.openSession(f.li, f.files.plan.planId, "SZ-01", test::sampleRubric(),
                                        {passer, failer});
    REQUIRE_MESSAGE(opened.ok(), opened.outcome.why);
    const auto candidates = practical.candidates(*opened.value);
    REQUIRE(candidates.size() == 2);
    for (const auto& c : candidates) {
        INFO(c.ticketNo << ": " << c.reason);
        CHECK(c.eligible == (c.ticketNo == passer.ticketNo));
    }
}
