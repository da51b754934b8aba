import QtQuick
import QtQuick.Controls
import Examroom.Proctor

// A text field with a visible label above it; the label is its accessible name.
Column {
    id: field
    property alias label: caption.text
    property alias text: input.text
    property alias echoMode: input.echoMode
    property alias placeholderText: input.placeholderText
    property alias input: input
    signal accepted()
    spacing: 4
    function focusInput() { input.forceActiveFocus() }

    Text {
        id: caption
        font.family: Theme.fontFamily
        font.pixelSize: Theme.small
        color: Theme.muted
    }
    TextField {
        id: input
        width: field.width
        height: Theme.touch
        font.family: Theme.fontFamily
        font.pixelSize: Theme.body
        color: Theme.text
        Accessible.name: caption.text
        onAccepted: field.accepted()
        background: Rectangle {
            color: Theme.surface
            radius: 6
            border.color: input.activeFocus ? Theme.accent : Theme.border
            border.width: input.activeFocus ? 3 : 2
        }
    }
}
