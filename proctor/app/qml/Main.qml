import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Examroom.Proctor

// The console's window: the account form until someone is logged in (and while locked), then
// the steps of the seed in order on the left and the current step on the right.
ApplicationWindow {
    id: window
    objectName: "consoleWindow"
    width: 1366
    height: 768
    visible: true
    color: Theme.background
    title: qsTr("考场控制台")
    font.family: Theme.fontFamily

    readonly property var stepLabels: ({
        "plan": qsTr("计划"), "room": qsTr("考场"), "tickets": qsTr("准考证"),
        "checkin": qsTr("签到"), "start": qsTr("开考"), "monitor": qsTr("监考"),
        "paper": qsTr("纸质试卷"), "close": qsTr("结束"), "practical": qsTr("实操"), "grading": qsTr("实操评分"),
        "settings": qsTr("设置")
    })

    Loader {
        anchors.fill: parent
        active: Console.screen !== "main"
        sourceComponent: AccountScreen {}
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        visible: Console.screen === "main"

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 190
            color: Theme.nav
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 12
                spacing: 8
                Text {
                    text: qsTr("考场控制台")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.body
                    font.bold: true
                    color: Theme.navText
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    Layout.bottomMargin: 8
                }
                Repeater {
                    model: Console.steps
                    delegate: Button {
                        id: navButton
                        required property string modelData
                        required property int index
                        objectName: "nav-" + modelData
                        Layout.fillWidth: true
                        Layout.preferredHeight: 52
                        text: (index + 1) + "  " + window.stepLabels[modelData]
                        Accessible.name: window.stepLabels[modelData]
                        focusPolicy: Qt.StrongFocus
                        checked: Console.step === modelData
                        onClicked: Console.setStep(modelData)
                        Keys.onReturnPressed: clicked()
                        contentItem: Text {
                            text: navButton.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.body
                            font.bold: navButton.checked
                            color: navButton.checked ? Theme.nav : Theme.navText
                            verticalAlignment: Text.AlignVCenter
                            leftPadding: 8
                        }
                        background: Rectangle {
                            radius: 6
                            color: navButton.checked ? Theme.navText : "transparent"
                            border.color: navButton.activeFocus ? "#ffffff" : "transparent"
                            border.width: 2
                        }
                    }
                }
                Item { Layout.fillHeight: true }
                Text {
                    Layout.fillWidth: true
                    text: Console.personName + "\n" + Console.roleText
                    wrapMode: Text.Wrap
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.small
                    color: Theme.navText
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: 60
                color: Theme.surface
                border.color: Theme.border
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 16
                    anchors.rightMargin: 12
                    spacing: 12
                    Text {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 3
                        text: Console.siteName + (Console.sessionText.length ? "  ·  " + Console.sessionText : "")
                        elide: Text.ElideRight
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.body
                        font.bold: true
                        color: Theme.text
                    }
                    // Where the outbox stands, on every screen.
                    AgentStatus {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 2
                        horizontalAlignment: Text.AlignRight
                    }
                    ConsoleButton {
                        objectName: "languageButton"
                        text: Console.language === "zh" ? "English" : "中文"
                        Accessible.name: qsTr("切换语言")
                        onClicked: Console.setLanguage(Console.language === "zh" ? "en" : "zh")
                    }
                    ConsoleButton {
                        text: qsTr("退出登录")
                        onClicked: Console.logout()
                    }
                }
            }
            Loader {
                id: stepLoader
                objectName: "stepLoader"
                Layout.fillWidth: true
                Layout.fillHeight: true
                active: Console.screen === "main"
                source: {
                    switch (Console.step) {
                    case "room": return "RoomScreen.qml"
                    case "tickets": return "TicketsScreen.qml"
                    case "checkin": return "CheckInScreen.qml"
                    case "start": return "StartScreen.qml"
                    case "monitor": return "MonitorScreen.qml"
                    case "paper": return "PaperScreen.qml"
                    case "close": return "CloseScreen.qml"
                    case "practical": return "PracticalScreen.qml"
                    case "settings": return "SettingsScreen.qml"
                    // The grader's screen is its own module (Examroom.Grading).
                    case "grading": return "qrc:/Examroom/Grading/GradingScreen.qml"
                    default: return "PlanScreen.qml"
                    }
                }
            }
        }
    }
}
