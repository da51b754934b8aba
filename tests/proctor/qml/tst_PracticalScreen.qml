import QtQuick
import QtTest
import Examroom.Proctor
import Examroom.Grading
import ProctorTest
import "ProctorFind.js" as Find

// 实操 on the console, driven by Accessible.name: the proctor opens the session, makes and
// assigns graders, marks a pass from elsewhere, draws; then a grader logs in, sees only the
// grader's screen and marks a subject with the keyboard alone.
Item {
    id: root
    width: 1366
    height: 768

TestCase {
    name: "PracticalScreen"
    width: 1366
    height: 768
    when: windowShown

    Component { id: screenComponent; PracticalScreen { width: 1176; height: 700 } }
    Component { id: gradingComponent; GradingScreen { width: 1176; height: 700 } }

    function initTestCase() {
        // Candidates 0–2 passed the knowledge exam on the kiosks, 3 failed it.
        verify(ProctorTest.keepKnowledgeSheets(3, 1))
    }
    function cleanupTestCase() {
        verify(ProctorTest.loginAs("admin", "admin-pass"))
    }

    function find(screen, name) {
        const item = Find.byName(screen, name)
        verify(item !== null, "no item named " + name)
        return item
    }
    function type(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }
    function row(ticket) {
        for (const c of Console.practical.candidates)
            if (c.ticketNo === ticket)
                return c
        return null
    }

    function test_1_theSessionOpensWithTheKnowledgeSheetsCounted() {
        const screen = createTemporaryObject(screenComponent, root)
        compare(Console.practical.opened, false)
        const open = find(screen, "开始实操考试")
        open.forceActiveFocus()
        keyClick(Qt.Key_Return)
        compare(Console.practical.opened, true, Console.practical.message)
        compare(row(ProctorTest.ticket(0)).eligible, true)
        compare(row(ProctorTest.ticket(3)).eligible, false)
        verify(row(ProctorTest.ticket(3)).reason.indexOf("须先补考") >= 0)
        verify(find(screen, "实操概况").text.indexOf("可参加 3") >= 0)
    }

    function test_2_graderAccountsAreMadeAndAssigned() {
        const screen = createTemporaryObject(screenComponent, root)
        for (const name of ["g1", "g2"]) {
            find(screen, "考评员账号").text = name
            find(screen, "密码").text = name + "-password"
            find(screen, "再次输入密码").text = name + "-password"
            mouseClick(find(screen, "新建考评员"))
            verify(!Console.practical.messageIsError, Console.practical.message)
            mouseClick(find(screen, "指定为考评员 " + name))
        }
        compare(Console.practical.graders.length, 2)
        for (const g of Console.practical.graders)
            verify(g.assigned, g.name)
        verify(find(screen, "g1 本场考评员") !== null)
    }

    function test_3_aPassFromElsewhereNeedsItsReasonThenTheDraw() {
        const screen = createTemporaryObject(screenComponent, root)
        mouseClick(find(screen, "考生与抽题"))
        const list = find(screen, "实操考生")
        list.forceActiveFocus()
        // Down three times: the fourth candidate, who failed the knowledge exam here.
        keyClick(Qt.Key_Down); keyClick(Qt.Key_Down); keyClick(Qt.Key_Down)
        mouseClick(find(screen, "标记为可参加"))
        verify(Console.practical.messageIsError)
        compare(row(ProctorTest.ticket(3)).eligible, false)
        // With where the pass is from (the make-up passed at another site), logged.
        find(screen, "在他处理论合格的依据（必填）").text = "外地补考合格 0512"
        mouseClick(find(screen, "标记为可参加"))
        compare(row(ProctorTest.ticket(3)).eligible, true, Console.practical.message)
        compare(row(ProctorTest.ticket(3)).reason, "监考标记合格：外地补考合格 0512")

        list.forceActiveFocus()
        keyClick(Qt.Key_Up); keyClick(Qt.Key_Up); keyClick(Qt.Key_Up)
        mouseClick(find(screen, "系统抽题"))
        compare(row(ProctorTest.ticket(0)).drawn, true, Console.practical.message)
        verify(find(screen, "已抽试题").text.indexOf("K1") >= 0, find(screen, "已抽试题").text + " / " + Console.practical.message)
        mouseClick(find(screen, "为全部可参加考生系统抽题"))
        for (let i = 1; i <= 3; ++i)
            compare(row(ProctorTest.ticket(i)).drawn, true)
    }

    function test_4_aGraderLandsOnTheGradingScreenAndMarksWithTheKeyboard() {
        verify(ProctorTest.loginAs("g1", "g1-password"))
        compare(Console.steps, ["grading"])
        compare(Console.step, "grading")
        compare(GradingController.sessionId, Console.practical.sessionId)
        const screen = createTemporaryObject(gradingComponent, root)
        const ticket = find(screen, "ticket")
        ticket.forceActiveFocus()
        type(ProctorTest.ticket(1))
        keyClick(Qt.Key_Return)
        compare(GradingController.subjectCode, "K1")
        tryVerify(() => find(screen, "deduction-0").activeFocus)
        type("5")
        keyClick(Qt.Key_Return)
        verify(find(screen, "deduction-1").activeFocus)
        type("10")
        compare(GradingController.total, 85)
        keyClick(Qt.Key_Return, Qt.ControlModifier)
        verify(!GradingController.messageIsError, GradingController.message)
        compare(GradingController.subjectCode, "K2")
        tryVerify(() => find(screen, "deduction-0").activeFocus)
        // The proctor's view counts the mark: K1 has its one grader.
        verify(ProctorTest.loginAs("admin", "admin-pass"))
        compare(row(ProctorTest.ticket(1)).scored, "1/4")
    }
}
}
