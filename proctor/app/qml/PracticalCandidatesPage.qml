import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Examroom.Proctor

// 考生与抽题: every candidate of the roster — eligible, or why not — their drawn tasks and how
// far the marking is. For the selected one: mark eligible with a reason, the system draw, the
// lot the candidate drew per subject, a machine score. Print the paper score sheets.
RowLayout {
    id: page
    spacing: 12
    readonly property var practical: Console.practical
    // The selection follows the ticket number: the list is rebuilt after every change.
    property string selectedTicket: page.practical.candidates.length ? page.practical.candidates[0].ticketNo : ""
    readonly property int selectedIndex: {
        const all = page.practical.candidates
        for (let i = 0; i < all.length; ++i)
            if (all[i].ticketNo === page.selectedTicket)
                return i
        return -1
    }
    readonly property var current: selectedIndex >= 0 ? page.practical.candidates[selectedIndex] : null
    function select(index) {
        const all = page.practical.candidates
        if (index >= 0 && index < all.length) {
            page.selectedTicket = all[index].ticketNo
            list.positionViewAtIndex(index, ListView.Contain)
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: 8
        RowLayout {
            spacing: 10
            ConsoleButton {
                text: qsTr("为全部可参加考生系统抽题")
                enabled: !page.practical.closed
                onClicked: page.practical.drawAll()
            }
            ConsoleButton {
                text: qsTr("打印实操评分表")
                onClicked: page.practical.printSheets()
            }
        }
        PrintOutput {
            Layout.fillWidth: true
            step: page.practical
            onSave: (path) => page.practical.saveSheets(path)
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            border.color: Theme.border
            radius: 6
            ListView {
                id: list
                objectName: "practicalCandidates"
                anchors.fill: parent
                anchors.margins: 4
                clip: true
                model: page.practical.candidates
                focus: true
                Keys.onUpPressed: page.select(page.selectedIndex - 1)
                Keys.onDownPressed: page.select(page.selectedIndex + 1)
                Accessible.name: qsTr("实操考生")
                ScrollBar.vertical: ScrollBar {}
                delegate: Rectangle {
                    id: row
                    required property var modelData
                    required property int index
                    width: ListView.view.width
                    height: 62
                    color: modelData.ticketNo === page.selectedTicket ? Theme.selected : "transparent"
                    radius: 4
                    Accessible.name: modelData.ticketNo
                    MouseArea {
                        anchors.fill: parent
                        onClicked: { page.select(row.index); list.forceActiveFocus() }
                    }
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: 8
                        anchors.rightMargin: 8
                        spacing: 10
                        Column {
                            Layout.preferredWidth: 190
                            Text {
                                text: row.modelData.name + (row.modelData.makeUp ? qsTr("（补考）") : "")
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.body
                                color: Theme.text
                            }
                            Text {
                                text: row.modelData.ticketNo
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.small
                                color: Theme.muted
                            }
                        }
                        Text {
                            Layout.fillWidth: true
                            text: row.modelData.eligible
                                  ? (row.modelData.tasks.length ? row.modelData.tasks : qsTr("未抽题"))
                                  : row.modelData.reason
                            wrapMode: Text.WordWrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.small
                            color: row.modelData.eligible ? Theme.text : Theme.danger
                        }
                        Text {
                            Layout.preferredWidth: 170
                            horizontalAlignment: Text.AlignRight
                            text: !row.modelData.eligible ? qsTr("不可参加")
                                  : row.modelData.review ? qsTr("待复核")
                                  : row.modelData.result.length ? row.modelData.result
                                  : qsTr("已评 %1").arg(row.modelData.scored)
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.small
                            font.bold: row.modelData.review
                            color: !row.modelData.eligible || row.modelData.review ? Theme.danger : Theme.good
                        }
                    }
                }
            }
        }
    }

    // The selected candidate.
    Rectangle {
        Layout.preferredWidth: 430
        Layout.fillHeight: true
        color: Theme.surface
        border.color: Theme.border
        radius: 6
        ColumnLayout {
            anchors.fill: parent
            anchors.margins: 12
            spacing: 8
            visible: page.current !== null
            Text {
                Layout.fillWidth: true
                text: page.current ? page.current.name + "  " + page.current.ticketNo : ""
                font.family: Theme.fontFamily
                font.pixelSize: Theme.body
                font.bold: true
                color: Theme.text
            }
            Text {
                Layout.fillWidth: true
                text: page.current ? page.current.reason : ""
                wrapMode: Text.WordWrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.small
                color: page.current && page.current.eligible ? Theme.good : Theme.danger
                Accessible.name: qsTr("资格")
            }
            Text {
                visible: page.current !== null && page.current.drawn
                Layout.fillWidth: true
                text: page.current ? qsTr("已抽试题：%1").arg(page.current.tasks) : ""
                font.family: Theme.fontFamily
                font.pixelSize: Theme.body
                color: Theme.text
                Accessible.name: qsTr("已抽试题")
            }
            // Not eligible: the knowledge pass from elsewhere, with where it is from.
            Field {
                id: eligibleReason
                visible: page.current !== null && !page.current.eligible
                Layout.fillWidth: true
                label: qsTr("在他处理论合格的依据（必填）")
            }
            ConsoleButton {
                visible: page.current !== null && !page.current.eligible
                text: qsTr("标记为可参加")
                onClicked: if (page.practical.markEligible(page.current.ticketNo, eligibleReason.text)) eligibleReason.text = ""
            }
            ConsoleButton {
                visible: page.current !== null && page.current.eligible && page.current.tasks.length === 0
                primary: true
                text: qsTr("系统抽题")
                onClicked: page.practical.drawTasks(page.current.ticketNo)
            }
            Text {
                visible: page.current !== null && page.current.eligible && !page.current.drawn
                Layout.fillWidth: true
                text: qsTr("考生抽签：按科目记录抽到的试题")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.small
                color: Theme.muted
            }
            Repeater {
                model: page.current !== null && page.current.eligible && !page.current.drawn ? page.practical.subjects : []
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 6
                    Text {
                        Layout.preferredWidth: 120
                        text: modelData.code + " " + modelData.name
                        elide: Text.ElideRight
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.small
                        color: Theme.text
                    }
                    ComboBox {
                        id: lot
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.touch
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.small
                        model: modelData.tasks
                        textRole: "code"
                        displayText: currentIndex >= 0 ? modelData.tasks[currentIndex].code + " " + modelData.tasks[currentIndex].name : ""
                        Accessible.name: qsTr("抽签试题") + " " + modelData.code
                    }
                    ConsoleButton {
                        text: qsTr("记录")
                        Accessible.name: qsTr("记录抽签") + " " + modelData.code
                        enabled: !page.practical.closed
                        onClicked: page.practical.recordLot(page.current.ticketNo, modelData.code, modelData.tasks[lot.currentIndex].code)
                    }
                }
            }
            // A simulation station's score, with the machine named.
            Text {
                visible: page.current !== null && page.current.eligible && page.current.tasks.length > 0
                text: qsTr("机考科目成绩")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.small
                color: Theme.muted
            }
            RowLayout {
                visible: page.current !== null && page.current.eligible && page.current.tasks.length > 0
                spacing: 6
                ComboBox {
                    id: machineSubject
                    Layout.preferredWidth: 90
                    Layout.preferredHeight: Theme.touch
                    font.pixelSize: Theme.small
                    model: page.practical.subjects
                    textRole: "code"
                    Accessible.name: qsTr("机考科目")
                }
                TextField {
                    id: machinePoints
                    Layout.preferredWidth: 70
                    Layout.preferredHeight: Theme.touch
                    font.pixelSize: Theme.small
                    placeholderText: qsTr("得分")
                    validator: DoubleValidator { bottom: 0; top: 100; decimals: 1 }
                    Accessible.name: qsTr("机考得分")
                }
                TextField {
                    id: machineSource
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch
                    font.pixelSize: Theme.small
                    placeholderText: qsTr("来源（设备名称）")
                    Accessible.name: qsTr("机考来源")
                }
                ConsoleButton {
                    text: qsTr("录入")
                    Accessible.name: qsTr("录入机考成绩")
                    onClicked: page.practical.enterMachineScore(page.current.ticketNo, machineSubject.currentText,
                                                                parseFloat(machinePoints.text || "-1"), machineSource.text)
                }
            }
            Item { Layout.fillHeight: true }
        }
    }
}
