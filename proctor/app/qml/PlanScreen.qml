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

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 10

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
            text: qsTr("尚未收到考试计划。请导入考试中心的计划包（或中心文件夹）。")
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
                text: screen.plan.decisionText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.body
                font.bold: true
                color: screen.plan.decision === "confirmed" ? Theme.good : screen.plan.decision === "refused" ? Theme.danger : Theme.warning
                Accessible.name: text
            }
            Item { Layout.fillWidth: true }
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
