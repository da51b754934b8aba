#include "LockdownFilter.h"

#include <QKeyEvent>

namespace examroom {

bool LockdownFilter::isBlocked(int key, Qt::KeyboardModifiers modifiers)
{
    switch (key) {
    case Qt::Key_Escape:
    case Qt::Key_F11:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_Meta:
        return true;
    case Qt::Key_F4:
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return modifiers.testFlag(Qt::AltModifier) || modifiers.testFlag(Qt::MetaModifier);
    case Qt::Key_W:
    case Qt::Key_Q:
        return modifiers.testFlag(Qt::ControlModifier);
    default:
        return modifiers.testFlag(Qt::MetaModifier);
    }
}

bool LockdownFilter::eventFilter(QObject* watched, QEvent* event)
{
    const auto type = event->type();
    if (type == QEvent::KeyPress || type == QEvent::KeyRelease ||
        type == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (isBlocked(key->key(), key->modifiers())) {
            if (type == QEvent::KeyPress)
                ++m_swallowed;
            event->accept();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace examroom
