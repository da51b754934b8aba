import QtQuick
import QtQuick.Layouts
import Examroom.Kiosk

// Before the session is provisioned: the seat, the room, 等待开考 and the time.
Rectangle {
    color: Theme.background
    Accessible.name: qsTr("等待开考")
    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width * 0.8
        spacing: 28
        Text {
            Layout.alignment: Qt.AlignHCenter
            text: Kiosk.seatNo > 0 ? qsTr("考位 %1").arg(Kiosk.seatNo) : qsTr("考位未分配")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.huge * 1.6
            font.bold: true
            color: Theme.text
            Accessible.name: text
        }
        Text {
            Layout.alignment: Qt.AlignHCenter
            text: Kiosk.roomId.length > 0 ? qsTr("考场 %1").arg(Kiosk.roomId) : ""
            font.family: Theme.fontFamily
            font.pixelSize: Theme.title
            color: Theme.muted
        }
        Text {
            objectName: "idleStatus"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("等待开考")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.huge
            color: Theme.accent
            Accessible.name: text
        }
        Text {
            Layout.alignment: Qt.AlignHCenter
            text: Kiosk.dateTimeText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.title
            color: Theme.text
        }
        Text {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("设备指纹 %1").arg(Kiosk.fingerprint)
            visible: Kiosk.fingerprint.length > 0
            font.family: Theme.fontFamily
            font.pixelSize: Theme.small
            color: Theme.muted
            Accessible.name: text
        }
    }
}
