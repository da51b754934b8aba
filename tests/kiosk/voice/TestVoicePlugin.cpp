// A Qt TextToSpeech engine plugin for the kiosk's read-aloud tests: loaded by the real
// QTextToSpeech through Qt's plugin loader (the tests add its folder to the library paths),
// so the kiosk's QtSpeechEngine runs unchanged. Debian 12 ships no test engine and this
// machine has no sound device, so the behaviours a real voice can show are chosen by the
// engine parameter "behaviour" (or, for a kiosk process, which passes no parameters, the
// environment variable EXAMROOM_TEST_VOICE):
//   finishes    Speaking, then Ready 50 ms later (a voice with a sound device)
//   slow        the engine takes 4 s to start (speechd listing its voices), then finishes
//   never-ends  Speaking forever (speech-dispatcher without a sound device)
//   fails       an error instead of speaking
//   no-voices   lists no voice
// Every call is appended to the file named by the parameter "log" ("say <volume> <text>",
// "stop", "volume <v>"), so that a test sees what the kiosk asked of the voice.
#include <QFile>
#include <QLocale>
#include <QTextToSpeechEngine>
#include <QTextToSpeechPlugin>
#include <QThread>
#include <QTimer>
#include <QVoice>

namespace {

class TestVoiceEngine final : public QTextToSpeechEngine
{
public:
    TestVoiceEngine(const QVariantMap& parameters, QObject* parent)
        : QTextToSpeechEngine(parent),
          m_behaviour(parameters.value("behaviour", qEnvironmentVariable("EXAMROOM_TEST_VOICE"))
                          .toString()),
          m_logPath(parameters.value("log").toString())
    {
        if (m_behaviour == QLatin1String("slow"))
            QThread::sleep(4); // blocks the kiosk's read-aloud thread, as speechd's start does
        if (m_behaviour != QLatin1String("no-voices"))
            m_voice = createVoice(QStringLiteral("test-mandarin"), m_locale, QVoice::Female,
                                  QVoice::Adult, QVariant());
    }

    QList<QLocale> availableLocales() const override
    {
        return {QLocale(QLocale::English), m_locale};
    }
    QList<QVoice> availableVoices() const override
    {
        return m_voice.name().isEmpty() ? QList<QVoice>{} : QList<QVoice>{m_voice};
    }
    void say(const QString& text) override
    {
        log(QStringLiteral("say %1 %2").arg(m_volume).arg(text));
        if (m_behaviour == QLatin1String("fails")) {
            m_state = QTextToSpeech::Error;
            emit errorOccurred(QTextToSpeech::ErrorReason::Playback,
                               QStringLiteral("no audio device"));
            emit stateChanged(m_state);
            return;
        }
        setState(QTextToSpeech::Speaking);
        if (m_behaviour == QLatin1String("finishes"))
            QTimer::singleShot(50, this, [this] { setState(QTextToSpeech::Ready); });
        else if (m_behaviour == QLatin1String("slow"))
            QTimer::singleShot(50, this, [this] { setState(QTextToSpeech::Ready); });
    }
    void stop(QTextToSpeech::BoundaryHint) override
    {
        log(QStringLiteral("stop"));
        setState(QTextToSpeech::Ready);
    }
    void pause(QTextToSpeech::BoundaryHint) override {}
    void resume() override {}
    double rate() const override { return 0.0; }
    bool setRate(double) override { return true; }
    double pitch() const override { return 0.0; }
    bool setPitch(double) override { return true; }
    QLocale locale() const override { return m_locale; }
    bool setLocale(const QLocale& locale) override
    {
        m_locale = locale;
        return true;
    }
    double volume() const override { return m_volume; }
    bool setVolume(double volume) override
    {
        m_volume = volume;
        log(QStringLiteral("volume %1").arg(volume));
        return true;
    }
    QVoice voice() const override { return m_voice; }
    bool setVoice(const QVoice& voice) override
    {
        m_voice = voice;
        return true;
    }
    QTextToSpeech::State state() const override { return m_state; }
    QTextToSpeech::ErrorReason errorReason() const override
    {
        return m_state == QTextToSpeech::Error ? QTextToSpeech::ErrorReason::Playback
                                               : QTextToSpeech::ErrorReason::NoError;
    }
    QString errorString() const override
    {
        return m_state == QTextToSpeech::Error ? QStringLiteral("no audio device") : QString();
    }

private:
    void setState(QTextToSpeech::State state)
    {
        if (m_state == state)
            return;
        m_state = state;
        emit stateChanged(state);
    }
    void log(const QString& line) const
    {
        if (m_logPath.isEmpty())
            return;
        QFile file(m_logPath);
        if (file.open(QIODevice::Append | QIODevice::Text))
            file.write(line.toUtf8() + '\n');
    }

    QString m_behaviour;
    QString m_logPath;
    QLocale m_locale{QLocale::Chinese, QLocale::China};
    QVoice m_voice;
    double m_volume = 1.0;
    QTextToSpeech::State m_state = QTextToSpeech::Ready;
};

} // namespace

class TestVoicePlugin final : public QObject, public QTextToSpeechPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.qt-project.qt.speech.tts.plugin/6.0" FILE "test_voice.json")
    Q_INTERFACES(QTextToSpeechPlugin)

public:
    QTextToSpeechEngine* createTextToSpeechEngine(const QVariantMap& parameters, QObject* parent,
                                                  QString*) const override
    {
        return new TestVoiceEngine(parameters, parent);
    }
};

#include "TestVoicePlugin.moc"
