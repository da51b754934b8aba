import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Examroom.Proctor

// 监考: the seat map (state, candidate, answered / total, remaining, last save, alerts) and the
// incidents of a seat.
Rectangle {
    id: screen
    color: Theme.background
    Accessible.name: qsTr("监考")
    readonly property var monitor: Console.monitor
    property int seatNo: 0
    property string ticketNo: ""
    property string candidate: ""
    property bool paused: false

    function stateLabel(s) {
        switch (s) {
        case "idle": return qsTr("空闲")
        case "paired": return qsTr("已配对")
        case "provisioned": return qsTr("已下发")
        case "logged-in": return qsTr("已登录")
        case "answering": return qsTr("答题中")
        case "submitted": return qsTr("已交卷")
        case "offline": return qsTr("离线")
        case "locked": return qsTr("停用")
        case "expected": return qsTr("未签到")
        case "present": return qsTr("已签到")
        case "absent": return qsTr("缺考")
        case "removed": return qsTr("已取消资格")
        default: return s
        }
    }

    function openIncidents(seat, ticket, name, isPaused) {
        seatNo = seat; ticketNo = ticket; candidate = name; paused = isPaused
        incidents.readBack = ""
        incidents.open()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8
        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: qsTr("%1 个考位").arg(screen.monitor.seatMap.count) + "    "
                      + (screen.monitor.seatMap.alertCount > 0 ? qsTr("⚠ %1 个提醒（举手或离线）").arg(screen.monitor.seatMap.alertCount) : qsTr("无提醒"))
                font.family: Theme.fontFamily
                font.pixelSize: Theme.body
                font.bold: screen.monitor.seatMap.alertCount > 0
                color: screen.monitor.seatMap.alertCount > 0 ? Theme.danger : Theme.muted
                Accessible.name: text
            }
            Text {
                text: qsTr("点击考位处理突发情况")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.small
                color: Theme.muted
            }
        }
        MessageLine {
            Layout.fillWidth: true
            text: screen.monitor.message
            error: screen.monitor.messageIsError
        }
        GridView {
            id: grid
            objectName: "seatMap"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            cellWidth: 192
            cellHeight: 112
            model: screen.monitor.seatMap
            reuseItems: true
            keyNavigationEnabled: true
            focus: true
            Accessible.name: qsTr("考位图")
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                id: tile
                required property int index
                required property int seatNo
                required property string ticketNo
                required property string name
                required property string seatState
                required property int answered
                required property int total
                required property string remaining
                required property string lastSave
                required property bool handRaised
                required property bool offline
                required property bool alert
                required property bool spare
                required property bool paused
                required property int extension
                width: grid.cellWidth - 8
                height: grid.cellHeight - 8
                radius: 6
                color: alert ? "#fdecea" : seatState === "submitted" ? "#e6f4ea" : Theme.surface
                border.color: GridView.isCurrentItem && grid.activeFocus ? Theme.text : alert ? Theme.danger : Theme.border
                border.width: alert || GridView.isCurrentItem ? 3 : 1
                Accessible.name: qsTr("考位 %1").arg(seatNo)
                Accessible.role: Accessible.Button
                Column {
                    anchors.fill: parent
                    anchors.margins: 6
                    spacing: 1
                    Text {
                        width: parent.width
                        text: tile.seatNo + "  " + (tile.spare && tile.ticketNo.length === 0 ? qsTr("备用") : screen.stateLabel(tile.seatState))
                              + (tile.paused ? " · " + qsTr("暂停") : "") + (tile.handRaised ? " · " + qsTr("举手") : "")
                        elide: Text.ElideRight
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.small
                        font.bold: true
                        color: tile.alert ? Theme.danger : Theme.text
                    }
                    Text {
                        width: parent.width
                        text: tile.name.length ? tile.name : "—"
                        elide: Text.ElideRight
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.small
                        color: Theme.text
                    }
                    Text {
                        width: parent.width
                        text: tile.total > 0 ? qsTr("%1/%2 题 · 剩 %3").arg(tile.answered).arg(tile.total).arg(tile.remaining) : ""
                        elide: Text.ElideRight
                        font.family: Theme.fontFamily
                        font.pixelSize: 14
                        color: Theme.muted
                    }
                    Text {
                        width: parent.width
                        text: (tile.lastSave !== "—" ? qsTr("保存于 %1 前").arg(tile.lastSave) : "")
                              + (tile.extension > 0 ? " " + qsTr("延时 %1 分").arg(tile.extension) : "")
                        elide: Text.ElideRight
                        font.family: Theme.fontFamily
                        font.pixelSize: 14
                        color: Theme.muted
                    }
                }
                MouseArea {
                    anchors.fill: parent
                    enabled: tile.ticketNo.length > 0
                    onClicked: { grid.currentIndex = tile.index; screen.openIncidents(tile.seatNo, tile.ticketNo, tile.name, tile.paused) }
                }
                Keys.onReturnPressed: if (tile.ticketNo.length > 0) screen.openIncidents(tile.seatNo, tile.ticketNo, tile.name, tile.paused)
            }
        }
    }

    Popup {
        id: incidents
        objectName: "incidentPopup"
        property string readBack: ""
        anchors.centerIn: parent
        width: Math.min(parent.width - 40, 860)
        modal: true
        focus: true
        padding: 20
        background: Rectangle { color: Theme.surface; radius: 8; border.color: Theme.border; border.width: 2 }
        contentItem: ColumnLayout {
            spacing: 10
            Text {
                text: qsTr("考位 %1 · %2 · %3").arg(screen.seatNo).arg(screen.ticketNo).arg(screen.candidate)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.title
                font.bold: true
                color: Theme.text
            }
            Field {
                id: reasonField
                objectName: "incidentReason"
                Layout.fillWidth: true
                label: qsTr("原因（必填，记入考场记录）")
            }
            RowLayout {
                spacing: 8
                Field { id: minutesField; Layout.preferredWidth: 110; label: qsTr("延时分钟"); text: "10"; input.validator: IntValidator { bottom: 1; top: 120 } }
                ConsoleButton { Layout.alignment: Qt.AlignBottom; text: qsTr("延时"); onClicked: screen.monitor.extend(screen.ticketNo, parseInt(minutesField.text), reasonField.text) }
                ConsoleButton { Layout.alignment: Qt.AlignBottom; text: screen.paused ? qsTr("继续") : qsTr("暂停")
                    onClicked: screen.paused ? screen.monitor.resume(screen.ticketNo, reasonField.text) : screen.monitor.pause(screen.ticketNo, reasonField.text) }
                ComboBox {
                    id: spareBox
                    Layout.alignment: Qt.AlignBottom
                    Layout.preferredHeight: Theme.touch
                    model: screen.monitor.spareSeats
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.body
                    Accessible.name: qsTr("备用考位")
                }
                ConsoleButton { Layout.alignment: Qt.AlignBottom; text: qsTr("换机续考"); enabled: spareBox.count > 0
                    onClicked: screen.monitor.moveSeat(screen.ticketNo, parseInt(spareBox.currentText), reasonField.text) }
            }
            RowLayout {
                spacing: 8
                ConsoleButton { text: qsTr("强制交卷"); onClicked: screen.monitor.forceSubmit(screen.ticketNo, reasonField.text) }
                ConsoleButton { text: qsTr("违纪警告"); tint: Theme.warning; onClicked: screen.monitor.warn(screen.ticketNo, reasonField.text) }
            }
            Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
            Text {
                text: qsTr("取消考试资格（需第二名工作人员输入密码）")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.body
                font.bold: true
                color: Theme.danger
            }
            RowLayout {
                spacing: 8
                Field { id: staffField; Layout.preferredWidth: 200; label: qsTr("第二名工作人员账号") }
                Field { id: staffPassword; Layout.preferredWidth: 220; label: qsTr("其密码"); echoMode: TextInput.Password }
                ConsoleButton { Layout.alignment: Qt.AlignBottom; text: qsTr("朗读确认"); tint: Theme.danger
                    enabled: reasonField.text.length > 0
                    onClicked: incidents.readBack = screen.monitor.removalStatement(screen.ticketNo, reasonField.text) }
            }
            Text {
                objectName: "removalReadBack"
                visible: incidents.readBack.length > 0
                Layout.fillWidth: true
                wrapMode: Text.WrapAnywhere
                text: qsTr("请向考生和第二名工作人员宣读：") + "\n" + incidents.readBack
                font.family: Theme.fontFamily
                font.pixelSize: Theme.small
                color: Theme.text
                Accessible.name: text
            }
            MessageLine { Layout.fillWidth: true; text: screen.monitor.message; error: screen.monitor.messageIsError }
            RowLayout {
                spacing: 8
                ConsoleButton { primary: true; tint: Theme.danger; text: qsTr("确认取消资格")
                    visible: incidents.readBack.length > 0
                    enabled: staffField.text.length > 0 && staffPassword.text.length > 0
                    onClicked: { if (screen.monitor.remove(screen.ticketNo, reasonField.text, staffField.text, staffPassword.text)) incidents.readBack = ""; staffPassword.text = "" } }
                Item { Layout.fillWidth: true }
                ConsoleButton { text: qsTr("关闭"); onClicked: incidents.close() }
            }
        }
    }
}
