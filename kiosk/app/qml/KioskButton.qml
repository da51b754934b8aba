import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Examroom.Kiosk

// A large touch-friendly button; `primary` fills it with the accent colour.
Button {
    id: control
    property bool primary: false
    property color tint: Theme.accent
    implicitHeight: Math.max(Theme.touch, contentItem.implicitHeight + 24)
    implicitWidth: Math.max(160, contentItem.implicitWidth + 48)
    // givesWay: in a row that is too narrow (large text in English) the button shrinks and
    // its text wraps, rather than pushing its neighbours out of the window; never wider than
    // it needs. For the rows of several buttons (settings bar, exam navigation).
    property bool givesWay: false
    Layout.fillWidth: givesWay
    Layout.maximumWidth: givesWay ? implicitWidth : Number.POSITIVE_INFINITY
    Layout.minimumWidth: givesWay ? Theme.touch : 0
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
