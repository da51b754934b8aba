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
        // Unpaired, the pairing panel needs the room: the rest gets smaller.
        readonly property bool pairing: Kiosk.pairingCode.length > 0
        spacing: pairing ? 14 : 28
        Text {
            Layout.alignment: Qt.AlignHCenter
            text: Kiosk.seatNo > 0 ? qsTr("考位 %1").arg(Kiosk.seatNo) : qsTr("考位未分配")
            font.family: Theme.fontFamily
            font.pixelSize: parent.pairing ? Theme.huge : Theme.huge * 1.6
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
            font.pixelSize: parent.pairing ? Theme.title : Theme.huge
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
        // Unpaired: the proctor compares this code and fingerprint with the console's.
        Rectangle {
            objectName: "pairingPanel"
            visible: Kiosk.pairingCode.length > 0
            Layout.alignment: Qt.AlignHCenter
            Layout.fillWidth: true
            implicitHeight: pairing.implicitHeight + 40
            radius: 12
            color: Theme.surface
            border.color: Theme.accent
            border.width: 3
            Accessible.name: qsTr("配对码 %1").arg(Kiosk.pairingCode)
            ColumnLayout {
                id: pairing
                anchors.centerIn: parent
                width: parent.width - 40
                spacing: 8
                Text {
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("配对码")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.title
                    color: Theme.muted
                }
                Text {
                    objectName: "pairingCode"
                    Layout.alignment: Qt.AlignHCenter
                    // Spaced digits read better from a few metres away.
                    text: Kiosk.pairingCode.split("").join(" ")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.huge * 1.6
                    font.bold: true
                    font.letterSpacing: 4
                    color: Theme.accent
                }
                Text {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("请监考员在控制台核对配对码和设备指纹后接受")
                    wrapMode: Text.WordWrap
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.body
                    color: Theme.text
                }
            }
        }
        Text {
            objectName: "fingerprint"
            Layout.alignment: Qt.AlignHCenter
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("设备指纹 %1").arg(Kiosk.fingerprint)
            visible: Kiosk.fingerprint.length > 0
            wrapMode: Text.WrapAnywhere
            font.family: Theme.monoFamily
            font.pixelSize: Kiosk.pairingCode.length > 0 ? Theme.body : Theme.small
            color: Kiosk.pairingCode.length > 0 ? Theme.text : Theme.muted
            Accessible.name: text
        }
    }
}
