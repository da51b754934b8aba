import QtQuick
import QtTest
import Examroom.Proctor
import ProctorTest
import "ProctorFind.js" as Find

// The Start screen: a wrong password is counted and refused, the right one opens the exam.
Item {
    id: root
    width: 1280
    height: 800

TestCase {
    name: "StartScreen"
    width: 1280
    height: 800
    when: windowShown

    Component { id: screenComponent; StartScreen { width: 1280; height: 800 } }

    function initTestCase() {
        verify(ProctorTest.setUpRoom())
        verify(ProctorTest.checkInFirst(5))
    }

    function test_1_aWrongPasswordIsCountedAndRefused() {
        const screen = createTemporaryObject(screenComponent, root)
        compare(Console.start.started, false)
        const field = Find.byName(screen, "授权密码")
        verify(field !== null)
        field.text = "WRONG-WRONG-WRONG"
        mouseClick(Find.byName(screen, "验证并开考"))
        compare(Console.start.started, false)
        compare(Console.start.totalFailures, 1)
        verify(Console.start.messageIsError)
    }

    function test_2_theRightPasswordOpensTheExam() {
        const screen = createTemporaryObject(screenComponent, root)
        Find.byName(screen, "授权密码").text = ProctorTest.password()
        mouseClick(Find.byName(screen, "验证并开考"))
        compare(Console.start.started, true)
        verify(Console.start.startedText.length > 0)
        verify(Find.byName(screen, "解锁考位") !== null, "seats can be unlocked later")
    }
}
}
