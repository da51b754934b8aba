import QtQuick
import QtQuick.Controls
import Examroom.Kiosk

// A large touch-friendly button; `primary` fills it with the accent colour.
Button {
    id: control
    property bool primary: false
    property color tint: Theme.accent
    implicitHeight: Math.max(Theme.touch, contentItem.implicitHeight + 24)
    implicitWidth: Math.max(160, contentItem.implicitWidth + 48)
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
        wrapMode: Text.WordWrap
    }
    background: Rectangle {
        radius: 10
        color: control.primary ? control.tint : (control.down ? Theme.selected : Theme.surface)
        border.color: control.activeFocus ? Theme.text : control.tint
        border.width: control.activeFocus ? 4 : 2
        opacity: control.enabled ? 1 : 0.5
    }
}
