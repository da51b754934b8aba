import QtQuick
import QtQuick.Controls
import Examroom.Proctor

// A large button for the console; `primary` fills it, `tint` colours it (danger for removal).
Button {
    id: control
    property bool primary: false
    property color tint: Theme.accent
    implicitHeight: Math.max(Theme.touch, contentItem.implicitHeight + 16)
    implicitWidth: Math.max(120, contentItem.implicitWidth + 36)
    font.family: Theme.fontFamily
    font.pixelSize: Theme.body
    Accessible.name: text
    focusPolicy: Qt.StrongFocus
    contentItem: Text {
        text: control.text
        font: control.font
        color: control.primary ? Theme.accentText : (control.enabled ? control.tint : Theme.muted)
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: 8
        color: control.primary ? control.tint : (control.down ? Theme.selected : Theme.surface)
        border.color: control.activeFocus ? Theme.text : control.tint
        border.width: control.activeFocus ? 3 : 2
        opacity: control.enabled ? 1 : 0.45
    }
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
}
