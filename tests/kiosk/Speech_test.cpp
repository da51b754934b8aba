// Read-aloud through the real Qt TextToSpeech front end and plugin loader, with the test
// engine of voice/TestVoicePlugin.cpp (Debian 12 ships none, and this machine has no sound
// device): the check speaks at volume 0 and waits for the end, off the GUI thread.
#include "KioskFixture.h"
#include "QtSpeechEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace examroom;
using namespace std::chrono_literals;

namespace {

QtSpeechEngine::Options testVoice(const QString& behaviour, const test::TempDir& dir,
                                  std::chrono::milliseconds timeout = 5s)
{
    QCoreApplication::addLibraryPath(QStringLiteral(TEST_PLUGIN_DIR));
    QtSpeechEngine::Options options;
    options.engine = QStringLiteral("examroom-test");
    options.parameters = {
        {QStringLiteral("behaviour"), behaviour},
        {QStringLiteral("log"), QString::fromStdString((dir / "voice.log").string())}};
    options.timeout = timeout;
    return options;
}

QStringList voiceLog(const test::TempDir& dir)
{
    return QString::fromStdString(test::readFile(dir / "voice.log"))
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("a voice that speaks the check to the end is available and reads the question aloud")
{
    test::TempDir logDir;
    QtSpeechEngine voice(testVoice("finishes", logDir));
    test::KioskFixture f(&voice);
    ExamController& exam = *f.kiosk.exam();
    QSignalSpy changed(&exam, &ExamController::speechChanged);
    CHECK_FALSE(exam.speechAvailable());
    CHECK_FALSE(exam.speechChecking());
    f.loginAndOpen(); // a question on screen starts the check at the latest
    CHECK(exam.speechChecking());
    REQUIRE(QTest::qWaitFor([&] { return !voice.checking(); }, 10000));
    CHECK(exam.speechAvailable());
    CHECK(changed.count() >= 2); // checking, then the verdict
    CHECK(exam.speechDescription() == "examroom-test: test-mandarin (zh_CN)");
    CHECK(voice.reason().isEmpty());

    exam.readAloud("对", "错");
    REQUIRE(QTest::qWaitFor([&] { return voiceLog(logDir).size() >= 4; }, 5000));
    const QStringList log = voiceLog(logDir);
    // The check at volume 0, then the voice back at full volume for the candidate.
    CHECK(log.at(0) == "volume 0");
    CHECK(log.at(1) == "say 0 测试");
    CHECK(log.at(2) == "volume 1");
    CHECK(log.at(3).startsWith("say 1 " + exam.stem()));
}

TEST_CASE("a voice that never finishes is reported as no voice at the time-out")
{
    test::TempDir logDir;
    QtSpeechEngine voice(testVoice("never-ends", logDir, 300ms));
    QElapsedTimer clock;
    clock.start();
    voice.probe();
    CHECK(clock.elapsed() < 250); // the check does not hold the caller
    CHECK(voice.checking());
    REQUIRE(QTest::qWaitFor([&] { return !voice.checking(); }, 10000));
    CHECK(clock.elapsed() >= 300);
    CHECK_FALSE(voice.available());
    CHECK(voice.description().isEmpty());
    CHECK(voice.reason() ==
          "the voice did not finish a short text within 0.3 s (no sound device?)");
    voice.say("题干"); // nothing reaches a voice that never ends
    QTest::qWait(100);
    CHECK(voiceLog(logDir) == QStringList{"volume 0", "say 0 测试", "stop"});
}

TEST_CASE("a voice whose engine fails is reported as no voice with the engine's words")
{
    test::TempDir logDir;
    QtSpeechEngine voice(testVoice("fails", logDir));
    voice.probe();
    REQUIRE(QTest::qWaitFor([&] { return !voice.checking(); }, 10000));
    CHECK_FALSE(voice.available());
    CHECK(voice.reason() == "the voice failed: no audio device");
}

TEST_CASE("an engine without voices or no engine at all means no voice")
{
    test::TempDir logDir;
    QtSpeechEngine silent(testVoice("no-voices", logDir));
    silent.probe();
    REQUIRE(QTest::qWaitFor([&] { return !silent.checking(); }, 10000));
    CHECK(silent.reason() == "the speech engine lists no voice");
    CHECK_FALSE(std::filesystem::exists(logDir / "voice.log")); // nothing was spoken

    auto options = testVoice("finishes", logDir);
    options.engine = QStringLiteral("examroom-not-installed");
    QtSpeechEngine none(options);
    none.probe(); // decided at once: no thread, nothing to wait for
    CHECK_FALSE(none.checking());
    CHECK_FALSE(none.available());
    CHECK(none.reason() == "no speech engine is installed");
}
