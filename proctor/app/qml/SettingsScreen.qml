import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Examroom.Proctor

// 设置 (administrators): the site agent this console hands its outbox to — its address and
// pinned keys — and the console's own link key, which the site technician enrols at the agent.
Rectangle {
    id: screen
    color: Theme.background
    Accessible.name: qsTr("设置")
    readonly property var agent: Console.agent

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        Text {
            text: qsTr("站点代理（上传考试中心）")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.title
            font.bold: true
            color: Theme.text
        }

        // The console's own key: what the technician adds to the agent's allow-list.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: consoleBox.implicitHeight + 24
            color: Theme.surface
            border.color: Theme.border
            radius: 6
            ColumnLayout {
                id: consoleBox
                anchors.fill: parent
                anchors.margins: 12
                spacing: 6
                Text {
                    Layout.fillWidth: true
                    text: qsTr("本控制台的连接公钥（请站点技术员登记到站点代理）")
                    wrapMode: Text.Wrap
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.body
                    font.bold: true
                    color: Theme.text
                }
                TextEdit {
                    objectName: "consoleKeyText"
                    Layout.fillWidth: true
                    readOnly: true
                    selectByMouse: true
                    selectByKeyboard: true
                    text: screen.agent.consoleKey
                    font.family: "Noto Sans Mono CJK SC"
                    font.pixelSize: Theme.body
                    color: Theme.text
                    Accessible.name: qsTr("本控制台公钥") + " " + text
                }
                Text {
                    objectName: "consoleFingerprint"
                    text: qsTr("指纹：%1").arg(screen.agent.consoleFingerprint)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.title
                    color: Theme.accent
                    Accessible.name: text
                }
                Text {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("在站点代理的 /etc/examroom/agent.json 中，把上面的公钥加入 agent.link.consoles，然后执行 systemctl restart examroom-agent。核对指纹时请逐组读出。")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.small
                    color: Theme.muted
                }
            }
        }

        // The agent: address and its keys: line, pinned.
        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            Field {
                id: endpointField
                objectName: "agentEndpointField"
                Layout.preferredWidth: 360
                label: qsTr("站点代理地址")
                placeholderText: "tcp://127.0.0.1:5557"
                text: screen.agent.endpoint
            }
            Field {
                id: keysField
                objectName: "agentKeysField"
                Layout.fillWidth: true
                label: qsTr("站点代理公钥（examroom-agent keys show 的 keys: 一行）")
                text: screen.agent.agentKeys
                onAccepted: screen.agent.save(endpointField.text, keysField.text)
            }
            ConsoleButton {
                Layout.alignment: Qt.AlignBottom
                primary: true
                text: qsTr("保存")
                enabled: endpointField.text.length > 0 && keysField.text.length > 0
                onClicked: screen.agent.save(endpointField.text, keysField.text)
            }
        }
        Text {
            objectName: "agentFingerprint"
            visible: screen.agent.configured
            text: qsTr("已固定的站点代理指纹：%1（应与 examroom-agent keys show 显示的一致）").arg(screen.agent.agentFingerprint)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            color: Theme.text
            Accessible.name: text
        }
        MessageLine {
            Layout.fillWidth: true
            text: screen.agent.message
            error: screen.agent.messageIsError
        }

        // The hand-off: what waits, what went, what was refused and why.
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            border.color: Theme.border
            radius: 6
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 12
                spacing: 8
                RowLayout {
                    Layout.fillWidth: true
                    AgentStatus {
                        Layout.fillWidth: true
                    }
                    ConsoleButton {
                        text: qsTr("立即交给站点代理")
                        enabled: screen.agent.configured && !screen.agent.busy
                        onClicked: screen.agent.handOffNow()
                    }
                }
                ListView {
                    objectName: "agentProblems"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: screen.agent.problems
                    Accessible.name: qsTr("上次交付的问题")
                    delegate: Text {
                        required property string modelData
                        width: ListView.view.width
                        wrapMode: Text.Wrap
                        text: "• " + modelData
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.small
                        color: Theme.danger
                    }
                }
            }
        }
    }
}
