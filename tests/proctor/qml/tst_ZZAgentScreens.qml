import QtQuick
import QtTest
import Examroom.Proctor
import ProctorTest
import "ProctorFind.js" as Find

// 设置 and the agent's plans on the Plan screen: the console's key shown for enrolment, a
// malformed agent refused with the reason, the agent pinned by an administrator, the plan
// list saying why an agent that is down did not answer, no settings for a proctor. Runs last
// (ZZ): the agent's settings stay in the shared console.
Item {
    id: root
    width: 1280
    height: 800

TestCase {
    name: "AgentScreens"
    width: 1280
    height: 800
    when: windowShown

    Component { id: settingsComponent; SettingsScreen { width: 1280; height: 800 } }
    Component { id: planComponent; PlanScreen { width: 1280; height: 800 } }

    function initTestCase() {
        verify(ProctorTest.loginAs("admin", "admin-pass"))
        verify(ProctorTest.loadAgent())
    }

    function test_1_theConsoleKeyIsShownForEnrolment() {
        const screen = createTemporaryObject(settingsComponent, root)
        compare(Console.agent.configured, false)
        compare(Console.agent.consoleKey.length, 40)
        verify(Find.byName(screen, "本控制台公钥 " + Console.agent.consoleKey) !== null)
        verify(Find.byName(screen, "指纹：" + Console.agent.consoleFingerprint) !== null)
        verify(Console.steps.indexOf("settings") >= 0, "the administrator has the settings step")
    }

    function test_2_aMalformedAgentIsRefusedWithTheReason() {
        const screen = createTemporaryObject(settingsComponent, root)
        Find.byName(screen, "站点代理地址").text = "127.0.0.1:5557"
        Find.byName(screen, "站点代理公钥（examroom-agent keys show 的 keys: 一行）").text = ProctorTest.agentKeysLine()
        mouseClick(Find.byName(screen, "保存"))
        compare(Console.agent.configured, false)
        verify(Console.agent.messageIsError)
        verify(Console.agent.message.indexOf("agent address") >= 0, Console.agent.message)
        verify(Find.byName(screen, Console.agent.message) !== null, "the reason is on screen")

        Find.byName(screen, "站点代理地址").text = "tcp://127.0.0.1:5557"
        Find.byName(screen, "站点代理公钥（examroom-agent keys show 的 keys: 一行）").text = "not a key"
        mouseClick(Find.byName(screen, "保存"))
        compare(Console.agent.configured, false)
        verify(Console.agent.message.indexOf("agent key") >= 0, Console.agent.message)
    }

    function test_3_anAdministratorPinsTheAgent() {
        const screen = createTemporaryObject(settingsComponent, root)
        const keys = ProctorTest.agentKeysLine()
        Find.byName(screen, "站点代理地址").text = ProctorTest.silentEndpoint()
        const keysField = Find.byName(screen, "站点代理公钥（examroom-agent keys show 的 keys: 一行）")
        keysField.text = keys
        keysField.forceActiveFocus()
        keyClick(Qt.Key_Return)
        compare(Console.agent.configured, true)
        verify(!Console.agent.messageIsError, Console.agent.message)
        compare(Console.agent.agentKeys, keys)
        compare(Console.agent.agentFingerprint.length, 24)
        verify(Find.byName(screen, "已固定的站点代理指纹：%1（应与 examroom-agent keys show 显示的一致）"
                           .arg(Console.agent.agentFingerprint)) !== null)
    }

    function test_4_thePlanListSaysWhyTheAgentDidNotAnswer() {
        const screen = createTemporaryObject(planComponent, root)
        tryVerify(function() { return !Console.agent.busy && Console.agent.plansError }, 30000)
        verify(Console.agent.plansText.indexOf("did not answer") >= 0, Console.agent.plansText)
        verify(Find.byName(screen, Console.agent.plansText) !== null, "the reason is on screen")
        compare(Console.agent.plans.length, 0)
        // The first pass (the staff list) met the same silence: the status line says so.
        tryCompare(Console.agent, "status", "unreachable", 30000)
        verify(Console.agent.statusText.indexOf("did not answer") >= 0, Console.agent.statusText)
    }

    function test_5_aProctorHasNoSettingsStep() {
        verify(ProctorTest.addStaff("agent-proctor", "agent-proctor-pass"))
        verify(ProctorTest.loginAs("agent-proctor", "agent-proctor-pass"))
        compare(Console.steps.indexOf("settings"), -1)
        Console.setStep("settings")
        verify(Console.step !== "settings")
        verify(ProctorTest.loginAs("admin", "admin-pass"))
        verify(Console.steps.indexOf("settings") >= 0)
    }
}
}
