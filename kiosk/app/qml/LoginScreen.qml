import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Examroom.Kiosk

// 考生登录: admission ticket number + ID number.
Rectangle {
    color: Theme.background
    Accessible.name: qsTr("考生登录")

    function submit() {
        Kiosk.login(ticketField.text, idField.text)
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width * 0.7, 900)
        spacing: 22
        Text {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("考生登录")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.huge
            font.bold: true
            color: Theme.text
        }
        Text {
            Layout.alignment: Qt.AlignHCenter
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: Kiosk.planName
            font.family: Theme.fontFamily
            font.pixelSize: Theme.small
            color: Theme.muted
        }
        Text {
            text: qsTr("准考证号")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            color: Theme.text
        }
        TextField {
            id: ticketField
            objectName: "ticketField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch + 8
            font.family: Theme.fontFamily
            font.pixelSize: Theme.title
            color: Theme.text
            inputMethodHints: Qt.ImhPreferNumbers
            placeholderText: qsTr("请输入准考证号")
            Accessible.name: qsTr("准考证号")
            focus: true
            background: Rectangle { color: Theme.surface; border.color: ticketField.activeFocus ? Theme.accent : Theme.border; border.width: 3; radius: 8 }
            onAccepted: idField.forceActiveFocus()
        }
        Text {
            text: qsTr("身份证件号")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            color: Theme.text
        }
        TextField {
            id: idField
            objectName: "idField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch + 8
            font.family: Theme.fontFamily
            font.pixelSize: Theme.title
            color: Theme.text
            placeholderText: qsTr("请输入身份证件号")
            Accessible.name: qsTr("身份证件号")
            background: Rectangle { color: Theme.surface; border.color: idField.activeFocus ? Theme.accent : Theme.border; border.width: 3; radius: 8 }
            onAccepted: submit()
        }
        Text {
            objectName: "loginError"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: Kiosk.loginError
            visible: text.length > 0
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            color: Theme.danger
            Accessible.name: text
        }
        KioskButton {
            objectName: "loginButton"
            Layout.fillWidth: true
            primary: true
            text: qsTr("登录")
            enabled: ticketField.text.length > 0 && idField.text.length > 0
            onClicked: submit()
        }
    }
}
