import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Examroom.Kiosk

// The kiosk's one window: frameless, full screen, on top; it cannot be closed by the
// candidate (closing is accepted only after the maintenance password or a console command).
ApplicationWindow {
    id: window
    objectName: "kioskWindow"
    width: 1280
    height: 800
    visible: true
    visibility: Qt.platform.pluginName === "offscreen" ? Window.Windowed : Window.FullScreen
    flags: Qt.Window | Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint
    color: Theme.background
    title: qsTr("考试终端")
    font.family: Theme.fontFamily

    onClosing: (close) => { close.accepted = Kiosk.mayQuit }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        SettingsBar {
            Layout.fillWidth: true
            visible: Kiosk.screen !== "idle"
            showHand: Kiosk.screen !== "result"
        }
        Loader {
            id: screenLoader
            objectName: "screenLoader"
            Layout.fillWidth: true
            Layout.fillHeight: true
            focus: true
            source: {
                switch (Kiosk.screen) {
                case "login": return "LoginScreen.qml"
                case "identity": return "IdentityScreen.qml"
                case "exam": return "ExamScreen.qml"
                case "result": return "ResultScreen.qml"
                case "waiting":
                case "paused":
                case "locked": return "StatusScreen.qml"
                default: return "IdleScreen.qml"
                }
            }
            onLoaded: item.forceActiveFocus()
        }
    }

    // A technician's way out: hold the top-left corner for five seconds.
    MouseArea {
        width: 48; height: 48
        pressAndHoldInterval: 5000
        onPressAndHold: maintenance.open()
        Accessible.name: qsTr("维护")
    }
    Popup {
        id: maintenance
        objectName: "maintenancePopup"
        anchors.centerIn: parent
        modal: true
        padding: 24
        contentItem: ColumnLayout {
            spacing: 12
            TextField {
                id: password
                echoMode: TextInput.Password
                placeholderText: qsTr("维护密码")
                Accessible.name: qsTr("维护密码")
                font.pixelSize: Theme.body
                Layout.preferredWidth: 400
            }
            KioskButton {
                text: qsTr("退出")
                onClicked: {
                    if (Kiosk.maintenanceExit(password.text))
                        Qt.quit()
                    password.text = ""
                    maintenance.close()
                }
            }
        }
    }
}
