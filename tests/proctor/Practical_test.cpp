// The console's 实操 screens through their controllers over a real site.db: the practical
// session of the imported plan, eligibility from the knowledge sheets the room link kept, the
// grader landing on the grader's screen, the draw, the paper sheets, the two-grader review
// and the close into the outbox.
#include "ConsoleFixture.h"
#include "documents/ScoreSheet.h"
#include "site/Outbox.h"
#include "site/RoomLinkStore.h"

#include <QFileInfo>

using namespace examroom;
using examroom::test::ConsoleFixture;

namespace {

// A plan imported and confirmed; `passed` / `failed` candidates (roster indexes) have a
// knowledge sheet signed by a kiosk key and kept by the room link, as if it had arrived.
struct PracticalFixture : ConsoleFixture
{
    crypto::SigningKeyPair kiosk = crypto::SigningKeyPair::generate();

    PracticalFixture()
    {
        REQUIRE(console.plan()->importPackage(package()));
        REQUIRE(console.plan()->confirm());
    }

    void keepSheet(int index, bool passed)
    {
        const Candidate& c = candidate(index);
        ScoreSheet sheet;
        sheet.sheetId = manager.plan()->files.plan.planId + "/" + c.ticketNo + "/1";
        sheet.planId = manager.plan()->files.plan.planId;
        sheet.ticketNo = c.ticketNo;
        sheet.name = c.name;
        sheet.idNo = c.id.number;
        sheet.attempt = 1;
        sheet.answers.push_back({"Q1", "A", passed ? 180 : 100, true});
        sheet.scoreHalfPoints = passed ? 180 : 100;
        sheet.passed = passed;
        const auto signed_ = sheet.sign(kiosk);
        site::RoomLinkStore(manager.store().database())
            .storeSheet(
                {sheet.sheetId, manager.sessionId(), c.ticketNo, index + 1, "KIOSK", signed_},
                clock.now());
    }

    PracticalController& practical() { return *console.practical(); }
    PracticalReviewController& review() { return *console.practicalReview(); }

    QVariantMap row(int index)
    {
        for (const auto& r : practical().candidates())
            if (r.toMap().value("ticketNo").toString() == ticket(index))
                return r.toMap();
        FAIL("no row for candidate " << index);
        return {};
    }

    void loginAs(const char* name, const char* password)
    {
        console.logout();
        REQUIRE(console.login(name, password));
    }

    // Session open with candidates 0 and 1 passed here, graders g1 g2 and chief "chief".
    void openWithGraders()
    {
        keepSheet(0, true);
        keepSheet(1, true);
        keepSheet(2, false);
        REQUIRE(practical().openSession(10));
        for (const char* name : {"g1", "g2", "chief"})
            REQUIRE(practical().createGrader(name, QStringLiteral("%1-password").arg(name),
                                             QStringLiteral("%1-password").arg(name)));
        REQUIRE(practical().assignGrader("g1", false));
        REQUIRE(practical().assignGrader("g2", false));
        REQUIRE(practical().assignGrader("chief", true));
    }

    // The grader at the console marks every subject of `index` they still have to mark,
    // deducting `deduct` points from each task's first row.
    void markAll(int index, int deduct)
    {
        GradingController& g = *console.grading();
        REQUIRE(g.selectCandidate(ticket(index)));
        for (int guard = 0; guard < 8 && g.editable(); ++guard) {
            g.setDeduction(0, deduct);
            REQUIRE_MESSAGE(g.submit(), g.message().toStdString());
        }
    }
};

} // namespace

TEST_CASE("the practical session lists who may sit it with the reason and the knowledge sheets "
          "kept count without manual steps")
{
    PracticalFixture f;
    CHECK(f.practical().hasRubric());
    CHECK_FALSE(f.practical().opened());
    f.keepSheet(0, true);
    f.keepSheet(1, false);
    REQUIRE(f.practical().openSession(10));
    CHECK(f.practical().opened());
    CHECK(f.practical().candidates().size() == 40);
    CHECK(f.row(0).value("eligible").toBool());
    CHECK(f.row(0).value("reason").toString() == "理论考试在本系统合格");
    CHECK_FALSE(f.row(1).value("eligible").toBool());
    CHECK(f.row(1).value("reason").toString().contains("须先补考"));
    CHECK_FALSE(f.row(2).value("eligible").toBool());
    CHECK(f.row(2).value("reason").toString().contains("无理论考试合格记录"));
    // The one who failed is on the make-up list.
    const auto makeUps = f.review().makeUps();
    REQUIRE(makeUps.size() == 1);
    CHECK(makeUps[0].toMap().value("name").toString().toStdString() == f.candidate(1).name);
    CHECK(makeUps[0].toMap().value("standing").toString() == "makeup");

    // A pass from elsewhere needs a reason; then the candidate may sit it.
    CHECK_FALSE(f.practical().markEligible(f.ticket(2), "  "));
    CHECK(f.practical().messageIsError());
    CHECK_FALSE(f.row(2).value("eligible").toBool());
    REQUIRE(f.practical().markEligible(f.ticket(2), QStringLiteral("2026年第5期理论考试合格")));
    CHECK(f.row(2).value("eligible").toBool());
    CHECK(f.row(2).value("reason").toString() == "监考标记合格：2026年第5期理论考试合格");

    // A sheet that arrives after the session opened (the console records it at login).
    f.keepSheet(3, true);
    f.loginAs("admin", "admin-password");
    CHECK(f.row(3).value("eligible").toBool());
    CHECK(f.practical().summary().contains("可参加 3"));
}

TEST_CASE("a grader logs in with their own account and lands on the grading screen alone")
{
    PracticalFixture f;
    f.openWithGraders();
    auto steps = f.console.steps();
    CHECK(steps.contains("practical"));
    CHECK_FALSE(steps.contains("grading"));

    f.loginAs("g1", "g1-password");
    CHECK(f.console.steps() == QStringList{"grading"});
    CHECK(f.console.step() == "grading");
    GradingController& g = *f.console.grading();
    CHECK(g.sessionId() == f.practical().sessionId());
    CHECK(g.grader() == "g1");
    CHECK(g.candidates().size() == 2); // the eligible ones
    // Nothing drawn yet: the grader is told so, nothing to mark.
    CHECK(g.selectCandidate(f.ticket(0)));
    CHECK_FALSE(g.editable());
    // A grader may not do the proctor's work.
    CHECK_FALSE(f.practical().drawTasks(f.ticket(0)));
    CHECK(f.practical().messageIsError());

    f.loginAs("admin", "admin-password");
    CHECK(f.console.step() == "plan");
    CHECK(f.console.steps().contains("practical"));
    CHECK(g.sessionId().isEmpty());
}

TEST_CASE("tasks are drawn by the system or recorded from the lot and printed as score sheets")
{
    PracticalFixture f;
    f.openWithGraders();
    REQUIRE(f.practical().drawTasks(f.ticket(0)));
    CHECK(f.row(0).value("drawn").toBool());
    CHECK_FALSE(f.practical().drawTasks(f.ticket(0))); // drawn already
    CHECK_FALSE(f.practical().drawTasks(f.ticket(2))); // not eligible
    CHECK(f.practical().message().contains("当前状态下不能执行此操作"));

    CHECK_FALSE(f.practical().recordLot(f.ticket(1), "K1", "K99"));
    for (const auto& [subject, task] :
         {std::pair{"K1", "K12"}, {"K2", "K22"}, {"K3", "K31"}, {"K4", "K41"}})
        REQUIRE(f.practical().recordLot(f.ticket(1), subject, task));
    CHECK(f.row(1).value("tasks").toString() == "K12 K22 K31 K41");

    REQUIRE(f.practical().printSheets());
    REQUIRE(f.printer.jobs().size() == 1);
    CHECK(std::filesystem::file_size(f.printer.jobs()[0]) > 5000);
    const std::string sheets = f.printer.jobText(0);
    CHECK(sheets.find("实际操作考试评分表") != std::string::npos);
    CHECK(sheets.find(f.ticket(1).toStdString()) != std::string::npos);
    CHECK(f.practical().message().contains("2 名考生"));
    CHECK(f.practical().printedText().contains(QStringLiteral("request id is stand-in-1")));
}

TEST_CASE("two graders far apart are flagged and settled by the chief grader then the close "
          "countersigns the sheets into the outbox")
{
    PracticalFixture f;
    f.openWithGraders();
    REQUIRE(f.practical().drawAll());
    CHECK(f.row(0).value("drawn").toBool());
    CHECK(f.row(1).value("drawn").toBool());

    // g1 marks everything (K2 with 0 off); g2 marks K2 of candidate 0 with 30 off, far apart.
    f.loginAs("g1", "g1-password");
    f.markAll(0, 0);
    f.markAll(1, 0);
    f.loginAs("g2", "g2-password");
    GradingController& g = *f.console.grading();
    REQUIRE(g.selectCandidate(f.ticket(0)));
    CHECK(g.subjectCode() == "K2");
    g.setDeduction(0, 15);
    g.setDeduction(1, 15);
    REQUIRE(g.submit());
    f.markAll(1, 0);

    f.loginAs("admin", "admin-password");
    auto reviews = f.review().reviews();
    REQUIRE(reviews.size() == 1);
    CHECK(reviews[0].toMap().value("subjectCode").toString() == "K2");
    CHECK(reviews[0].toMap().value("difference").toInt() == 30);
    CHECK(f.row(0).value("review").toBool());
    CHECK(f.row(1).value("result").toString().contains("合格"));

    // Not closable while one is flagged.
    CHECK_FALSE(f.practical().close());
    CHECK(f.practical().messageIsError());

    CHECK_FALSE(f.review().requestRemark(f.ticket(0), "K2", ""));
    CHECK_FALSE(f.review().decide(f.ticket(0), "K2", 85, "复核录像", "chief", "wrong-password"));
    CHECK_FALSE(f.review().decide(f.ticket(0), "K2", 85, "复核录像", "g1", "g1-password"));
    CHECK(f.review().reviews().size() == 1);
    REQUIRE(f.review().decide(f.ticket(0), "K2", 85, QStringLiteral("复核录像后裁定"), "chief",
                              "chief-password"));
    CHECK(f.review().reviews().isEmpty());
    CHECK_FALSE(f.row(0).value("result").toString().isEmpty());

    const auto before = site::Outbox(f.manager.store().database()).waiting().size();
    REQUIRE(f.practical().close());
    CHECK(f.practical().closed());
    int sheets = 0;
    for (const auto& doc : site::Outbox(f.manager.store().database()).waiting())
        if (doc.kind == "practical-score-sheet") {
            ++sheets;
            CHECK(doc.signer == f.manager.person()->key().publicKey());
        }
    CHECK(sheets == 2);
    CHECK(site::Outbox(f.manager.store().database()).waiting().size() == before + 2);
}
