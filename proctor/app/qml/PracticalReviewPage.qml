import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Examroom.Proctor

// 复核与补考: subjects whose two graders differ by more than allowed — sent back for a re-mark
// with a reason, or settled by the chief grader with their own password; and who needs a
// make-up (补考) or must retrain (重新参加培训).
ColumnLayout {
    id: page
    spacing: 10
    readonly property var review: Console.practicalReview
    property int selected: 0
    readonly property var current: selected >= 0 && selected < review.reviews.length ? review.reviews[selected] : null

    Text {
        text: qsTr("两名考评员评分差距过大（%1 项）").arg(page.review.reviews.length)
        font.family: Theme.fontFamily
        font.pixelSize: Theme.body
        font.bold: true
        color: page.review.reviews.length ? Theme.danger : Theme.text
    }
    Text {
        visible: page.review.reviews.length === 0
        text: qsTr("没有待复核的科目。")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.body
        color: Theme.muted
    }
    Repeater {
        model: page.review.reviews
        delegate: Rectangle {
            id: reviewRow
            required property var modelData
            required property int index
            Layout.fillWidth: true
            Layout.preferredHeight: 44
            radius: 4
            color: page.selected === index ? Theme.selected : Theme.surface
            border.color: Theme.border
            Accessible.name: modelData.ticketNo + " " + modelData.subjectCode
            MouseArea { anchors.fill: parent; onClicked: page.selected = reviewRow.index }
            Text {
                anchors.fill: parent
                anchors.leftMargin: 10
                verticalAlignment: Text.AlignVCenter
                text: qsTr("%1 %2 · %3 %4 · 两名考评员评分 %5（相差 %6 分）· 第 %7 轮")
                      .arg(reviewRow.modelData.ticketNo).arg(reviewRow.modelData.name)
                      .arg(reviewRow.modelData.subjectCode).arg(reviewRow.modelData.subjectName)
                      .arg(reviewRow.modelData.scores).arg(reviewRow.modelData.difference)
                      .arg(reviewRow.modelData.round)
                elide: Text.ElideRight
                font.family: Theme.fontFamily
                font.pixelSize: Theme.small
                color: Theme.text
            }
        }
    }
    RowLayout {
        visible: page.current !== null
        spacing: 10
        Field {
            id: reasonField
            Layout.preferredWidth: 360
            label: qsTr("原因（必填，记入日志）")
        }
        ConsoleButton {
            Layout.alignment: Qt.AlignBottom
            text: qsTr("退回重新评分")
            onClicked: if (page.review.requestRemark(page.current.ticketNo, page.current.subjectCode, reasonField.text)) reasonField.text = ""
        }
    }
    RowLayout {
        visible: page.current !== null
        spacing: 10
        Field {
            id: pointsField
            Layout.preferredWidth: 130
            label: qsTr("裁定得分")
            input.validator: DoubleValidator { bottom: 0; top: 100; decimals: 1 }
        }
        Field {
            id: chiefField
            Layout.preferredWidth: 200
            label: qsTr("主考评员账号")
        }
        Field {
            id: chiefPassword
            Layout.preferredWidth: 200
            label: qsTr("主考评员密码")
            echoMode: TextInput.Password
        }
        ConsoleButton {
            Layout.alignment: Qt.AlignBottom
            text: qsTr("主考评员裁定")
            onClicked: {
                if (page.review.decide(page.current.ticketNo, page.current.subjectCode, parseFloat(pointsField.text || "-1"),
                                       reasonField.text, chiefField.text, chiefPassword.text)) {
                    reasonField.text = ""
                    pointsField.text = ""
                }
                chiefPassword.text = ""
            }
        }
    }
    MessageLine {
        Layout.fillWidth: true
        text: page.review.message
        error: page.review.messageIsError
    }

    Text {
        Layout.topMargin: 8
        text: qsTr("补考与重新培训（%1 人）").arg(page.review.makeUps.length)
        font.family: Theme.fontFamily
        font.pixelSize: Theme.body
        font.bold: true
        color: Theme.text
    }
    ListView {
        objectName: "makeUpList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: page.review.makeUps
        Accessible.name: qsTr("补考名单")
        delegate: Text {
            required property var modelData
            width: ListView.view.width
            text: modelData.name + "  " + modelData.idNo + "  ·  " + modelData.exam + "  ·  " + modelData.standingText
                  + "  ·  " + modelData.planId
            elide: Text.ElideRight
            font.family: Theme.fontFamily
            font.pixelSize: Theme.small
            color: modelData.standing === "retrain" ? Theme.danger : Theme.warning
            Accessible.name: modelData.name + " " + modelData.standingText
        }
    }
}
