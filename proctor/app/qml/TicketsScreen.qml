import QtQuick
import QtQuick.Layouts
import Examroom.Proctor

// 发放准考证: every candidate's admission ticket, printed (no file on disk; no printer: 另存为 PDF).
Rectangle {
    id: screen
    color: Theme.background
    Accessible.name: qsTr("准考证")
    readonly property var tickets: Console.tickets

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 16
        Text {
            text: qsTr("准考证（表4）")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.title
            font.bold: true
            color: Theme.text
        }
        Text {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("为 %1 名考生生成准考证：每人一张，含照片、考生注意事项和准考证号二维码（签到时扫描）。编排考位后打印，准考证上会印考位号。").arg(screen.tickets.candidateCount)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            color: Theme.text
        }
        ConsoleButton {
            primary: true
            text: qsTr("打印全部准考证")
            enabled: screen.tickets.candidateCount > 0
            onClicked: screen.tickets.printAll()
        }
        PrintOutput {
            Layout.fillWidth: true
            step: screen.tickets
            saveLabel: qsTr("未连接打印机：另存为 PDF 的路径（含考生姓名、证件号和照片，未加密，打印后请删除）")
            onSave: (path) => screen.tickets.saveAll(path)
        }
        MessageLine {
            Layout.fillWidth: true
            text: screen.tickets.message
            error: screen.tickets.messageIsError
        }
        Item { Layout.fillHeight: true }
    }
}
