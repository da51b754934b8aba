import QtQuick
import QtQuick.Layouts
import Examroom.Kiosk

// 身份确认: the candidate checks the card and confirms, or raises a hand when it is wrong.
Rectangle {
    color: Theme.background
    Accessible.name: qsTr("身份确认")

    component Field: RowLayout {
        property string label
        property string value
        spacing: 16
        Text {
            text: label
            Layout.preferredWidth: 220 * Theme.factor
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            color: Theme.muted
        }
        Text {
            text: value
            Layout.fillWidth: true
            wrapMode: Text.WrapAnywhere
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            font.bold: true
            color: Theme.text
            Accessible.name: label + " " + value
        }
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width * 0.85, 1100)
        spacing: 24
        Text {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("请核对您的身份信息")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.title
            font.bold: true
            color: Theme.text
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: card.implicitHeight + 48
            color: Theme.surface
            border.color: Theme.border
            border.width: 2
            radius: 12
            RowLayout {
                id: card
                anchors.fill: parent
                anchors.margins: 24
                spacing: 32
                Image {
                    objectName: "candidatePhoto"
                    source: Kiosk.photoSource
                    Layout.preferredWidth: 220
                    Layout.preferredHeight: 290
                    Layout.alignment: Qt.AlignTop
                    fillMode: Image.PreserveAspectFit
                    Accessible.name: qsTr("照片")
                    Rectangle { anchors.fill: parent; color: "transparent"; border.color: Theme.border }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 10
                    Field { label: qsTr("姓名"); value: Kiosk.candidateName }
                    Field { label: qsTr("性别"); value: Kiosk.candidateGender }
                    Field { label: qsTr("身份证件类型"); value: Kiosk.candidateIdType }
                    Field { label: qsTr("身份证件号"); value: Kiosk.candidateIdNo }
                    Field { label: qsTr("准考证号"); value: Kiosk.ticketNo }
                    Field { label: qsTr("考试科目"); value: Kiosk.subject }
                    Field { label: qsTr("操作项目"); value: Kiosk.operationItem }
                    Field { label: qsTr("考试类型"); value: Kiosk.examKind }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 24
            KioskButton {
                objectName: "confirmIdentityButton"
                Layout.fillWidth: true
                primary: true
                tint: Theme.answered
                text: qsTr("信息无误")
                onClicked: Kiosk.confirmIdentity()
            }
            KioskButton {
                objectName: "rejectIdentityButton"
                Layout.fillWidth: true
                tint: Theme.danger
                text: qsTr("信息有误，请举手")
                onClicked: Kiosk.rejectIdentity()
            }
        }
    }
}
