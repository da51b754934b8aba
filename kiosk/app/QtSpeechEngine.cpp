#include "QtSpeechEngine.h"

#include <memory>
#include <mutex>
#include <QDebug>
#include <QLocale>
#include <QTextToSpeech>
#include <QThread>
#include <QTimer>

namespace examroom {
namespace {

// The text of the check: short, so that a working voice ends well within the time-out.
const QString probeText = QStringLiteral("测试");

VoiceProbe::EngineState stateOf(QTextToSpeech::State state)
{
    switch (state) {
    case QTextToSpeech::Ready:
        return VoiceProbe::EngineState::Ready;
    case QTextToSpeech::Speaking:
        return VoiceProbe::EngineState::Speaking;
    case QTextToSpeech::Paused:
        return VoiceProbe::EngineState::Paused;
    case QTextToSpeech::Error:
        break;
    }
    return VoiceProbe::EngineState::Error;
}

} // namespace

// The GUI-side object the speech thread reports to; cleared (under the mutex) when it goes,
// so that a speech thread left running at exit never posts to a destroyed object.
struct SpeechOwner
{
    std::mutex mutex;
    QtSpeechEngine* engine = nullptr;
};

namespace {

// Lives on the speech thread; every call runs there.
class SpeechWorker final : public QObject
{
public:
    using Report = std::function<void(bool available, QString description, QString reason)>;

    SpeechWorker(const QtSpeechEngine::Options& options, Report report)
        : m_options(options), m_probe(options.timeout), m_report(std::move(report))
    {
    }

    void start()
    {
        m_speech = new QTextToSpeech(m_options.engine, m_options.parameters, this);
        // A Chinese voice where the engine has one (any region: speechd lists Mandarin under
        // its own names), else the engine's default.
        const auto locales = m_speech->availableLocales();
        for (const QLocale& locale : locales) {
            if (locale.language() == QLocale::Chinese) {
                m_speech->setLocale(locale);
                break;
            }
        }
        m_probe.engineCreated(stateOf(m_speech->state()), int(m_speech->availableVoices().size()),
                              m_speech->errorString().toStdString());
        if (m_probe.decided())
            return conclude();
        connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
            m_probe.stateChanged(stateOf(state), m_speech->errorString().toStdString());
            concludeIfDecided();
        });
        connect(m_speech, &QTextToSpeech::errorOccurred, this,
                [this](QTextToSpeech::ErrorReason, const QString& error) {
                    m_probe.failed(error.toStdString());
                    concludeIfDecided();
                });
        m_volume = m_speech->volume();
        m_speech->setVolume(0.0);
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        m_timer->setTimerType(Qt::PreciseTimer); // a coarse timer may end the wait 5 % early
        connect(m_timer, &QTimer::timeout, this, [this] {
            m_probe.timedOut();
            concludeIfDecided();
        });
        m_probe.spoke();
        m_timer->start(m_options.timeout);
        m_speech->say(probeText);
    }

    void say(const QString& text)
    {
        if (m_usable)
            m_speech->say(text);
    }

    void stop()
    {
        if (m_usable)
            m_speech->stop();
    }

private:
    void concludeIfDecided()
    {
        if (m_probe.decided() && !m_reported)
            conclude();
    }

    void conclude()
    {
        m_reported = true;
        if (m_timer)
            m_timer->stop();
        m_usable = m_probe.verdict() == VoiceProbe::Verdict::Available;
        QString description;
        if (m_usable) {
            m_speech->setVolume(m_volume);
            description = m_speech->engine() + ": " + m_speech->voice().name() + " (" +
                          m_speech->locale().name() + ")";
        } else if (m_speech) {
            // Never used again; a voice that does not end is told to stop, and it must not
            // report anything more.
            disconnect(m_speech, nullptr, this, nullptr);
            if (m_speech->state() == QTextToSpeech::Speaking)
                m_speech->stop();
        }
        m_report(m_usable, description, QString::fromStdString(m_probe.reason()));
    }

    QtSpeechEngine::Options m_options;
    VoiceProbe m_probe;
    Report m_report;
    QTextToSpeech* m_speech = nullptr;
    QTimer* m_timer = nullptr;
    double m_volume = 1.0;
    bool m_reported = false;
    bool m_usable = false;
};

SpeechWorker* workerOf(QObject* object)
{
    return static_cast<SpeechWorker*>(object);
}

} // namespace

QtSpeechEngine::QtSpeechEngine(Options options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_owner(std::make_shared<SpeechOwner>())
{
    m_owner->engine = this;
}

QtSpeechEngine::~QtSpeechEngine()
{
    {
        std::lock_guard lock(m_owner->mutex);
        m_owner->engine = nullptr;
    }
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { workerOf(worker)->stop(); });
    m_thread->quit();
    if (!m_thread->wait(2000)) {
        // The engine hangs in a call (speech-dispatcher without a sound device can): the
        // thread ends with the process instead of holding the kiosk's exit.
        qWarning("kiosk: the read-aloud engine does not stop; leaving it to the process exit");
        return;
    }
    delete m_thread;
}

void QtSpeechEngine::probe()
{
    if (m_started)
        return;
    m_started = true;
    const QStringList engines = QTextToSpeech::availableEngines();
    if (m_options.engine.isEmpty() ? engines.isEmpty() : !engines.contains(m_options.engine)) {
        VoiceProbe none(m_options.timeout);
        none.noEngine();
        decided(false, {}, QString::fromStdString(none.reason()));
        return;
    }
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("read-aloud"));
    auto report = [owner = m_owner](bool available, QString description, QString reason) {
        std::lock_guard lock(owner->mutex);
        if (QtSpeechEngine* engine = owner->engine)
            QMetaObject::invokeMethod(
                engine,
                [engine, available, description, reason] {
                    engine->decided(available, description, reason);
                },
                Qt::QueuedConnection);
    };
    m_worker = new SpeechWorker(m_options, std::move(report));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { workerOf(worker)->start(); });
    notifyChanged();
}

void QtSpeechEngine::decided(bool available, const QString& description, const QString& reason)
{
    m_decided = true;
    m_available = available;
    m_description = description;
    m_reason = reason;
    notifyChanged();
}

bool QtSpeechEngine::checking() const
{
    return m_started && !m_decided;
}

bool QtSpeechEngine::available() const
{
    return m_available;
}

QString QtSpeechEngine::description() const
{
    return m_available ? m_description : QString();
}

QString QtSpeechEngine::reason() const
{
    return m_reason;
}

void QtSpeechEngine::say(const QString& text)
{
    if (m_available)
        QMetaObject::invokeMethod(m_worker,
                                  [worker = m_worker, text] { workerOf(worker)->say(text); });
}

void QtSpeechEngine::stop()
{
    if (m_available)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { workerOf(worker)->stop(); });
}

} // namespace examroom
