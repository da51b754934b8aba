import QtQuick
import QtQuick.Layouts
import Examroom.Proctor

// Text that fills its layout's width and wraps there. Qt 6.4's layouts keep a wrapped text's
// old height when its width arrives during their own pass (a column that appears, or
// narrows): the next item then covers its last lines. So the height is handed to the layout
// once more after the pass, as its preferred height. (A Timer, not Qt.callLater: a call left
// pending on a text already destroyed crashes Qt 6.4's compiled QML.)
Text {
    id: wrapped
    Layout.fillWidth: true
    wrapMode: Text.WordWrap
    font.family: Theme.fontFamily
    font.pixelSize: Theme.body
    color: Theme.text
    onImplicitHeightChanged: settle.restart()
    Timer {
        id: settle
        interval: 0
        onTriggered: wrapped.Layout.preferredHeight = wrapped.implicitHeight
    }
}
