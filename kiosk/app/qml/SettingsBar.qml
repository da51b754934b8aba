import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Examroom.Kiosk

// The top bar of every screen: seat and room, date and time, the candidate's own settings
// (language, font size, contrast) and 举手.
Rectangle {
    id: bar
    property bool showHand: true
    implicitHeight: row.implicitHeight + 20
    color: Theme.surface
    border.color: Theme.border

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 10
        spacing: 12
        Text {
            text: qsTr("考位 %1").arg(Kiosk.seatNo) + "  ·  " + qsTr("考场 %1").arg(Kiosk.roomId)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            font.bold: true
            color: Theme.text
            Accessible.name: text
        }
        Text {
            text: Kiosk.dateTimeText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.small
            color: Theme.muted
            Layout.fillWidth: true
            elide: Text.ElideRight
            Accessible.name: qsTr("日期时间") + " " + text
        }
        KioskButton {
            objectName: "languageButton"
            givesWay: true
            text: Kiosk.language === "zh" ? "English" : "中文"
            Accessible.name: qsTr("切换语言")
            onClicked: Kiosk.setLanguage(Kiosk.language === "zh" ? "en" : "zh")
        }
        KioskButton {
            objectName: "fontButton"
            givesWay: true
            text: qsTr("字号") + " " + ["A", "A+", "A++"][Kiosk.fontScale]
            Accessible.name: qsTr("字号")
            onClicked: Kiosk.setFontScale((Kiosk.fontScale + 1) % 3)
        }
        KioskButton {
            objectName: "contrastButton"
            givesWay: true
            text: qsTr("高对比度")
            checkable: true
            checked: Kiosk.highContrast
            Accessible.name: qsTr("高对比度")
            onClicked: Kiosk.setHighContrast(!Kiosk.highContrast)
        }
        KioskButton {
            objectName: "raiseHandButton"
            givesWay: true
            visible: bar.showHand
            text: Kiosk.handRaised ? qsTr("已举手") : qsTr("举手")
            tint: Theme.flagged
            primary: Kiosk.handRaised
            Accessible.name: qsTr("举手")
            onClicked: Kiosk.raiseHand()
        }
    }
}
