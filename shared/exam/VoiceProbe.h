#pragma once

#include <chrono>
#include <string>

namespace examroom {

// The read-aloud check (docs/read-aloud.md): a voice counts as available only when it spoke a
// short text to the end within a time-out. A speech engine that lists voices may still never
// finish (no sound device: speech-dispatcher stays "speaking" forever), so listing is not
// enough. The kiosk's adapter feeds the engine's events in; the first verdict stands.
class VoiceProbe
{
public:
    enum class Verdict { Pending, Available, Unavailable };
    // The engine's states as Qt TextToSpeech reports them.
    enum class EngineState { Ready, Speaking, Paused, Error };

    explicit VoiceProbe(std::chrono::milliseconds timeout) : m_timeout(timeout) {}

    // No engine is installed: unavailable at once.
    void noEngine();
    // The engine was created: its state and how many voices it lists (none: unavailable).
    void engineCreated(EngineState state, int voices, const std::string& error = {});
    // The short text was handed to the engine; the time-out runs from here.
    void spoke();
    // The engine changed state: Speaking then Ready is the end of the text (available).
    void stateChanged(EngineState state, const std::string& error = {});
    // The engine reported an error (what it said, for the note and the log).
    void failed(const std::string& error);
    // The time-out passed before the text ended.
    void timedOut();

    Verdict verdict() const { return m_verdict; }
    bool decided() const { return m_verdict != Verdict::Pending; }
    // Why the voice is unavailable (English, for logs and the console); empty otherwise.
    const std::string& reason() const { return m_reason; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

private:
    void decide(Verdict verdict, std::string reason = {});

    std::chrono::milliseconds m_timeout;
    Verdict m_verdict = Verdict::Pending;
    std::string m_reason;
    bool m_spoke = false;
    bool m_speaking = false;
};

} // namespace examroom
