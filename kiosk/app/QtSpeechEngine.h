#pragma once

#include "exam/VoiceProbe.h"
#include "SpeechEngine.h"

#include <chrono>
#include <memory>
#include <QObject>
#include <QVariantMap>

class QThread;

namespace examroom {

struct SpeechOwner;

// Qt TextToSpeech with Debian's offline engines (speechd with espeak-ng for Mandarin, flite
// for English); prefers a Chinese voice. Everything Qt TextToSpeech does runs on a thread of
// its own: creating the engine lists its voices, which costs seconds with speech-dispatcher,
// and a voice without a sound device never ends. probe() speaks a short text at volume 0 and
// counts the voice as available only when it ended within the time-out (VoiceProbe).
class QtSpeechEngine final : public QObject, public SpeechEngine
{
    Q_OBJECT
public:
    struct Options
    {
        QString engine;         // empty: Qt's default engine
        QVariantMap parameters; // handed to the engine's plugin
        std::chrono::milliseconds timeout{5000};
    };

    explicit QtSpeechEngine(Options options, QObject* parent = nullptr);
    explicit QtSpeechEngine(QObject* parent = nullptr) : QtSpeechEngine(Options{}, parent) {}
    // Stops the speech thread; if the engine hangs in a call for more than 2 s the thread is
    // left to the process's exit rather than blocking the kiosk's.
    ~QtSpeechEngine() override;

    void probe() override;
    bool checking() const override;
    bool available() const override;
    QString description() const override;
    void say(const QString& text) override;
    void stop() override;

    // Why no voice is available (English, for the log); empty while checking or available.
    QString reason() const;

private:
    void decided(bool available, const QString& description, const QString& reason);

    Options m_options;
    std::shared_ptr<SpeechOwner> m_owner; // what the speech thread reports to
    QThread* m_thread = nullptr;
    QObject* m_worker = nullptr; // lives on m_thread; Qt TextToSpeech is its child
    bool m_started = false;
    bool m_decided = false;
    bool m_available = false;
    QString m_description;
    QString m_reason;
};

} // namespace examroom
