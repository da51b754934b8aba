import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Examroom.Proctor

// 安排考场: seats, kiosk pairing, equipment checks, the assignment and the seat chart.
Rectangle {
    id: screen
    color: Theme.background
    Accessible.name: qsTr("考场")
    readonly property var room: Console.room

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 10

        Text {
            Layout.fillWidth: true
            text: qsTr("考场 %1：%2 个考位，已配对 %3，可用 %4").arg(screen.room.roomId).arg(screen.room.seatCount)
                  .arg(screen.room.pairedCount).arg(screen.room.usableCount)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.title
            font.bold: true
            color: Theme.text
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            ConsoleButton {
                text: qsTr("建立考位（%1 个）").arg(screen.room.plannedSeats)
                enabled: screen.room.plannedSeats > 0 && screen.room.seatCount < screen.room.plannedSeats
                onClicked: screen.room.addPlannedSeats()
            }
            Field {
                id: seatField
                Layout.preferredWidth: 110
                label: qsTr("考位号")
                input.validator: IntValidator { bottom: 1; top: 500 }
            }
            Field {
                id: fingerprintField
                Layout.fillWidth: true
                label: qsTr("终端指纹（与终端屏幕上显示的核对）")
            }
            ConsoleButton {
                Layout.alignment: Qt.AlignBottom
                text: qsTr("配对终端")
                enabled: seatField.text.length > 0 && fingerprintField.text.length > 0
                onClicked: if (screen.room.pairKiosk(parseInt(seatField.text), fingerprintField.text)) fingerprintField.text = ""
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            Field {
                id: spareField
                Layout.preferredWidth: 110
                label: qsTr("备用考位数")
                text: "2"
                input.validator: IntValidator { bottom: 0; top: 100 }
            }
            ConsoleButton {
                Layout.alignment: Qt.AlignBottom
                primary: true
                text: qsTr("随机编排")
                onClicked: screen.room.assign(true, parseInt(spareField.text || "0"))
            }
            ConsoleButton {
                Layout.alignment: Qt.AlignBottom
                text: qsTr("按准考证号编排")
                onClicked: screen.room.assign(false, parseInt(spareField.text || "0"))
            }
            ConsoleButton {
                Layout.alignment: Qt.AlignBottom
                text: qsTr("打印座位表")
                enabled: screen.room.assigned
                onClicked: screen.room.printSeatChart()
            }
            Text {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignBottom
                text: screen.room.assignmentText
                wrapMode: Text.Wrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.small
                color: Theme.muted
            }
        }
        MessageLine {
            Layout.fillWidth: true
            text: screen.room.message
            error: screen.room.messageIsError
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            border.color: Theme.border
            radius: 6
            ListView {
                id: seatList
                objectName: "seatList"
                anchors.fill: parent
                anchors.margins: 8
                clip: true
                model: screen.room.seats
                Accessible.name: qsTr("考位列表")
                ScrollBar.vertical: ScrollBar {}
                header: RowLayout {
                    width: seatList.width
                    Repeater {
                        model: [qsTr("考位"), qsTr("终端"), qsTr("设备检查"), qsTr("考生")]
                        Text {
                            required property string modelData
                            required property int index
                            Layout.preferredWidth: [80, 260, 340, 300][index]
                            text: modelData
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.small
                            font.bold: true
                            color: Theme.muted
                        }
                    }
                }
                delegate: RowLayout {
                    required property var modelData
                    width: seatList.width
                    height: 32
                    Text {
                        Layout.preferredWidth: 80
                        text: modelData.seatNo + (modelData.spare ? " " + qsTr("备用") : "") + (modelData.locked ? " " + qsTr("停用") : "")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.small
                        font.bold: true
                        color: modelData.locked ? Theme.danger : Theme.text
                    }
                    Text {
                        Layout.preferredWidth: 260
                        text: modelData.kiosk.length ? modelData.kiosk : qsTr("未配对")
                        elide: Text.ElideMiddle
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.small
                        color: modelData.kiosk.length ? Theme.text : Theme.muted
                    }
                    Text {
                        Layout.preferredWidth: 340
                        text: modelData.check === "pass" ? qsTr("通过") : modelData.check === "fail" ? qsTr("未通过：") + modelData.reasons : qsTr("未检查")
                        elide: Text.ElideRight
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.small
                        color: modelData.check === "pass" ? Theme.good : modelData.check === "fail" ? Theme.danger : Theme.muted
                    }
                    Text {
                        Layout.fillWidth: true
                        text: modelData.ticketNo.length ? modelData.ticketNo + "  " + modelData.name : ""
                        elide: Text.ElideRight
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.small
                        color: Theme.text
                    }
                }
            }
        }
    }
}
