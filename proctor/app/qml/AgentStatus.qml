import QtQuick
import Examroom.Proctor

// The outbox's way to the site agent in one line: documents waiting, handed off, or refused /
// not answered with the reason. Colour follows the state; the text says it.
Text {
    id: status
    objectName: "agentStatus"
    readonly property var agent: Console.agent
    text: (agent.busy ? qsTr("正在联系站点代理…") + "  " : "") + agent.statusText
    wrapMode: Text.Wrap
    maximumLineCount: 2
    elide: Text.ElideRight
    font.family: Theme.fontFamily
    font.pixelSize: Theme.small
    font.bold: agent.status === "refused" || agent.status === "unreachable"
    color: agent.status === "refused" || agent.status === "unreachable" ? Theme.danger
         : agent.status === "waiting" || agent.status === "unset" ? Theme.warning
         : Theme.good
    Accessible.name: text
    Accessible.role: Accessible.StaticText
}
