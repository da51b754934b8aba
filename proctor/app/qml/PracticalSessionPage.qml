import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Examroom.Proctor

// 场次与考评员: open the plan's practical session (with the allowed difference between two
// graders), make grader accounts (administrator), assign the graders and the chief grader.
ColumnLayout {
    id: page
    spacing: 12
    readonly property var practical: Console.practical

    RowLayout {
        visible: !page.practical.opened
        spacing: 12
        Field {
            id: differenceField
            Layout.preferredWidth: 340
            label: qsTr("两名考评员分差上限（分）")
            text: "10"
            input.validator: IntValidator { bottom: 0; top: 100 }
        }
        ConsoleButton {
            Layout.alignment: Qt.AlignBottom
            primary: true
            text: qsTr("开始实操考试")
            enabled: page.practical.hasRubric
            onClicked: page.practical.openSession(parseInt(differenceField.text || "10"))
        }
    }
    Text {
        visible: page.practical.opened
        text: qsTr("场次 %1").arg(page.practical.sessionId)
        font.family: Theme.fontFamily
        font.pixelSize: Theme.body
        color: Theme.text
    }

    Text {
        text: qsTr("考评员")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.body
        font.bold: true
        color: Theme.text
    }
    Text {
        visible: page.practical.graders.length === 0
        text: qsTr("还没有考评员账号。")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.body
        color: Theme.muted
    }
    Repeater {
        model: page.practical.graders
        delegate: RowLayout {
            required property var modelData
            spacing: 12
            Text {
                Layout.preferredWidth: 220
                text: modelData.name
                font.family: Theme.fontFamily
                font.pixelSize: Theme.body
                color: Theme.text
            }
            Text {
                Layout.preferredWidth: 200
                text: modelData.chief ? qsTr("主考评员") : modelData.assigned ? qsTr("本场考评员") : qsTr("未指定")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.body
                color: modelData.assigned ? Theme.good : Theme.muted
                Accessible.name: modelData.name + " " + text
            }
            ConsoleButton {
                text: qsTr("指定为考评员")
                Accessible.name: qsTr("指定为考评员") + " " + modelData.name
                enabled: page.practical.opened && !page.practical.closed && (!modelData.assigned || modelData.chief)
                onClicked: page.practical.assignGrader(modelData.name, false)
            }
            ConsoleButton {
                text: qsTr("指定为主考评员")
                Accessible.name: qsTr("指定为主考评员") + " " + modelData.name
                enabled: page.practical.opened && !page.practical.closed && !modelData.chief
                onClicked: page.practical.assignGrader(modelData.name, true)
            }
        }
    }

    Text {
        visible: Console.isAdministrator
        Layout.topMargin: 8
        text: qsTr("新建考评员账号（考评员用自己的账号登录控制台评分）")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.body
        font.bold: true
        color: Theme.text
    }
    RowLayout {
        visible: Console.isAdministrator
        spacing: 12
        Field {
            id: graderName
            Layout.preferredWidth: 220
            label: qsTr("考评员账号")
        }
        Field {
            id: graderPassword
            Layout.preferredWidth: 220
            label: qsTr("密码")
            echoMode: TextInput.Password
        }
        Field {
            id: graderRepeat
            Layout.preferredWidth: 220
            label: qsTr("再次输入密码")
            echoMode: TextInput.Password
            onAccepted: createButton.clicked()
        }
        ConsoleButton {
            id: createButton
            Layout.alignment: Qt.AlignBottom
            text: qsTr("新建考评员")
            onClicked: {
                if (page.practical.createGrader(graderName.text, graderPassword.text, graderRepeat.text)) {
                    graderName.text = ""
                    graderPassword.text = ""
                    graderRepeat.text = ""
                }
            }
        }
    }
    Item { Layout.fillHeight: true }
}
