import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Examroom.Proctor

// 实操 (proctor): the plan's practical session in four parts — session and graders, candidates
// and the task draw, review and make-up, close. Only binds Console.practical and
// Console.practicalReview.
Rectangle {
    id: screen
    color: Theme.background
    Accessible.name: qsTr("实操")
    readonly property var practical: Console.practical
    property int page: 0
    readonly property var pageLabels: [qsTr("场次与考评员"), qsTr("考生与抽题"), qsTr("复核与补考"), qsTr("结束实操")]

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 10
        Text {
            text: qsTr("实际操作考试")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.title
            font.bold: true
            color: Theme.text
        }
        Text {
            Layout.fillWidth: true
            text: screen.practical.summary
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            color: Theme.muted
            Accessible.name: qsTr("实操概况")
        }
        RowLayout {
            spacing: 8
            Repeater {
                model: screen.pageLabels
                delegate: ConsoleButton {
                    required property string modelData
                    required property int index
                    objectName: "practicalTab" + index
                    text: modelData
                    primary: screen.page === index
                    enabled: index === 0 || screen.practical.opened
                    onClicked: screen.page = index
                }
            }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: screen.page
            PracticalSessionPage {}
            PracticalCandidatesPage {}
            PracticalReviewPage {}
            // 结束实操: the proctor countersigns every finished candidate's sheet.
            ColumnLayout {
                spacing: 12
                Text {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: screen.practical.closed
                          ? qsTr("实操考试已结束，成绩单已会签。")
                          : qsTr("结束时，每名评完的考生生成实操成绩单（含各考评员的签名评分），由您会签后放入待上传队列；未参加的考生记为缺考。尚有待评或待复核的考生时不能结束。")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.body
                    color: screen.practical.closed ? Theme.good : Theme.text
                }
                RowLayout {
                    spacing: 12
                    ConsoleButton {
                        primary: true
                        text: qsTr("会签并结束实操考试")
                        enabled: screen.practical.opened && !screen.practical.closed
                        onClicked: screen.practical.close()
                    }
                    Text {
                        text: qsTr("待上传至考试中心的文件：%1").arg(screen.practical.outboxCount)
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.body
                        color: Theme.muted
                        Accessible.name: text
                    }
                }
                Item { Layout.fillHeight: true }
            }
        }
        MessageLine {
            Layout.fillWidth: true
            text: screen.practical.message
            error: screen.practical.messageIsError
        }
    }
}
