import QtQuick
import QtQuick.Layouts
import Examroom.Proctor

// 通过授权密码开启考试.
Rectangle {
    id: screen
    color: Theme.background
    Accessible.name: qsTr("开考")
    readonly property var start: Console.start

    // The seats typed in the seats field; empty: the whole room.
    function chosenSeats() {
        return seatsField.text.split(/[ ,]+/).filter(t => t.length > 0).map(t => parseInt(t))
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 760)
        spacing: 16
        Text {
            text: qsTr("开启考试")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.title
            font.bold: true
            color: Theme.text
        }
        Text {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("考试时间：%1。已签到 %2 人。请输入考试中心下发的授权密码（12 位，不区分大小写，可含短横线）。")
                  .arg(screen.start.windowText).arg(screen.start.presentCount)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            color: Theme.text
        }
        Text {
            visible: screen.start.started
            text: screen.start.startedText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.title
            font.bold: true
            color: Theme.good
            Accessible.name: text
        }
        Field {
            id: passwordField
            objectName: "authorizationField"
            Layout.fillWidth: true
            visible: !screen.start.started
            label: qsTr("授权密码")
            echoMode: TextInput.Password
            onAccepted: go()
            function go() {
                if (screen.start.start(passwordField.text, earlyField.text, screen.chosenSeats()))
                    passwordField.text = ""
            }
        }
        Field {
            id: seatsField
            objectName: "unlockSeatsField"
            Layout.fillWidth: true
            label: screen.start.started ? qsTr("再解锁考位（逗号分隔，留空为全部考位）")
                                        : qsTr("只解锁这些考位（逗号分隔，留空为全部考位）")
            input.validator: RegularExpressionValidator { regularExpression: /[0-9, ]*/ }
        }
        ConsoleButton {
            visible: screen.start.started && screen.start.keyInMemory
            text: qsTr("解锁考位")
            onClicked: Console.link.unlockSeats(screen.chosenSeats())
        }
        // After a console restart during the exam the bank key is gone (never stored).
        Text {
            visible: screen.start.started && !screen.start.keyInMemory
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("控制台重启后需要再次输入授权密码，才能解锁重启的考位。")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            color: Theme.warning
        }
        Field {
            id: againField
            Layout.fillWidth: true
            visible: screen.start.started && !screen.start.keyInMemory
            label: qsTr("再次输入授权密码")
            echoMode: TextInput.Password
        }
        ConsoleButton {
            visible: screen.start.started && !screen.start.keyInMemory
            primary: true
            text: qsTr("验证并解锁考位")
            enabled: againField.text.length > 0
            onClicked: if (screen.start.unlockAgain(againField.text, screen.chosenSeats())) againField.text = ""
        }
        Field {
            id: earlyField
            Layout.fillWidth: true
            visible: !screen.start.started && Console.isAdministrator
            label: qsTr("提前开考原因（仅管理员，考试时间之前必填）")
        }
        Text {
            visible: screen.start.totalFailures > 0
            text: qsTr("授权密码错误次数：连续 %1，累计 %2（均已记录）").arg(screen.start.failedAttempts).arg(screen.start.totalFailures)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.small
            color: Theme.danger
        }
        MessageLine {
            Layout.fillWidth: true
            text: screen.start.message
            error: screen.start.messageIsError
        }
        ConsoleButton {
            visible: !screen.start.started
            primary: true
            text: qsTr("验证并开考")
            enabled: passwordField.text.length > 0 && screen.start.canStart
            onClicked: passwordField.go()
        }
    }
}
