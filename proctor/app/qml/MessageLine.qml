import QtQuick
import QtQuick.Layouts
import Examroom.Proctor

// The message of a step's controller: green for done, red for refused.
Rectangle {
    id: line
    property string text: ""
    property bool error: false
    visible: text.length > 0
    implicitHeight: visible ? label.implicitHeight + 16 : 0
    // In a layout: the wrapped height once more after the layout's pass (see WrappedText).
    onImplicitHeightChanged: settle.restart()
    Timer {
        id: settle
        interval: 0
        onTriggered: line.Layout.preferredHeight = line.implicitHeight
    }
    radius: 6
    color: error ? "#fbe9e7" : "#e6f4ea"
    border.color: error ? Theme.danger : Theme.good
    Text {
        id: label
        anchors.fill: parent
        anchors.margins: 8
        text: line.text
        wrapMode: Text.Wrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.body
        color: line.error ? Theme.danger : Theme.good
        Accessible.name: line.text
        Accessible.role: Accessible.StaticText
    }
}
