#include "QtSpeechEngine.h"

#include <QLocale>
#include <QTextToSpeech>

namespace examroom {

QtSpeechEngine::QtSpeechEngine(QObject* parent) : QObject(parent)
{
    if (QTextToSpeech::availableEngines().isEmpty())
        return;
    m_speech = new QTextToSpeech(this);
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    if (m_speech->availableLocales().contains(chinese))
        m_speech->setLocale(chinese);
}

bool QtSpeechEngine::available() const
{
    return m_speech && m_speech->state() != QTextToSpeech::Error &&
           !m_speech->availableVoices().isEmpty();
}

QString QtSpeechEngine::description() const
{
    if (!available())
        return {};
    return m_speech->engine() + ": " + m_speech->voice().name() + " (" + m_speech->locale().name() +
           ")";
}

void QtSpeechEngine::say(const QString& text)
{
    if (available())
        m_speech->say(text);
}

void QtSpeechEngine::stop()
{
    if (m_speech)
        m_speech->stop();
}

} // namespace examroom
