#pragma once

#include "SpeechEngine.h"

#include <QObject>

class QTextToSpeech;

namespace examroom {

// Qt TextToSpeech with Debian's offline engines (speechd with espeak-ng for Mandarin, flite
// for English); prefers a Chinese voice.
class QtSpeechEngine final : public QObject, public SpeechEngine
{
    Q_OBJECT
public:
    explicit QtSpeechEngine(QObject* parent = nullptr);
    bool available() const override;
    QString description() const override;
    void say(const QString& text) override;
    void stop() override;

private:
    QTextToSpeech* m_speech = nullptr;
};

} // namespace examroom
