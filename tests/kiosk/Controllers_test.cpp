#include "KioskFixture.h"
#include "LockdownFilter.h"
#include "MaintenanceLock.h"
#include "QrImage.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace examroom;
using test::KioskFixture;

TEST_CASE("the kiosk walks from login through identity to the exam")
{
    KioskFixture f;
    CHECK(f.kiosk.screen() == "login");
    CHECK_FALSE(f.kiosk.login("2026120807001", "420106197303150342"));
    CHECK(f.kiosk.loginError().contains("不正确"));
    CHECK(f.kiosk.screen() == "login");
    REQUIRE(f.kiosk.login(QString::fromStdString(f.candidate().ticketNo),
                          QString::fromStdString(f.candidate().id.number)));
    CHECK(f.kiosk.screen() == "identity");
    CHECK(f.kiosk.candidateName() == QString::fromStdString(f.candidate().name));
    CHECK(f.kiosk.photoSource().startsWith("image://kiosk/photo/"));
    CHECK(f.kiosk.confirmIdentity());
    CHECK(f.kiosk.screen() == "waiting");
    PaperSeed seed{};
    REQUIRE(f.manager.openExam(seed));
    CHECK(f.kiosk.screen() == "exam");
    CHECK(f.kiosk.exam()->total() == 30);
}

TEST_CASE("a candidate seated elsewhere cannot log in here")
{
    KioskFixture f;
    f.manager.setLoggedInElsewhere({f.candidate().ticketNo});
    CHECK_FALSE(f.kiosk.login(QString::fromStdString(f.candidate().ticketNo),
                              QString::fromStdString(f.candidate().id.number)));
    CHECK(f.kiosk.loginError().contains("其他考位"));
}

TEST_CASE("a wrong identity card sends the candidate back to login with a raised hand")
{
    KioskFixture f;
    REQUIRE(f.kiosk.login(QString::fromStdString(f.candidate().ticketNo),
                          QString::fromStdString(f.candidate().id.number)));
    CHECK(f.kiosk.rejectIdentity());
    CHECK(f.kiosk.screen() == "login");
    CHECK(f.kiosk.handRaised());
    CHECK(f.kiosk.candidateName().isEmpty());
}

TEST_CASE("choices single and multiple are saved and shown in the palette")
{
    KioskFixture f;
    f.loginAndOpen();
    ExamController& exam = *f.kiosk.exam();
    QAbstractItemModelTester tester(f.kiosk.palette(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(f.kiosk.palette()->rowCount() == 30);
    REQUIRE(exam.questionType() == 0); // the paper starts with 判断
    CHECK(exam.toggleChoice(1));
    CHECK(exam.selectedBits() == 0b10);
    CHECK(exam.toggleChoice(0)); // single: replaces
    CHECK(exam.selectedBits() == 0b01);
    CHECK_FALSE(exam.toggleChoice(2)); // 判断 has two choices
    int multiple = -1;
    for (int i = 0; i < exam.total() && multiple < 0; ++i)
        if (f.manager.session()->paper().items[std::size_t(i)].type == QuestionType::Multiple)
            multiple = i;
    REQUIRE(exam.goTo(multiple));
    CHECK(exam.options().size() >= 4);
    CHECK(exam.toggleChoice(0));
    CHECK(exam.toggleChoice(2));
    CHECK(exam.selectedBits() == 0b101);
    CHECK(exam.toggleChoice(0)); // multiple: toggles
    CHECK(exam.selectedBits() == 0b100);
    CHECK(exam.toggleFlag());
    CHECK(exam.answeredCount() == 2);
    auto* palette = f.kiosk.palette();
    CHECK(palette->data(palette->index(0), PaletteModel::AnsweredRole).toBool());
    CHECK(palette->data(palette->index(multiple), PaletteModel::FlaggedRole).toBool());
    CHECK(palette->data(palette->index(multiple), PaletteModel::CurrentRole).toBool());
    CHECK_FALSE(palette->data(palette->index(1), PaletteModel::AnsweredRole).toBool());
    CHECK(exam.unansweredCount() == 28);
    CHECK(exam.unansweredText().startsWith("2, 3"));
}

TEST_CASE("handing in is refused early then shows score receipt and every sheet field")
{
    KioskFixture f;
    // The sample plan allows handing in at once; make it wait 30 minutes.
    auto context = *f.manager.context();
    context.plan.blueprint.minMinutesBeforeSubmit = 30;
    REQUIRE(f.manager.setContext(std::move(context)));
    f.loginAndOpen();
    ExamController& exam = *f.kiosk.exam();
    CHECK_FALSE(exam.canSubmit());
    CHECK(exam.submitWaitMinutes() == 30);
    CHECK_FALSE(exam.confirmSubmit());
    CHECK(f.kiosk.screen() == "exam");
    f.mono.advance(std::chrono::minutes(30));
    CHECK(exam.canSubmit());
    REQUIRE(exam.confirmSubmit());
    CHECK(f.kiosk.screen() == "result");
    CHECK(exam.finished());
    CHECK(exam.scoreText() == "0");
    CHECK_FALSE(exam.passed());
    CHECK(exam.receiptCode().size() == 9);
    CHECK(exam.qrSource().startsWith("image://kiosk/qr/"));
    const QVariantMap sheet = exam.sheet();
    for (const char* key :
         {"name", "examDate", "photo", "gender", "makeUpDate", "idType", "idNo", "ticketNo",
          "subject", "examCentre", "plan", "examKind", "qualificationType", "operationCategory",
          "operationItem", "site", "score", "submittedDate"})
        CHECK_MESSAGE(sheet.contains(key), key);
    CHECK(sheet["ticketNo"].toString() == QString::fromStdString(f.candidate().ticketNo));
}

TEST_CASE("time up hands the paper in by itself")
{
    KioskFixture f;
    f.loginAndOpen();
    f.kiosk.exam()->toggleChoice(0);
    f.mono.advance(std::chrono::minutes(120));
    f.manager.tick();
    CHECK(f.kiosk.screen() == "result");
    CHECK(f.kiosk.exam()->submitReason() == "time-up");
}

TEST_CASE("proctor pause lock and extension reach the screens")
{
    KioskFixture f;
    f.loginAndOpen();
    CHECK(f.manager.pause());
    CHECK(f.kiosk.screen() == "paused");
    CHECK_FALSE(f.kiosk.exam()->toggleChoice(0)); // no answers while paused
    CHECK(f.manager.resume());
    CHECK(f.manager.extend(std::chrono::minutes(10), "power cut"));
    CHECK(f.kiosk.exam()->remainingSeconds() == 130 * 60);
    CHECK(f.manager.lock());
    CHECK(f.kiosk.screen() == "locked");
    CHECK(f.manager.unlock());
    CHECK(f.kiosk.screen() == "exam");
}

TEST_CASE("a proctor command repeated with the same id is applied once")
{
    KioskFixture f;
    f.loginAndOpen();
    CHECK(f.manager.extend(std::chrono::minutes(10), "power cut", "cmd-1"));
    CHECK(f.manager.extend(std::chrono::minutes(10), "power cut", "cmd-1"));
    CHECK(f.kiosk.exam()->remainingSeconds() == 130 * 60);
    CHECK(f.manager.extend(std::chrono::minutes(5), "again", "cmd-2"));
    CHECK(f.kiosk.exam()->remainingSeconds() == 135 * 60);
    CHECK(f.manager.lock("cmd-3"));
    CHECK(f.manager.lock("cmd-3")); // a repeat is answered as applied
    CHECK(f.kiosk.screen() == "locked");
    CHECK(f.manager.unlock("cmd-4"));
    CHECK(f.manager.unlock("cmd-4"));
    CHECK(f.kiosk.screen() == "exam");
}

TEST_CASE("read aloud speaks the stem and the options through the engine")
{
    KioskFixture f;
    f.loginAndOpen();
    f.kiosk.exam()->readAloud("对", "错");
    REQUIRE(f.speech.spoken.size() == 1);
    CHECK(f.speech.spoken.front().contains(f.kiosk.exam()->stem()));
    CHECK(f.speech.spoken.front().contains("对"));
    CHECK(f.kiosk.exam()->speechAvailable());
}

TEST_CASE("font size contrast and language are the candidate's and reset on release")
{
    KioskFixture f;
    f.loginAndOpen();
    f.kiosk.setFontScale(2);
    f.kiosk.setHighContrast(true);
    f.kiosk.setLanguage("en");
    CHECK(f.kiosk.fontFactor() == doctest::Approx(1.5));
    CHECK(f.kiosk.language() == "en");
    f.mono.advance(std::chrono::minutes(1));
    REQUIRE(f.kiosk.exam()->confirmSubmit());
    REQUIRE(f.manager.release());
    CHECK(f.kiosk.screen() == "login");
    CHECK(f.kiosk.fontScale() == 0);
    CHECK_FALSE(f.kiosk.highContrast());
    CHECK(f.kiosk.language() == "zh");
}

TEST_CASE("the lockdown filter swallows the keys that leave or switch away")
{
    using M = Qt::KeyboardModifier;
    CHECK(LockdownFilter::isBlocked(Qt::Key_F4, M::AltModifier));
    CHECK(LockdownFilter::isBlocked(Qt::Key_Tab, M::AltModifier));
    CHECK(LockdownFilter::isBlocked(Qt::Key_W, M::ControlModifier));
    CHECK(LockdownFilter::isBlocked(Qt::Key_Q, M::ControlModifier));
    CHECK(LockdownFilter::isBlocked(Qt::Key_Escape, M::NoModifier));
    CHECK(LockdownFilter::isBlocked(Qt::Key_F11, M::NoModifier));
    CHECK(LockdownFilter::isBlocked(Qt::Key_Super_L, M::NoModifier));
    CHECK_FALSE(LockdownFilter::isBlocked(Qt::Key_A, M::NoModifier));
    CHECK_FALSE(LockdownFilter::isBlocked(Qt::Key_Tab, M::NoModifier));
    CHECK_FALSE(LockdownFilter::isBlocked(Qt::Key_Right, M::NoModifier));
}

TEST_CASE("the maintenance password opens the way out and nothing else does")
{
    KioskFixture f;
    const auto config =
        MaintenanceLock::hashForConfig("tech-2027", crypto::KdfStrength::MinForTests);
    auto lock = MaintenanceLock::fromConfig(config);
    REQUIRE(lock);
    CHECK_FALSE(MaintenanceLock::fromConfig("zz:zz"));
    f.kiosk.setMaintenanceLock(std::make_unique<MaintenanceLock>(*lock));
    CHECK_FALSE(f.kiosk.maintenanceExit("guess"));
    CHECK_FALSE(f.kiosk.mayQuit());
    CHECK(f.kiosk.maintenanceExit("tech-2027"));
    CHECK(f.kiosk.mayQuit());
}

TEST_CASE("the receipt QR has its three finder patterns")
{
    const int module = 4;
    QImage image = qrImage(QString(64, QChar('a')), module);
    REQUIRE_FALSE(image.isNull());
    const int side = image.width() / module - 8; // modules without the quiet zone
    auto dark = [&](int x, int y) {
        return qGray(image.pixel((x + 4) * module + 1, (y + 4) * module + 1)) < 128;
    };
    for (auto [x, y] : {std::pair{0, 0}, std::pair{side - 7, 0}, std::pair{0, side - 7}}) {
        CHECK(dark(x, y));               // outer ring
        CHECK_FALSE(dark(x + 1, y + 1)); // white ring
        CHECK(dark(x + 3, y + 3));       // centre
    }
}
