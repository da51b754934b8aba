import QtQuick
import QtQuick.Layouts
import Examroom.Kiosk

// 成绩: the score and pass/fail on the spot, the confirmation sheet (表6, every field), and
// the receipt code with the QR of the signed sheet's hash.
Rectangle {
    id: screen
    color: Theme.background
    Accessible.name: qsTr("考试成绩")
    readonly property var exam: Kiosk.exam
    readonly property var sheet: exam.sheet
    property bool confirmed: false

    component Cell: Rectangle {
        property string label
        property string value
        property bool heading: false
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: heading ? 3 : 4
        implicitHeight: Math.max(44, cellText.implicitHeight + 14)
        color: heading ? Theme.selected : Theme.surface
        border.color: Theme.border
        Text {
            id: cellText
            anchors.fill: parent
            anchors.margins: 7
            verticalAlignment: Text.AlignVCenter
            text: heading ? label : value
            wrapMode: Text.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.small
            font.bold: heading
            color: Theme.text
        }
        Accessible.name: heading ? label : value
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 16
        ColumnLayout {
            Layout.preferredWidth: 360
            Layout.fillHeight: true
            spacing: 12
            Text {
                text: qsTr("本次成绩")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.body
                color: Theme.muted
            }
            Text {
                objectName: "score"
                text: exam.scoreText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.huge * 1.4
                font.bold: true
                color: exam.passed ? Theme.answered : Theme.danger
                Accessible.name: qsTr("成绩") + " " + text
            }
            Text {
                objectName: "passState"
                text: exam.passed ? qsTr("合格") : qsTr("不合格")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.title
                font.bold: true
                color: exam.passed ? Theme.answered : Theme.danger
                Accessible.name: text
            }
            Text {
                text: qsTr("合格分数线 %1 分").arg(exam.passPoints)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.small
                color: Theme.muted
            }
            Image {
                objectName: "receiptQr"
                source: exam.qrSource
                Layout.preferredWidth: 220
                Layout.preferredHeight: 220
                fillMode: Image.PreserveAspectFit
                smooth: false
                Accessible.name: qsTr("回执二维码")
            }
            Text {
                text: qsTr("回执码")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.small
                color: Theme.muted
            }
            Text {
                objectName: "receiptCode"
                text: exam.receiptCode
                font.family: "monospace"
                font.pixelSize: Theme.title
                font.bold: true
                color: Theme.text
                Accessible.name: qsTr("回执码") + " " + text
            }
            Item { Layout.fillHeight: true }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 12
            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("安全生产知识考试成绩确认单")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.title
                font.bold: true
                color: Theme.text
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 0
                GridLayout {
                    objectName: "confirmationSheet"
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    columns: 4
                    columnSpacing: 0
                    rowSpacing: 0
                    Cell { heading: true; label: qsTr("姓名") }
                    Cell { value: sheet.name || "" }
                    Cell { heading: true; label: qsTr("性别") }
                    Cell { value: sheet.gender || "" }
                    Cell { heading: true; label: qsTr("考试日期") }
                    Cell { value: sheet.examDate || "—" }
                    Cell { heading: true; label: qsTr("补考日期") }
                    Cell { value: sheet.makeUpDate || "—" }
                    Cell { heading: true; label: qsTr("身份证件类型") }
                    Cell { value: sheet.idType || "" }
                    Cell { heading: true; label: qsTr("身份证件号") }
                    Cell { value: sheet.idNo || "" }
                    Cell { heading: true; label: qsTr("准考证号") }
                    Cell { value: sheet.ticketNo || "" }
                    Cell { heading: true; label: qsTr("考试科目") }
                    Cell { value: sheet.subject || "" }
                    Cell { heading: true; label: qsTr("考试机构") }
                    Cell { value: sheet.examCentre || "" }
                    Cell { heading: true; label: qsTr("考试类型") }
                    Cell { value: sheet.examKind || "" }
                    Cell { heading: true; label: qsTr("考试计划") }
                    Cell { value: sheet.plan || ""; Layout.columnSpan: 3; Layout.preferredWidth: 11 }
                    Cell { heading: true; label: qsTr("资格类型") }
                    Cell { value: sheet.qualificationType || "" }
                    Cell { heading: true; label: qsTr("作业类别") }
                    Cell { value: sheet.operationCategory || "" }
                    Cell { heading: true; label: qsTr("操作项目") }
                    Cell { value: sheet.operationItem || "" }
                    Cell { heading: true; label: qsTr("考试点") }
                    Cell { value: sheet.site || "" }
                    Cell { heading: true; label: qsTr("成绩") }
                    Cell { value: sheet.score || ""; objectName: "sheetScore" }
                    Cell { heading: true; label: qsTr("考生签字") }
                    Cell { value: screen.confirmed ? (sheet.name || "") + " ✓" : qsTr("（待确认）") }
                    Cell { heading: true; label: qsTr("日期") }
                    Cell { value: sheet.submittedDate || ""; Layout.columnSpan: 3; Layout.preferredWidth: 11 }
                }
                ColumnLayout {
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 150
                    Layout.fillWidth: false
                    spacing: 0
                    Cell { heading: true; label: qsTr("照片"); Layout.preferredWidth: 150; Layout.fillWidth: false; Layout.fillHeight: false }
                    Rectangle {
                        Layout.preferredWidth: 150
                        Layout.preferredHeight: 200
                        color: Theme.surface
                        border.color: Theme.border
                        Image {
                            anchors.fill: parent
                            anchors.margins: 6
                            source: sheet.photo || ""
                            fillMode: Image.PreserveAspectFit
                            Accessible.name: qsTr("照片")
                        }
                    }
                }
            }
            Text {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("请核对确认单。如有疑问，请举手联系监考人员。")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.small
                color: Theme.muted
            }
            KioskButton {
                objectName: "confirmSheetButton"
                Layout.fillWidth: true
                primary: !screen.confirmed
                enabled: !screen.confirmed
                text: screen.confirmed ? qsTr("已确认") : qsTr("确认成绩")
                Accessible.name: qsTr("确认成绩")
                onClicked: screen.confirmed = true
            }
        }
    }
}
