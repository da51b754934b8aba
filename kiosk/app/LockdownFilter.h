#pragma once

#include <QObject>

namespace examroom {

// Swallows the keys a candidate could use to leave or switch away: Alt+F4, Alt+Tab,
// Ctrl+W, Ctrl+Q, Escape, F11 and the Super/Meta keys. Installed on the application.
class LockdownFilter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // True for a key press (or shortcut override) that must not reach anything.
    static bool isBlocked(int key, Qt::KeyboardModifiers modifiers);
    int swallowed() const { return m_swallowed; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int m_swallowed = 0;
};

} // namespace examroom
