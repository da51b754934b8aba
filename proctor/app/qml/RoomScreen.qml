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
    readonly property var link: Console.link

    // The provisioning of a seat: {done, count, state} or undefined.
    function progressOf(seatNo) {
        const all = screen.link.progress
        for (let i = 0; i < all.length; ++i)
            if (all[i].seatNo === seatNo)
                return all[i]
        return undefined
    }

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
            ConsoleButton {
                text: qsTr("下发考试到各考位")
                enabled: screen.room.assigned && screen.link.running
                onClicked: screen.link.provisionAll()
            }
            Text {
                Layout.fillWidth: true
                text: screen.link.running
                      ? qsTr("考场连接：%1（在线 %2 台）；配对：%3").arg(screen.link.roomEndpoint).arg(screen.link.onlineCount).arg(screen.link.pairingEndpoint)
                      : qsTr("考场连接未启动")
                wrapMode: Text.Wrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.small
                color: screen.link.running ? Theme.muted : Theme.danger
            }
        }
        // Kiosks asking to pair: the proctor compares code and fingerprint with the kiosk's
        // screen and gives it a seat.
        Repeater {
            model: screen.link.pairings
            RowLayout {
                id: request
                required property var modelData
                required property int index
                Layout.fillWidth: true
                spacing: 10
                Text {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignBottom
                    text: qsTr("终端请求配对　配对码 %1　指纹 %2").arg(request.modelData.code).arg(request.modelData.fingerprint)
                    elide: Text.ElideMiddle
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.body
                    font.bold: true
                    color: Theme.accent
                }
                Field {
                    id: requestSeat
                    Layout.preferredWidth: 110
                    label: qsTr("考位号")
                    text: String(screen.room.pairedCount + 1 + request.index)
                    input.validator: IntValidator { bottom: 1; top: 500 }
                }
                ConsoleButton {
                    Layout.alignment: Qt.AlignBottom
                    primary: true
                    text: qsTr("核对无误，配对")
                    enabled: requestSeat.text.length > 0
                    onClicked: screen.link.acceptPairing(request.modelData.code, parseInt(requestSeat.text))
                }
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
        PrintOutput {
            Layout.fillWidth: true
            visible: screen.room.assigned
            step: screen.room
            onSave: (path) => screen.room.saveSeatChart(path)
        }
        MessageLine {
            Layout.fillWidth: true
            text: screen.room.message
            error: screen.room.messageIsError
        }
        MessageLine {
            Layout.fillWidth: true
            visible: screen.link.lastError.length > 0
            text: screen.link.lastError
            error: true
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
                        model: [qsTr("考位"), qsTr("终端"), qsTr("设备检查"), qsTr("下发"), qsTr("考生")]
                        Text {
                            required property string modelData
                            required property int index
                            Layout.preferredWidth: [80, 220, 300, 170, 300][index]
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
                        Layout.preferredWidth: 220
                        text: modelData.kiosk.length ? modelData.kiosk : qsTr("未配对")
                        elide: Text.ElideMiddle
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.small
                        color: modelData.kiosk.length ? Theme.text : Theme.muted
                    }
                    Text {
                        Layout.preferredWidth: 300
                        text: modelData.check === "pass" ? qsTr("通过") : modelData.check === "fail" ? qsTr("未通过：") + modelData.reasons : qsTr("未检查")
                        elide: Text.ElideRight
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.small
                        color: modelData.check === "pass" ? Theme.good : modelData.check === "fail" ? Theme.danger : Theme.muted
                    }
                    // 下发进度 of this seat.
                    Item {
                        readonly property var progress: screen.progressOf(modelData.seatNo)
                        Layout.preferredWidth: 170
                        Layout.preferredHeight: 24
                        ProgressBar {
                            anchors.left: parent.left
                            anchors.verticalCenter: parent.verticalCenter
                            width: 90
                            visible: parent.progress !== undefined
                            from: 0
                            to: parent.progress && parent.progress.count > 0 ? parent.progress.count : 1
                            value: parent.progress ? (parent.progress.state === "done" ? to : parent.progress.done) : 0
                            Accessible.name: qsTr("下发进度")
                        }
                        Text {
                            anchors.right: parent.right
                            anchors.verticalCenter: parent.verticalCenter
                            text: !parent.progress ? "" : parent.progress.state === "done" ? qsTr("已下发")
                                  : parent.progress.state === "failed" ? qsTr("失败") : parent.progress.done + "/" + parent.progress.count
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.small
                            color: parent.progress && parent.progress.state === "failed" ? Theme.danger : Theme.muted
                        }
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
