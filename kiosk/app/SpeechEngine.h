#pragma once

#include <functional>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <vector>

namespace examroom {

// Read-aloud behind an interface: the app uses Qt TextToSpeech (checked in the background,
// QtSpeechEngine), tests and the screen renderer a fake that records.
class SpeechEngine
{
public:
    virtual ~SpeechEngine() = default;
    // Starts the check of the voice if it has not started; returns at once (the verdict comes
    // later through the change callback). Idempotent.
    virtual void probe() {}
    // True while the check runs: read-aloud waits for it.
    virtual bool checking() const { return false; }
    // True when a voice spoke to the end; false shows the candidate a clear note instead.
    virtual bool available() const = 0;
    // Which voice (and language) speaks, or why none does, for the note and the heartbeat.
    virtual QString description() const = 0;
    // Speaks `text`, interrupting what is being said. Does nothing when unavailable.
    virtual void say(const QString& text) = 0;
    virtual void stop() = 0;

    // Calls `onChanged` on the GUI thread whenever checking() or available() changed, as
    // long as `context` lives. Const: watching changes nothing in the engine (the room link
    // holds it as const and sends the verdict out when it comes).
    void whenChanged(QObject* context, std::function<void()> onChanged) const
    {
        m_listeners.push_back({context, std::move(onChanged)});
    }

protected:
    void notifyChanged()
    {
        for (const auto& listener : m_listeners)
            if (listener.context)
                listener.onChanged();
    }

private:
    struct Listener
    {
        QPointer<QObject> context;
        std::function<void()> onChanged;
    };
    mutable std::vector<Listener> m_listeners;
};

// Records what it was asked to say.
class FakeSpeechEngine final : public SpeechEngine
{
public:
    explicit FakeSpeechEngine(bool available = true) : m_available(available) {}
    bool checking() const override { return m_checking; }
    bool available() const override { return m_available && !m_checking; }
    // Holds the fake in "checking" (for the screens that show it).
    void setChecking(bool checking)
    {
        m_checking = checking;
        notifyChanged();
    }
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
    bool m_checking = false;
};

} // namespace examroom
