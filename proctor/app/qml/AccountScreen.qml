import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Examroom.Proctor

// First start (the administrator account), login, and the inactivity lock: one form whose
// fields follow Console.screen.
Rectangle {
    id: screen
    color: Theme.background
    readonly property string mode: Console.screen
    Accessible.name: mode === "first-start" ? qsTr("创建管理员") : mode === "locked" ? qsTr("控制台已锁定") : qsTr("登录")

    function submit() {
        if (mode === "first-start")
            Console.createAdministrator(nameField.text, passwordField.text, repeatField.text)
        else if (mode === "locked")
            Console.unlock(passwordField.text)
        else
            Console.login(nameField.text, passwordField.text)
        passwordField.text = ""
        repeatField.text = ""
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width * 0.6, 620)
        spacing: 18
        Text {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("考场控制台")
            font.family: Theme.fontFamily
            font.pixelSize: 40
            font.bold: true
            color: Theme.text
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            color: Theme.muted
            text: screen.mode === "first-start" ? qsTr("首次使用：请创建管理员账号。密码至少 8 位，用于保护您的签名密钥。")
                : screen.mode === "locked" ? qsTr("%1（%2），控制台因长时间无操作已锁定。请输入密码继续。").arg(Console.personName).arg(Console.roleText)
                : qsTr("请用您的账号登录。")
        }
        Field {
            id: nameField
            objectName: "nameField"
            Layout.fillWidth: true
            visible: screen.mode !== "locked"
            label: qsTr("账号")
            onAccepted: passwordField.focusInput()
            Component.onCompleted: if (visible) focusInput()
        }
        Field {
            id: passwordField
            objectName: "passwordField"
            Layout.fillWidth: true
            label: qsTr("密码")
            echoMode: TextInput.Password
            onAccepted: screen.mode === "first-start" ? repeatField.focusInput() : screen.submit()
            Component.onCompleted: if (screen.mode === "locked") focusInput()
        }
        Field {
            id: repeatField
            Layout.fillWidth: true
            visible: screen.mode === "first-start"
            label: qsTr("再次输入密码")
            echoMode: TextInput.Password
            onAccepted: screen.submit()
        }
        MessageLine {
            Layout.fillWidth: true
            text: Console.message
            error: Console.messageIsError
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            ConsoleButton {
                Layout.fillWidth: true
                primary: true
                text: screen.mode === "first-start" ? qsTr("创建管理员") : screen.mode === "locked" ? qsTr("解锁") : qsTr("登录")
                onClicked: screen.submit()
            }
            ConsoleButton {
                visible: screen.mode === "locked"
                text: qsTr("换人登录")
                onClicked: Console.logout()
            }
            ConsoleButton {
                text: Console.language === "zh" ? "English" : "中文"
                Accessible.name: qsTr("切换语言")
                onClicked: Console.setLanguage(Console.language === "zh" ? "en" : "zh")
            }
        }
    }
}
