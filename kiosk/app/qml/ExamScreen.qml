import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Examroom.Kiosk

// 答题: one question at a time, the palette, the countdown and 交卷.
Rectangle {
    id: screen
    color: Theme.background
    Accessible.name: qsTr("答题")
    focus: true

    readonly property var exam: Kiosk.exam
    readonly property var typeNames: [qsTr("判断题"), qsTr("单选题"), qsTr("多选题")]
    readonly property var choices: exam.questionType === 0 ? [qsTr("对"), qsTr("错")] : exam.options

    function openSubmit() { submitPopup.open() }

    // Time-up, a proctor's force-submit or pause leave this screen with the popup possibly
    // open; popups live in the window's overlay, so close it explicitly.
    Component.onDestruction: submitPopup.close()
    Connections {
        target: Kiosk
        function onScreenChanged() { submitPopup.close() }
    }

    Keys.onPressed: (event) => {
        if (event.key >= Qt.Key_A && event.key <= Qt.Key_F) {
            exam.toggleChoice(event.key - Qt.Key_A)
            questionArea.reveal(event.key - Qt.Key_A)
            event.accepted = true
        } else if (event.key >= Qt.Key_1 && event.key <= Qt.Key_6) {
            exam.toggleChoice(event.key - Qt.Key_1)
            questionArea.reveal(event.key - Qt.Key_1)
            event.accepted = true
        } else if (event.key === Qt.Key_Right || event.key === Qt.Key_PageDown) {
            exam.next(); event.accepted = true
        } else if (event.key === Qt.Key_Left || event.key === Qt.Key_PageUp) {
            exam.previous(); event.accepted = true
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 16

        // The question.
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            border.color: Theme.border
            radius: 12
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 24
                spacing: 16
                RowLayout {
                    Layout.fillWidth: true
                    Text {
                        objectName: "questionHeader"
                        text: qsTr("第 %1 题 / 共 %2 题").arg(exam.index + 1).arg(exam.total) + "  ·  " + screen.typeNames[exam.questionType]
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.body
                        font.bold: true
                        color: Theme.accent
                        Layout.fillWidth: true
                        Accessible.name: text
                    }
                    Text {
                        objectName: "saveState"
                        text: exam.saved ? qsTr("已保存") : qsTr("未保存！请举手")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.small
                        color: exam.saved ? Theme.answered : Theme.danger
                        Accessible.name: text
                    }
                }
                // The stem, image and options scroll together; the bar is always shown when
                // something lies below, so no option is out of reach unseen.
                Flickable {
                    id: questionArea
                    objectName: "questionArea"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    contentHeight: body.implicitHeight
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds
                    readonly property bool overflows: contentHeight > height + 1
                    ScrollBar.vertical: ScrollBar {
                        objectName: "questionScrollBar"
                        policy: questionArea.overflows ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                        width: 16
                    }
                    // A new question starts at its top (choosing an option keeps the place).
                    property int shownIndex: -1
                    Connections {
                        target: exam
                        function onQuestionChanged() {
                            if (exam.index !== questionArea.shownIndex) {
                                questionArea.shownIndex = exam.index
                                questionArea.contentY = 0
                            }
                        }
                    }
                    // Brings option `i` into view (keyboard choices below the fold).
                    function reveal(i) {
                        const item = optionRepeater.itemAt(i)
                        if (!item)
                            return
                        if (item.y + item.height > contentY + height)
                            contentY = Math.min(item.y + item.height - height, contentHeight - height)
                        else if (item.y < contentY)
                            contentY = item.y
                    }
                    ColumnLayout {
                        id: body
                        width: parent.width - (questionArea.overflows ? 24 : 0)
                        spacing: 14
                        Text {
                            objectName: "stem"
                            Layout.fillWidth: true
                            text: exam.stem
                            wrapMode: Text.WordWrap
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.title
                            color: Theme.text
                            Accessible.name: qsTr("题干") + " " + text
                        }
                        Image {
                            objectName: "questionImage"
                            visible: exam.imageSource.length > 0
                            source: exam.imageSource
                            // At most a quarter of the area, so the options stay close by.
                            Layout.preferredHeight: visible ? Math.min(200, questionArea.height / 4) : 0
                            Layout.preferredWidth: 320
                            fillMode: Image.PreserveAspectFit
                            Accessible.name: qsTr("题目图片")
                        }
                        Repeater {
                            id: optionRepeater
                            model: screen.choices
                            delegate: Rectangle {
                                id: option
                                required property int index
                                required property string modelData
                                readonly property bool chosen: (exam.selectedBits >> index) & 1
                                objectName: "option" + index
                                Layout.fillWidth: true
                                implicitHeight: Math.max(Theme.touch + 8, optionText.implicitHeight + 28)
                                radius: 10
                                color: chosen ? Theme.selected : Theme.surface
                                border.color: chosen ? Theme.accent : Theme.border
                                border.width: chosen ? 4 : 2
                                Accessible.role: exam.questionType === 2 ? Accessible.CheckBox : Accessible.RadioButton
                                Accessible.name: String.fromCharCode(65 + index) + " " + modelData
                                Accessible.checked: chosen
                                RowLayout {
                                    anchors.fill: parent
                                    anchors.margins: 12
                                    spacing: 16
                                    Rectangle {
                                        Layout.preferredWidth: 48
                                        Layout.preferredHeight: 48
                                        radius: exam.questionType === 2 ? 8 : 24
                                        color: option.chosen ? Theme.accent : "transparent"
                                        border.color: Theme.accent
                                        border.width: 3
                                        Text {
                                            anchors.centerIn: parent
                                            text: String.fromCharCode(65 + option.index)
                                            font.family: Theme.fontFamily
                                            font.pixelSize: Theme.body
                                            font.bold: true
                                            color: option.chosen ? Theme.accentText : Theme.accent
                                        }
                                    }
                                    Text {
                                        id: optionText
                                        Layout.fillWidth: true
                                        text: option.modelData
                                        wrapMode: Text.WordWrap
                                        font.family: Theme.fontFamily
                                        font.pixelSize: Theme.body
                                        color: Theme.text
                                    }
                                }
                                MouseArea {
                                    anchors.fill: parent
                                    onClicked: exam.toggleChoice(option.index)
                                }
                            }
                        }
                    }
                }
                // Something lies below (an option under a tall stem or image): say so in words.
                Rectangle {
                    objectName: "moreBelow"
                    Layout.fillWidth: true
                    Layout.topMargin: -8
                    visible: questionArea.overflows && !questionArea.atYEnd
                    implicitHeight: moreText.implicitHeight + 12
                    radius: 8
                    color: Theme.selected
                    Accessible.name: moreText.text
                    Text {
                        id: moreText
                        anchors.centerIn: parent
                        text: qsTr("▼ 下方还有选项，请向下滑动")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.small
                        color: Theme.accent
                    }
                    MouseArea {
                        anchors.fill: parent
                        onClicked: questionArea.contentY = questionArea.contentHeight - questionArea.height
                    }
                }
                // On its own line: squeezed between the buttons it would wrap word by word.
                Text {
                    objectName: "noVoiceNote"
                    Layout.fillWidth: true
                    visible: !exam.speechAvailable
                    // The voice is checked in the background after the start (it speaks a
                    // short text at volume 0); a voice that never ends counts as none.
                    text: exam.speechChecking ? qsTr("正在检查朗读语音，请稍候")
                                              : qsTr("本机无可用语音，朗读不可用")
                    wrapMode: Text.WordWrap
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.small
                    color: Theme.muted
                    Accessible.name: text
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 12
                    KioskButton {
                        objectName: "previousButton"
                        givesWay: true
                        text: qsTr("上一题")
                        enabled: exam.index > 0
                        onClicked: exam.previous()
                    }
                    KioskButton {
                        objectName: "flagButton"
                        givesWay: true
                        text: exam.flagged ? qsTr("取消标记") : qsTr("标记")
                        tint: Theme.flagged
                        Accessible.name: qsTr("标记")
                        onClicked: exam.toggleFlag()
                    }
                    KioskButton {
                        objectName: "readAloudButton"
                        givesWay: true
                        text: qsTr("朗读")
                        enabled: exam.speechAvailable
                        onClicked: exam.readAloud(qsTr("对"), qsTr("错"))
                    }
                    Item { Layout.fillWidth: true }
                    KioskButton {
                        objectName: "nextButton"
                        givesWay: true
                        primary: true
                        text: qsTr("下一题")
                        enabled: exam.index + 1 < exam.total
                        onClicked: exam.next()
                    }
                }
            }
        }

        // Time, progress, the palette and 交卷. Sized from its content and the font: six
        // palette cells wide (each big enough for a two-digit number at the current size), or
        // wider when the countdown needs it, but never more than 40% of the screen; the legend
        // wraps instead of clipping.
        Rectangle {
            id: sidePanel
            objectName: "sidePanel"
            readonly property int padding: 18
            readonly property int cellSize: Math.max(Theme.touch, Math.round(Theme.body * 2.2))
            readonly property int columns: 6
            Layout.preferredWidth: Math.min(screen.width * 0.4,
                                            Math.max(columns * cellSize, countdown.implicitWidth,
                                                     answeredText.implicitWidth,
                                                     submitButton.implicitWidth) + 2 * padding)
            Layout.fillHeight: true
            color: Theme.surface
            border.color: Theme.border
            radius: 12
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: sidePanel.padding
                spacing: 12
                Text {
                    Layout.fillWidth: true
                    text: qsTr("剩余时间")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.small
                    color: Theme.muted
                    wrapMode: Text.WordWrap
                }
                Text {
                    id: countdown
                    objectName: "countdown"
                    text: exam.remainingText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.huge
                    font.bold: true
                    color: exam.remainingSeconds < 300 ? Theme.danger : Theme.text
                    Accessible.name: qsTr("剩余时间") + " " + text
                }
                Text {
                    id: answeredText
                    objectName: "answeredCount"
                    text: qsTr("已答 %1 / %2").arg(exam.answeredCount).arg(exam.total)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.body
                    color: Theme.text
                    Accessible.name: text
                }
                Flow {
                    objectName: "paletteLegend"
                    Layout.fillWidth: true
                    spacing: 14
                    Repeater {
                        model: [[Theme.answered, qsTr("已答")], [Theme.surface, qsTr("未答")], [Theme.flagged, qsTr("标记")]]
                        delegate: Row {
                            required property var modelData
                            spacing: 6
                            Rectangle {
                                anchors.verticalCenter: parent.verticalCenter
                                width: Math.round(Theme.small * 1.1); height: width; radius: 4
                                color: modelData[0]; border.color: Theme.border; border.width: 2
                            }
                            Text { text: modelData[1]; font.family: Theme.fontFamily; font.pixelSize: Theme.small; color: Theme.text }
                        }
                    }
                }
                GridView {
                    id: paletteGrid
                    objectName: "palette"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    cellWidth: Math.floor(width / Math.max(1, Math.floor(width / sidePanel.cellSize)))
                    cellHeight: sidePanel.cellSize
                    model: Kiosk.palette
                    Accessible.name: qsTr("题号列表")
                    delegate: Item {
                        required property int number
                        required property bool answered
                        required property bool flagged
                        required property bool current
                        width: paletteGrid.cellWidth
                        height: paletteGrid.cellHeight
                        Rectangle {
                            anchors.fill: parent
                            anchors.margins: 4
                            radius: 8
                            color: flagged ? Theme.flagged : answered ? Theme.answered : Theme.surface
                            border.color: current ? Theme.accent : Theme.border
                            border.width: current ? 5 : 2
                            Accessible.role: Accessible.Button
                            Accessible.name: qsTr("第 %1 题").arg(number)
                            Text {
                                anchors.centerIn: parent
                                text: number
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.body
                                font.bold: current
                                color: (answered || flagged) ? Theme.accentText : Theme.text
                            }
                            MouseArea {
                                anchors.fill: parent
                                onClicked: exam.goTo(number - 1)
                            }
                        }
                    }
                }
                KioskButton {
                    id: submitButton
                    objectName: "submitButton"
                    Layout.fillWidth: true
                    primary: true
                    tint: Theme.danger
                    text: qsTr("交卷")
                    onClicked: screen.openSubmit()
                }
            }
        }
    }

    Popup {
        id: submitPopup
        objectName: "submitPopup"
        anchors.centerIn: parent
        width: Math.min(parent.width * 0.7, 900)
        modal: true
        closePolicy: Popup.NoAutoClose
        padding: 32
        background: Rectangle { color: Theme.surface; border.color: Theme.accent; border.width: 4; radius: 14 }
        contentItem: ColumnLayout {
            spacing: 20
            Accessible.name: qsTr("确认交卷")
            Text {
                Layout.fillWidth: true
                text: exam.canSubmit() || exam.submitWaitMinutes === 0 ? qsTr("确认交卷？") : qsTr("暂不能交卷")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.title
                font.bold: true
                color: Theme.text
            }
            Text {
                objectName: "submitDetail"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: exam.submitWaitMinutes > 0
                      ? qsTr("开考 %1 分钟后方可交卷，请继续作答。").arg(exam.submitWaitMinutes)
                      : exam.unansweredCount > 0
                        ? qsTr("还有 %1 题未作答：第 %2 题。交卷后不能再修改答案。").arg(exam.unansweredCount).arg(exam.unansweredText)
                        : qsTr("全部题目均已作答。交卷后不能再修改答案。")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.body
                color: exam.unansweredCount > 0 || exam.submitWaitMinutes > 0 ? Theme.danger : Theme.text
                Accessible.name: text
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 24
                KioskButton {
                    objectName: "cancelSubmitButton"
                    Layout.fillWidth: true
                    text: qsTr("继续答题")
                    onClicked: submitPopup.close()
                }
                KioskButton {
                    objectName: "confirmSubmitButton"
                    Layout.fillWidth: true
                    primary: true
                    tint: Theme.danger
                    visible: exam.submitWaitMinutes === 0
                    text: qsTr("确认交卷")
                    onClicked: { submitPopup.close(); exam.confirmSubmit() }
                }
            }
        }
    }
}
