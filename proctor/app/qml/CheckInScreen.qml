import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Examroom.Proctor

// 签到: search (ticket, ID, or a scanner typing the QR into the field), photo, present, late
// override with a reason, absent.
Rectangle {
    id: screen
    color: Theme.background
    Accessible.name: qsTr("签到")
    readonly property var checkIn: Console.checkIn

    function find() {
        screen.checkIn.search(searchField.text)
        searchField.input.selectAll()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12
        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            Field {
                id: searchField
                objectName: "checkInSearch"
                Layout.fillWidth: true
                label: qsTr("准考证号、身份证件号或扫描准考证二维码")
                onAccepted: screen.find()
                Component.onCompleted: focusInput()
            }
            ConsoleButton {
                Layout.alignment: Qt.AlignBottom
                text: qsTr("查找")
                onClicked: screen.find()
            }
        }
        Text {
            text: qsTr("已签到 %1 / %2，未签到 %3，缺考 %4").arg(screen.checkIn.presentCount).arg(screen.checkIn.totalCount)
                  .arg(screen.checkIn.expectedCount).arg(screen.checkIn.absentCount) + "    " + screen.checkIn.cutoffText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            color: Theme.muted
        }
        MessageLine {
            Layout.fillWidth: true
            text: screen.checkIn.message
            error: screen.checkIn.messageIsError
        }
        Rectangle {
            visible: screen.checkIn.found
            Layout.fillWidth: true
            Layout.preferredHeight: 300
            color: Theme.surface
            border.color: Theme.border
            radius: 6
            RowLayout {
                anchors.fill: parent
                anchors.margins: 16
                spacing: 24
                Rectangle {
                    Layout.preferredWidth: 200
                    Layout.preferredHeight: 260
                    color: Theme.background
                    border.color: Theme.border
                    Image {
                        anchors.fill: parent
                        anchors.margins: 2
                        source: screen.checkIn.photoUrl
                        // Not kept in Qt's pixmap cache past the screen: a personal datum.
                        cache: false
                        fillMode: Image.PreserveAspectFit
                        Accessible.name: qsTr("考生照片")
                    }
                    Text {
                        anchors.centerIn: parent
                        visible: screen.checkIn.photoUrl.length === 0
                        text: qsTr("无照片")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.body
                        color: Theme.muted
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.alignment: Qt.AlignLeft | Qt.AlignTop
                    spacing: 8
                    Text {
                        text: screen.checkIn.name
                        font.family: Theme.fontFamily
                        font.pixelSize: 36
                        font.bold: true
                        color: Theme.text
                        Accessible.name: text
                    }
                    Text {
                        text: qsTr("准考证号 %1").arg(screen.checkIn.ticketNo)
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.body
                        color: Theme.text
                    }
                    Text {
                        text: screen.checkIn.idText
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.body
                        color: Theme.text
                    }
                    Text {
                        text: screen.checkIn.seatText + "  ·  " + screen.checkIn.statusText
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.title
                        font.bold: true
                        color: screen.checkIn.status === "present" ? Theme.good : screen.checkIn.status === "absent" ? Theme.danger : Theme.accent
                        Accessible.name: text
                    }
                    Item { Layout.fillHeight: true }
                }
            }
        }
        RowLayout {
            visible: screen.checkIn.found
            Layout.fillWidth: true
            spacing: 10
            ConsoleButton {
                objectName: "checkInButton"
                primary: true
                text: qsTr("签到入场")
                enabled: screen.checkIn.status === "expected" || screen.checkIn.status === "absent"
                onClicked: screen.checkIn.checkIn(lateField.text)
            }
            Field {
                id: lateField
                Layout.fillWidth: true
                label: qsTr("迟到放行原因（超过截止时间时必填）")
            }
            ConsoleButton {
                Layout.alignment: Qt.AlignBottom
                text: qsTr("记为缺考")
                tint: Theme.danger
                enabled: screen.checkIn.status === "expected"
                onClicked: screen.checkIn.markAbsent()
            }
        }
        Item { Layout.fillHeight: true }
    }
}
