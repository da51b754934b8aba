import QtQuick
import QtQuick.Layouts
import Examroom.Kiosk

// Waiting for the proctor, paused by the proctor, or locked: one big message.
Rectangle {
    id: screen
    property string kind: Kiosk.screen
    color: Theme.background
    Accessible.name: message.text

    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width * 0.8
        spacing: 28
        Text {
            id: message
            objectName: "statusMessage"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: screen.kind === "paused" ? qsTr("考试已暂停")
                : screen.kind === "locked" ? qsTr("本考位已锁定")
                : qsTr("请等待监考人员开考")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.huge
            font.bold: true
            color: screen.kind === "locked" ? Theme.danger : Theme.accent
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: screen.kind === "paused" ? qsTr("计时已停止，已作答的题目均已保存。请听从监考人员指示。")
                : screen.kind === "locked" ? qsTr("请举手联系监考人员。")
                : qsTr("%1，您好。开考后将自动进入答题界面。").arg(Kiosk.candidateName)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.title
            color: Theme.text
        }
        Text {
            Layout.alignment: Qt.AlignHCenter
            visible: screen.kind === "paused"
            text: qsTr("剩余时间 %1").arg(Kiosk.exam.remainingText)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.title
            color: Theme.muted
        }
    }
}
