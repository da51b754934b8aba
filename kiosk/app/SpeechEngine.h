#pragma once

#include <QString>
#include <QStringList>

namespace examroom {

// Read-aloud behind an interface: the app uses Qt TextToSpeech, tests a fake that records.
class SpeechEngine
{
public:
    virtual ~SpeechEngine() = default;
    // True when a voice can speak; false shows the candidate a clear note instead.
    virtual bool available() const = 0;
    // Which voice (and language) speaks, or why none does, for the note and the heartbeat.
    virtual QString description() const = 0;
    // Speaks `text`, interrupting what is being said. Does nothing when unavailable.
    virtual void say(const QString& text) = 0;
    virtual void stop() = 0;
};

// Records what it was asked to say.
class FakeSpeechEngine final : public SpeechEngine
{
public:
    explicit FakeSpeechEngine(bool available = true) : m_available(available) {}
    bool available() const override { return m_available; }
    QString description() const override { return m_available ? "fake voice (zh_CN)" : ""; }
    void say(const QString& text) override
    {
        if (m_available)
            spoken.append(text);
    }
    void stop() override { ++stops; }

    QStringList spoken;
    int stops = 0;

private:
    bool m_available;
};

} // namespace examroom
