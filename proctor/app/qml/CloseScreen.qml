import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Examroom.Proctor

// 结束: who still blocks the close, notes, the countersigned session record.
Rectangle {
    id: screen
    color: Theme.background
    Accessible.name: qsTr("结束")
    readonly property var closer: Console.close

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 12
        Text {
            text: screen.closer.closed ? qsTr("本场考试已结束") : qsTr("结束考场")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.title
            font.bold: true
            color: screen.closer.closed ? Theme.good : Theme.text
            Accessible.name: text
        }
        Text {
            text: screen.closer.summary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            color: Theme.text
        }
        Text {
            visible: screen.closer.blocking.length > 0
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("以下 %1 名考生既未交卷、也未记为缺考或取消资格，暂不能结束：").arg(screen.closer.blocking.length)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            color: Theme.danger
        }
        ListView {
            objectName: "blockingList"
            visible: screen.closer.blocking.length > 0
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 260)
            clip: true
            model: screen.closer.blocking
            Accessible.name: qsTr("未完成的考生")
            delegate: Text {
                required property string modelData
                text: modelData
                font.family: Theme.fontFamily
                font.pixelSize: Theme.body
                color: Theme.text
            }
        }
        Field {
            id: notesField
            Layout.fillWidth: true
            visible: !screen.closer.closed
            label: qsTr("考场记录备注")
        }
        MessageLine {
            Layout.fillWidth: true
            text: screen.closer.message
            error: screen.closer.messageIsError
        }
        RowLayout {
            spacing: 12
            ConsoleButton {
                visible: !screen.closer.closed
                primary: true
                text: qsTr("签名并结束考场")
                enabled: screen.closer.started && screen.closer.blocking.length === 0
                onClicked: screen.closer.close(notesField.text)
            }
            Text {
                text: qsTr("待上传至考试中心的文件：%1").arg(screen.closer.outboxCount)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.body
                color: Theme.muted
            }
        }
        Text {
            text: qsTr("已收到终端签名的成绩单 %1 份").arg(screen.closer.sheetCount)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            color: Theme.muted
        }
        // The forms printed at the close (confirmation sheets, score list, room record).
        ConsoleButton {
            visible: screen.closer.closed
            text: qsTr("重新打印成绩单和考场记录")
            onClicked: screen.closer.printCloseForms()
        }
        PrintOutput {
            Layout.fillWidth: true
            visible: screen.closer.closed
            step: screen.closer
            saveLabel: qsTr("未连接打印机：另存为 PDF 的文件夹（成绩确认单、成绩单、考场记录各一个文件；未加密，打印后请删除）")
            onSave: (path) => screen.closer.saveCloseForms(path)
        }
        Item { Layout.fillHeight: true }
    }
}
