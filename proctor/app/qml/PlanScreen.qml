import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Examroom.Proctor

// 接收考试计划 → 核对确认: import, table 5, the roster with warnings, confirm or refuse.
Rectangle {
    id: screen
    color: Theme.background
    Accessible.name: qsTr("考试计划")
    readonly property var plan: Console.plan
    readonly property var agent: Console.agent
    // The agent's list is asked for when the screen opens (and on 刷新).
    Component.onCompleted: if (agent.configured) agent.refreshPlans()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 10

        // The plans the site agent received from the centre; pick one.
        Rectangle {
            objectName: "agentPlans"
            Layout.fillWidth: true
            implicitHeight: agentBox.implicitHeight + 16
            color: Theme.surface
            border.color: Theme.border
            radius: 6
            ColumnLayout {
                id: agentBox
                anchors.fill: parent
                anchors.margins: 8
                spacing: 6
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 10
                    Text {
                        text: qsTr("站点代理的考试计划")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.body
                        font.bold: true
                        color: Theme.text
                    }
                    Text {
                        objectName: "agentPlansText"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 100 // wraps instead of widening the screen
                        wrapMode: Text.Wrap
                        text: !screen.agent.configured
                              ? qsTr("未设置站点代理（管理员在“设置”中填写）；可从文件导入计划包。")
                              : screen.agent.busy ? qsTr("正在联系站点代理…") : screen.agent.plansText
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.small
                        color: screen.agent.plansError ? Theme.danger : Theme.muted
                        Accessible.name: text
                    }
                    ConsoleButton {
                        text: qsTr("刷新")
                        enabled: screen.agent.configured && !screen.agent.busy
                        onClicked: screen.agent.refreshPlans()
                    }
                }
                Repeater {
                    model: screen.agent.plans
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 10
                        Text {
                            Layout.fillWidth: true
                            Layout.preferredWidth: 100 // elides instead of widening the screen
                            text: qsTr("%1　第 %2 版　摘要 %3").arg(modelData.planId).arg(modelData.version).arg(modelData.hash)
                                  + (modelData.inUse ? "　" + qsTr("（正在使用）") : "")
                            elide: Text.ElideRight
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.body
                            font.bold: modelData.inUse
                            color: Theme.text
                        }
                        ConsoleButton {
                            text: qsTr("选用 %1").arg(modelData.planId)
                            enabled: !modelData.inUse
                            onClicked: screen.agent.takePlan(modelData.planId, modelData.version)
                        }
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            Field {
                id: pathField
                objectName: "planPathField"
                Layout.fillWidth: true
                label: qsTr("计划包文件或中心文件夹路径")
                onAccepted: screen.plan.importPackage(text)
            }
            ConsoleButton {
                Layout.alignment: Qt.AlignBottom
                text: qsTr("导入计划包")
                enabled: pathField.text.length > 0
                onClicked: screen.plan.importPackage(pathField.text)
            }
            ConsoleButton {
                Layout.alignment: Qt.AlignBottom
                text: qsTr("导入中心文件夹")
                enabled: pathField.text.length > 0
                onClicked: screen.plan.importFolder(pathField.text)
            }
        }
        MessageLine {
            Layout.fillWidth: true
            text: screen.plan.message
            error: screen.plan.messageIsError
        }

        Text {
            visible: !screen.plan.hasPlan
            Layout.fillWidth: true
            Layout.fillHeight: true
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.WordWrap
            text: qsTr("尚未选用考试计划。请从站点代理的计划中选用，或导入考试中心的计划包（或中心文件夹）。")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.title
            color: Theme.muted
        }

        RowLayout {
            visible: screen.plan.hasPlan
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 12

            // Table 5, label by value.
            Rectangle {
                Layout.preferredWidth: parent.width * 0.46
                Layout.fillHeight: true
                color: Theme.surface
                border.color: Theme.border
                radius: 6
                ListView {
                    id: fieldList
                    objectName: "planFields"
                    anchors.fill: parent
                    anchors.margins: 8
                    clip: true
                    model: screen.plan.fields
                    Accessible.name: qsTr("考试计划表")
                    ScrollBar.vertical: ScrollBar {}
                    header: Text {
                        width: fieldList.width
                        text: screen.plan.sourceText
                        wrapMode: Text.Wrap
                        bottomPadding: 6
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.small
                        color: Theme.muted
                    }
                    delegate: RowLayout {
                        required property var modelData
                        width: fieldList.width
                        spacing: 8
                        Text {
                            Layout.preferredWidth: 150
                            Layout.alignment: Qt.AlignTop
                            wrapMode: Text.WordWrap
                            text: modelData.label
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.small
                            color: Theme.muted
                        }
                        Text {
                            Layout.fillWidth: true
                            text: modelData.value
                            wrapMode: Text.Wrap
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.small
                            color: Theme.text
                            Accessible.name: modelData.label + " " + modelData.value
                        }
                    }
                }
            }

            // The roster, warnings in orange.
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: Theme.surface
                border.color: Theme.border
                radius: 6
                ListView {
                    id: rosterList
                    objectName: "planRoster"
                    anchors.fill: parent
                    anchors.margins: 8
                    clip: true
                    model: screen.plan.roster
                    Accessible.name: qsTr("考生名册")
                    ScrollBar.vertical: ScrollBar {}
                    header: Text {
                        width: rosterList.width
                        text: qsTr("考生名册：%1 人，%2 人有提示").arg(screen.plan.candidateCount).arg(screen.plan.warningCount)
                        bottomPadding: 6
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.body
                        font.bold: true
                        color: Theme.text
                    }
                    delegate: Column {
                        required property var modelData
                        width: rosterList.width
                        bottomPadding: 4
                        Text {
                            width: parent.width
                            elide: Text.ElideRight
                            text: modelData.ticketNo + "  " + modelData.name + "  " + modelData.gender + "  " + modelData.kind
                                  + (modelData.hours.length ? "  " + qsTr("学时 %1").arg(modelData.hours) : "")
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.small
                            color: Theme.text
                        }
                        Text {
                            visible: modelData.warnings.length > 0
                            width: parent.width
                            wrapMode: Text.Wrap
                            text: "⚠ " + modelData.warnings
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.small
                            color: Theme.warning
                        }
                    }
                }
            }
        }

        RowLayout {
            visible: screen.plan.hasPlan
            Layout.fillWidth: true
            spacing: 10
            Text {
                Layout.fillWidth: true
                Layout.preferredWidth: 100 // wraps instead of widening the screen (English)
                wrapMode: Text.Wrap
                text: screen.plan.decisionText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.body
                font.bold: true
                color: screen.plan.decision === "confirmed" ? Theme.good : screen.plan.decision === "refused" ? Theme.danger : Theme.warning
                Accessible.name: text
            }
            Field {
                id: reasonField
                Layout.preferredWidth: 320
                label: qsTr("拒绝原因")
                enabled: screen.plan.decision === "pending"
            }
            ConsoleButton {
                Layout.alignment: Qt.AlignBottom
                text: qsTr("拒绝")
                tint: Theme.danger
                enabled: screen.plan.decision === "pending" && reasonField.text.length > 0
                onClicked: screen.plan.refuse(reasonField.text)
            }
            ConsoleButton {
                Layout.alignment: Qt.AlignBottom
                primary: true
                text: qsTr("确认")
                enabled: screen.plan.decision === "pending"
                onClicked: screen.plan.confirm()
            }
        }
    }
}
