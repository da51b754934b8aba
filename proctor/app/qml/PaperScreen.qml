import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Examroom.Proctor

// 纸质试卷: a candidate whose seat (or the room) failed sits the printed paper of their own draw.
// Choose → switch (reason) → print → first entry → second entry (another staff member logged
// in) → differences → resolve → score. Entry is keyboard-fast: type the letters, Enter goes on.
Rectangle {
    id: screen
    color: Theme.background
    Accessible.name: qsTr("纸质试卷")
    readonly property var paper: Console.paper
    readonly property string stage: paper.stage
    // Read once per change of the paper (each read draws the paper again in C++).
    readonly property var items: paper.items

    // The entry being typed lives in the controller (paper::PaperEntryForm); these only show it.
    readonly property var answers: paper.entryAnswers
    readonly property int current: paper.entryCurrent
    readonly property string entryError: paper.entryError

    // Enter (or Down): the controller stores the letters and moves on; the field shows the
    // item typed next, and after the last one the focus goes to the signature button.
    function commitCurrent() {
        if (paper.commitEntry(answerInput.text))
            answerInput.text = paper.entryText
        if (paper.entryAtEnd)
            submitButton.forceActiveFocus()
    }

    // A screen opened starts a new entry; the controller also starts one when the candidate,
    // the person or the entry to make changes. Either way the field starts empty.
    Component.onCompleted: paper.beginEntry()
    Connections {
        target: screen.paper
        function onEntryBegun() { answerInput.text = "" }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 20

        // The candidates: present ones and those already on paper. Both columns have widths
        // that follow the screen alone: when the right column's preferred width followed its
        // longest text, every text change moved the split, re-wrapped every text and sent the
        // row into a polish loop (seen when the second entry turned into the differences).
        // Nor may its minimum follow a row's content (minimumWidth 0; every row fits in the
        // column): in English the entry row was wider than the column, the column went past the
        // screen's edge, and when it narrowed again the status line re-wrapped to two lines
        // inside the layout's own pass, which kept its one-line height (the message line then
        // covered the second line).
        ColumnLayout {
            Layout.minimumWidth: 430
            Layout.maximumWidth: 430
            Layout.fillHeight: true
            spacing: 8
            Text {
                text: qsTr("选择考生")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.body
                font.bold: true
                color: Theme.text
            }
            ListView {
                id: candidateList
                objectName: "paperCandidates"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 4
                model: screen.paper.candidates
                Accessible.name: qsTr("考生列表")
                delegate: ConsoleButton {
                    required property var modelData
                    width: candidateList.width
                    text: modelData.text
                    Accessible.name: modelData.ticket
                    primary: modelData.ticket === screen.paper.ticket
                    tint: modelData.onPaper ? Theme.warning : Theme.accent
                    onClicked: screen.paper.select(modelData.ticket)
                }
            }
            Field {
                id: roomReason
                Layout.fillWidth: true
                label: qsTr("全场改用纸质试卷的原因")
            }
            ConsoleButton {
                Layout.fillWidth: true
                text: qsTr("全场改用纸质试卷")
                tint: Theme.danger
                enabled: roomReason.text.length > 0
                onClicked: screen.paper.switchRoom(roomReason.text)
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.minimumWidth: 0
            Layout.fillHeight: true
            spacing: 12
            Text {
                text: qsTr("纸质试卷")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.title
                font.bold: true
                color: Theme.text
            }
            WrappedText {
                text: screen.stage === "choose" ? qsTr("在左侧选择考位无法使用的考生。")
                                                : screen.paper.candidateText
                font.bold: true
                Accessible.name: text
            }
            WrappedText {
                visible: text.length > 0
                text: screen.paper.statusText
                font.pixelSize: Theme.small
                color: Theme.muted
            }
            MessageLine {
                Layout.fillWidth: true
                text: screen.paper.message
                error: screen.paper.messageIsError
            }

            // Switch: the reason is required and goes into the room record.
            RowLayout {
                visible: screen.stage === "switch"
                spacing: 12
                Field {
                    id: switchReason
                    Layout.preferredWidth: 420
                    label: qsTr("改用纸质试卷的原因")
                    onAccepted: switchButton.clicked()
                }
                ConsoleButton {
                    id: switchButton
                    Layout.alignment: Qt.AlignBottom
                    primary: true
                    text: qsTr("改用纸质试卷")
                    enabled: switchReason.text.length > 0
                    onClicked: if (screen.paper.switchToPaper(switchReason.text)) switchReason.text = ""
                }
            }

            // Print (again at any time before scoring). A Flow: the two buttons side by side
            // are wider than the column in English. In an Item, as the cells below.
            Item {
                visible: screen.stage !== "choose" && screen.stage !== "switch" && screen.stage !== "done"
                Layout.fillWidth: true
                Layout.preferredHeight: printButtons.height
            Flow {
                id: printButtons
                width: parent.width
                spacing: 12
                ConsoleButton {
                    primary: screen.stage === "print"
                    text: qsTr("打印试卷和答题卡")
                    onClicked: screen.paper.printPaper()
                }
                ConsoleButton {
                    visible: screen.stage === "print"
                    text: qsTr("已有打印件，直接录入")
                    onClicked: screen.paper.markPrinted()
                }
            }
            }

            // No printer here: the console writes no paper to disk on its own. Saving the PDF
            // to a path the proctor types (to print it elsewhere) is their deliberate choice.
            PrintOutput {
                visible: screen.stage !== "choose" && screen.stage !== "switch" && screen.stage !== "done"
                Layout.fillWidth: true
                step: screen.paper
                saveLabel: qsTr("未连接打印机：另存为 PDF 的路径（含明文试题，打印后请删除）")
                onSave: (path) => screen.paper.savePaper(path)
            }

            // First and second entry: one field; type the letters, Enter goes to the next item.
            ColumnLayout {
                visible: screen.stage === "first" || screen.stage === "second"
                Layout.fillWidth: true
                spacing: 8
                WrappedText {
                    text: screen.stage === "first"
                          ? qsTr("第一次录入：照答题卡逐题输入所选字母（判断 A=对，B=错；未作答直接回车）。")
                          : qsTr("第二次录入：须由另一名工作人员登录后独立录入，不显示第一次的结果。")
                }
                // The item and its field; fixed widths that fit the column in both languages
                // (the longest English label is "Item 30 (Multiple choice, A–E)").
                RowLayout {
                    spacing: 12
                    Text {
                        text: !screen.paper.entryAtEnd && screen.current < screen.items.length
                              ? qsTr("第 %1 题（%2，%3）").arg(screen.current + 1)
                                    .arg(screen.items[screen.current].type)
                                    .arg(screen.items[screen.current].choices)
                              : qsTr("已到最后一题")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.body
                        font.bold: true
                        color: Theme.text
                        Layout.preferredWidth: 340
                    }
                    TextField {
                        id: answerInput
                        objectName: "answerInput"
                        Layout.preferredWidth: 160
                        height: Theme.touch
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.title
                        font.capitalization: Font.AllUppercase
                        Accessible.name: qsTr("答案")
                        enabled: !screen.paper.entryAtEnd
                        onAccepted: screen.commitCurrent()
                        Keys.onUpPressed: if (screen.paper.entryBack()) text = screen.paper.entryText
                        Keys.onDownPressed: screen.commitCurrent()
                    }
                }
                WrappedText {
                    visible: screen.entryError.length > 0
                    text: screen.entryError
                    color: Theme.danger
                    Accessible.name: text
                }
                // Every item at a glance: number and what was typed; kept items greyed.
                // In an Item: a Flow straight in the layout loops (its height follows its width).
                Item {
                    Layout.fillWidth: true
                    Layout.preferredHeight: cells.height
                Flow {
                    id: cells
                    width: parent.width
                    spacing: 4
                    Repeater {
                        model: screen.items
                        delegate: Rectangle {
                            required property var modelData
                            required property int index
                            width: 64
                            height: 40
                            radius: 4
                            color: modelData.kept ? Theme.border
                                                  : index === screen.current ? Theme.selected : Theme.surface
                            border.color: index === screen.current ? Theme.accent : Theme.border
                            border.width: index === screen.current ? 2 : 1
                            Text {
                                anchors.centerIn: parent
                                text: modelData.number + " " + (modelData.kept ? qsTr("机") : screen.answers[index] || "·")
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.small
                                color: Theme.text
                            }
                            MouseArea {
                                anchors.fill: parent
                                enabled: !modelData.kept
                                onClicked: {
                                    screen.paper.entryGo(index)
                                    answerInput.text = screen.paper.entryText
                                    answerInput.forceActiveFocus()
                                }
                            }
                        }
                    }
                }
                }
                // Under the cells: the focus comes here after the last item (Enter signs).
                ConsoleButton {
                    id: submitButton
                    primary: true
                    text: screen.stage === "first" ? qsTr("签名提交第一次录入")
                                                   : qsTr("签名提交第二次录入")
                    onClicked: screen.paper.submitEntry(screen.paper.entryAnswers)
                }
            }

            // Differences: each settled at what the paper shows, with a reason.
            ColumnLayout {
                visible: screen.stage === "differences" || screen.stage === "score"
                Layout.fillWidth: true
                spacing: 8
                WrappedText {
                    text: screen.paper.differences.length === 0
                          ? qsTr("两次录入完全一致。")
                          : qsTr("两次录入有 %1 处不一致，须核对答题卡原件：").arg(screen.paper.differences.length)
                    color: screen.paper.differences.length === 0 ? Theme.good : Theme.danger
                    Accessible.name: text
                }
                Field {
                    id: resolveReason
                    Layout.preferredWidth: 420
                    visible: screen.stage === "differences"
                    label: qsTr("核对说明")
                    text: qsTr("核对答题卡原件")
                }
                Repeater {
                    model: screen.paper.differences
                    // The row fills the column; its text takes what the field and the button
                    // leave (it wraps rather than widening the column).
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 12
                        WrappedText {
                            Layout.minimumWidth: 0
                            Layout.preferredWidth: 380
                            text: qsTr("第 %1 题：第一次 %2，第二次 %3").arg(modelData.number)
                                      .arg(modelData.first).arg(modelData.second)
                                  + (modelData.resolved.length ? qsTr(" → 核对为 %1（%2）").arg(modelData.resolved).arg(modelData.resolvedBy) : "")
                            Accessible.name: text
                        }
                        TextField {
                            id: resolvedAnswer
                            visible: modelData.resolved.length === 0
                            Layout.preferredWidth: 120
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.body
                            font.capitalization: Font.AllUppercase
                            Accessible.name: qsTr("第 %1 题核对结果").arg(modelData.number)
                            onAccepted: resolveButton.clicked()
                        }
                        ConsoleButton {
                            id: resolveButton
                            visible: modelData.resolved.length === 0
                            text: qsTr("确认核对结果")
                            Accessible.name: qsTr("确认第 %1 题").arg(modelData.number)
                            onClicked: screen.paper.resolve(modelData.item, resolvedAnswer.text, resolveReason.text)
                        }
                    }
                }
            }

            ConsoleButton {
                visible: screen.stage === "score"
                primary: true
                text: qsTr("评分并生成纸质成绩单")
                onClicked: screen.paper.score()
            }
            WrappedText {
                visible: screen.stage === "done"
                text: screen.paper.sheetText
                font.pixelSize: Theme.title
                color: Theme.good
                Accessible.name: text
            }
            Item { Layout.fillHeight: true }
        }
    }
}
