#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace examroom::test {

// Catches every qWarning (and worse) while it lives, passing each on to the handler before it,
// so that a test can fail on a warning it did not expect. One at a time.
class WarningLog
{
public:
    WarningLog() : m_previous(qInstallMessageHandler(&WarningLog::handle)) { s_current = this; }
    ~WarningLog()
    {
        qInstallMessageHandler(m_previous);
        s_current = nullptr;
    }
    WarningLog(const WarningLog&) = delete;
    WarningLog& operator=(const WarningLog&) = delete;

    const QStringList& all() const { return m_seen; }
    // The warnings that contain none of `expected`.
    QStringList unexpected(const QStringList& expected = {}) const
    {
        QStringList out;
        for (const QString& w : m_seen) {
            bool known = false;
            for (const QString& e : expected)
                known = known || w.contains(e);
            if (!known)
                out.append(w);
        }
        return out;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& text)
    {
        if (s_current && type != QtDebugMsg && type != QtInfoMsg)
            s_current->m_seen.append(text);
        if (s_current && s_current->m_previous)
            s_current->m_previous(type, context, text);
    }

    static inline WarningLog* s_current = nullptr;
    QtMessageHandler m_previous;
    QStringList m_seen;
};

} // namespace examroom::test
