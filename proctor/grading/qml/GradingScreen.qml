import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Examroom.Grading

// 考评人员录入成绩: keyboard first. Type or scan the ticket number and press Enter; type the
// points deducted row by row (Enter moves on, Tab reaches the note); Space ticks a veto item,
// whose reason is then required; Ctrl+Enter submits; Ctrl+1…4 picks a subject. Only binds
// GradingController's properties and calls its invokables.
Rectangle {
    id: screen
    color: "#f4f5f7"
    implicitWidth: 1280
    implicitHeight: 800

    readonly property var g: GradingController
    readonly property color accent: "#1f5fa8"
    readonly property color danger: "#b3261e"

    function focusFirstRow() {
        const first = rowsRepeater.itemAt(0)
        if (first && g.editable)
            first.deduction.forceActiveFocus()
        else
            ticketField.forceActiveFocus()
    }
    function focusAfterRow(index) {
        const next = rowsRepeater.itemAt(index + 1)
        if (next)
            next.deduction.forceActiveFocus()
        else if (vetoRepeater.count > 0)
            vetoRepeater.itemAt(0).box.forceActiveFocus()
        else
            submitButton.forceActiveFocus()
    }
    function doSubmit() {
        if (g.submit())
            focusFirstRow()
    }

    Shortcut { sequences: ["Ctrl+Return", "Ctrl+Enter"]; onActivated: screen.doSubmit() }
    Repeater {
        model: 4
        Item {
            Shortcut {
                sequence: "Ctrl+" + (index + 1)
                onActivated: if (screen.g.selectSubject(String(index + 1))) screen.focusFirstRow()
            }
        }
    }
    Shortcut { sequence: "Ctrl+F"; onActivated: ticketField.forceActiveFocus() }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 20
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            spacing: 16
            Label {
                text: qsTr("实操评分")
                font.pixelSize: 26
                font.bold: true
            }
            Label {
                text: qsTr("考评员：%1").arg(g.grader)
                font.pixelSize: 16
                color: "#444"
            }
            Item { Layout.fillWidth: true }
            Label {
                text: qsTr("Ctrl+Enter 提交 · Ctrl+1…4 选科目 · Ctrl+F 找考生")
                font.pixelSize: 13
                color: "#666"
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 16

            // Candidates: who still has something to mark.
            Rectangle {
                Layout.preferredWidth: 300
                Layout.fillHeight: true
                color: "white"
                border.color: "#d0d4da"
                radius: 6
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 12
                    spacing: 8
                    Label { text: qsTr("准考证号"); font.pixelSize: 14; color: "#555" }
                    TextField {
                        id: ticketField
                        Layout.fillWidth: true
                        font.pixelSize: 18
                        placeholderText: qsTr("输入或扫描后按回车")
                        Accessible.name: "ticket"
                        focus: true
                        onAccepted: {
                            if (screen.g.selectCandidate(text)) {
                                text = ""
                                screen.focusFirstRow()
                            }
                        }
                    }
                    ListView {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        model: g.candidates
                        spacing: 2
                        delegate: Rectangle {
                            required property var modelData
                            width: ListView.view.width
                            height: 44
                            radius: 4
                            color: modelData.ticketNo === screen.g.ticketNo ? "#dce8f7" : "transparent"
                            Column {
                                anchors.verticalCenter: parent.verticalCenter
                                x: 8
                                Label {
                                    text: modelData.name + (modelData.makeUp ? qsTr("（补考）") : "")
                                    font.pixelSize: 15
                                }
                                Label {
                                    text: modelData.ticketNo
                                    font.pixelSize: 12
                                    color: "#666"
                                }
                            }
                            Label {
                                anchors.right: parent.right
                                anchors.rightMargin: 8
                                anchors.verticalCenter: parent.verticalCenter
                                text: qsTr("已评 %1/%2").arg(modelData.mine).arg(modelData.subjects)
                                font.pixelSize: 12
                                color: modelData.mine === modelData.subjects ? "#2e7d32" : "#666"
                            }
                            MouseArea {
                                anchors.fill: parent
                                onClicked: if (screen.g.selectCandidate(modelData.ticketNo)) screen.focusFirstRow()
                            }
                        }
                    }
                }
            }

            // The selected candidate's subject and task.
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: "white"
                border.color: "#d0d4da"
                radius: 6

                Label {
                    anchors.centerIn: parent
                    visible: g.ticketNo === ""
                    text: qsTr("请输入准考证号选择考生")
                    font.pixelSize: 18
                    color: "#888"
                }

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 14
                    spacing: 8
                    visible: g.ticketNo !== ""

                    Label {
                        text: g.candidateName + "  " + g.ticketNo
                        font.pixelSize: 20
                        font.bold: true
                    }
                    // The subjects wrap onto a second line when the screen is narrow (the
                    // console's navigation takes part of it).
                    Flow {
                        Layout.fillWidth: true
                        spacing: 8
                        Repeater {
                            model: g.subjects
                            delegate: Button {
                                required property var modelData
                                required property int index
                                text: (index + 1) + " · " + modelData.code + " " + modelData.name
                                      + (modelData.markedByMe ? " ✓" : "")
                                      + (modelData.state === "review" ? qsTr(" 待复核") : "")
                                highlighted: modelData.code === screen.g.subjectCode
                                focusPolicy: Qt.NoFocus
                                font.pixelSize: 13
                                Accessible.name: "subject-" + modelData.code
                                onClicked: if (screen.g.selectSubject(modelData.code)) screen.focusFirstRow()
                            }
                        }
                    }

                    Label {
                        text: qsTr("试题：%1").arg(g.taskTitle)
                        font.pixelSize: 16
                        visible: g.taskTitle !== ""
                    }

                    // Column header.
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 8
                        Label { text: qsTr("考核内容"); Layout.preferredWidth: 200; font.bold: true }
                        Label { text: qsTr("配分"); Layout.preferredWidth: 44; font.bold: true }
                        Label { text: qsTr("评分标准"); Layout.fillWidth: true; font.bold: true }
                        Label { text: qsTr("扣分"); Layout.preferredWidth: 70; font.bold: true }
                        Label { text: qsTr("备注"); Layout.preferredWidth: 170; font.bold: true }
                    }

                    Repeater {
                        id: rowsRepeater
                        model: g.rows
                        delegate: RowLayout {
                            id: rowItem
                            required property var modelData
                            required property int index
                            property alias deduction: deductionField
                            Layout.fillWidth: true
                            spacing: 8
                            Label {
                                text: (index + 1) + ". " + modelData.content
                                Layout.preferredWidth: 200
                                wrapMode: Text.Wrap
                                font.pixelSize: 14
                            }
                            Label {
                                text: modelData.points
                                Layout.preferredWidth: 44
                                horizontalAlignment: Text.AlignHCenter
                                font.pixelSize: 14
                            }
                            Label {
                                text: modelData.rule
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                font.pixelSize: 13
                                color: "#444"
                            }
                            TextField {
                                id: deductionField
                                Layout.preferredWidth: 70
                                font.pixelSize: 18
                                horizontalAlignment: Text.AlignHCenter
                                text: modelData.deducted
                                enabled: screen.g.editable
                                validator: IntValidator { bottom: 0; top: 999 }
                                inputMethodHints: Qt.ImhDigitsOnly
                                color: parseInt(text) > modelData.points ? screen.danger : "black"
                                Accessible.name: "deduction-" + index
                                onActiveFocusChanged: if (activeFocus) selectAll()
                                onTextEdited: screen.g.setDeduction(index, text === "" ? 0 : parseInt(text))
                                onAccepted: screen.focusAfterRow(index)
                            }
                            TextField {
                                Layout.preferredWidth: 170
                                font.pixelSize: 13
                                text: modelData.note
                                enabled: screen.g.editable
                                placeholderText: qsTr("备注（可选）")
                                Accessible.name: "note-" + index
                                onTextEdited: screen.g.setNote(index, text)
                                onAccepted: screen.focusAfterRow(index)
                            }
                        }
                    }

                    Repeater {
                        id: vetoRepeater
                        model: g.vetoes
                        delegate: RowLayout {
                            required property var modelData
                            required property int index
                            property alias box: vetoBox
                            Layout.fillWidth: true
                            spacing: 8
                            CheckBox {
                                id: vetoBox
                                checked: modelData.on
                                enabled: screen.g.editable
                                text: qsTr("否决项：%1").arg(modelData.text)
                                font.pixelSize: 14
                                Accessible.name: "veto-" + index
                                onToggled: {
                                    screen.g.setVeto(index, checked)
                                    if (checked) reasonField.forceActiveFocus()
                                }
                                Keys.onReturnPressed: {
                                    const next = vetoRepeater.itemAt(index + 1)
                                    if (next) next.box.forceActiveFocus(); else submitButton.forceActiveFocus()
                                }
                            }
                            TextField {
                                id: reasonField
                                Layout.fillWidth: true
                                visible: vetoBox.checked
                                font.pixelSize: 14
                                text: modelData.reason
                                enabled: screen.g.editable
                                placeholderText: qsTr("否决原因（必填）")
                                Accessible.name: "veto-reason-" + index
                                onTextEdited: screen.g.setVetoReason(index, text)
                                onAccepted: {
                                    const next = vetoRepeater.itemAt(index + 1)
                                    if (next) next.box.forceActiveFocus(); else submitButton.forceActiveFocus()
                                }
                            }
                        }
                    }

                    Item { Layout.fillHeight: true }

                    Label {
                        Layout.fillWidth: true
                        text: g.message
                        visible: g.message !== ""
                        wrapMode: Text.Wrap
                        font.pixelSize: 15
                        color: g.messageIsError ? screen.danger : "#2e7d32"
                        Accessible.name: "message"
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            text: qsTr("本题得分")
                            font.pixelSize: 16
                        }
                        Label {
                            text: g.total
                            font.pixelSize: 34
                            font.bold: true
                            color: screen.accent
                            Accessible.name: "total"
                        }
                        Label {
                            text: qsTr("（满分 100，逐项扣分，单项扣完为止）")
                            font.pixelSize: 13
                            color: "#666"
                        }
                        Item { Layout.fillWidth: true }
                        Button {
                            id: submitButton
                            text: qsTr("签名提交")
                            enabled: g.editable
                            font.pixelSize: 18
                            highlighted: true
                            Accessible.name: "submit"
                            Keys.onReturnPressed: screen.doSubmit()
                            Keys.onEnterPressed: screen.doSubmit()
                            onClicked: screen.doSubmit()
                        }
                    }
                }
            }
        }
    }
}
