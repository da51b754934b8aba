import QtQuick
import QtQuick.Layouts
import Examroom.Proctor

// Under a print button: what the last print did (sent to the printer with the job's number,
// or saved where the proctor chose), and, while no printer is connected, the way out — the
// forms written as PDF to a path the proctor types (a file, or a folder for several forms;
// recorded in the audit log). The console writes no form to disk on its own.
ColumnLayout {
    id: output
    // A PrintingStep controller: hasPrinter, printedText, message (null: nothing to show).
    property var step: null
    // The save field's label (what the file holds, to delete after printing).
    property string saveLabel: qsTr("未连接打印机：另存为 PDF 的路径（文件或文件夹；文件未加密，打印后请删除）")
    signal save(string path)
    spacing: 8
    // A layout in a layout fills the height by default: this one takes only what it shows.
    Layout.fillHeight: false

    WrappedText {
        Layout.fillWidth: true
        visible: text.length > 0 && output.step !== null && text !== output.step.message
        text: output.step ? output.step.printedText : ""
        wrapMode: Text.WrapAnywhere
        font.pixelSize: Theme.small
        color: Theme.muted
        Accessible.name: qsTr("打印情况")
    }
    RowLayout {
        visible: output.step !== null && !output.step.hasPrinter
        Layout.fillWidth: true
        spacing: 12
        Field {
            id: savePath
            Layout.fillWidth: true
            label: output.saveLabel
            onAccepted: if (text.length > 0) output.save(text)
        }
        ConsoleButton {
            Layout.alignment: Qt.AlignBottom
            text: qsTr("另存为 PDF")
            enabled: savePath.text.length > 0
            onClicked: output.save(savePath.text)
        }
    }
}
