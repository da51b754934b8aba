import QtQuick
import QtTest
import Examroom.Proctor
import ProctorTest
import "ProctorFind.js" as Find

// The paper fallback screen, driven by Accessible.name: a candidate switched to paper with a
// reason, the paper printed (piped to a stand-in printer's standard input), two entries by two staff
// typed letter by letter with Enter, one difference settled, the paper scored. (Test files
// run in name order: this one needs the exam the Start screen's test opened.)
Item {
    id: root
    width: 1366
    height: 900

TestCase {
    name: "PaperScreen"
    width: 1366
    height: 900
    when: windowShown

    Component { id: screenComponent; PaperScreen { width: 1366; height: 900 } }

    function initTestCase() {
        verify(ProctorTest.setUpRoom())
        if (!Console.start.started) {
            verify(ProctorTest.checkInFirst(5))
            verify(Console.start.start(ProctorTest.password()))
        }
        verify(ProctorTest.addStaff("wang", "wang-password"))
    }

    // Types one entry: for each item the letters `pick(index, item)` gives, then Enter.
    function typeEntry(screen, pick) {
        const input = Find.byName(screen, "答案")
        verify(input !== null)
        input.forceActiveFocus()
        const items = Console.paper.items
        for (let i = 0; i < items.length; ++i) {
            if (items[i].kept)
                continue
            const letters = pick(i, items[i])
            for (let c = 0; c < letters.length; ++c)
                keyClick(letters.charCodeAt(c))
            keyClick(Qt.Key_Return)
        }
    }

    function test_1_aCandidateIsSwitchedToPaperWithAReason() {
        const screen = createTemporaryObject(screenComponent, root)
        const ticket = Console.paper.candidates[0].ticket
        mouseClick(Find.byName(screen, ticket))
        compare(Console.paper.stage, "switch")
        const switchButton = Find.byName(screen, "改用纸质试卷")
        verify(!switchButton.enabled, "no switch without a reason")
        Find.byName(screen, "改用纸质试卷的原因").text = "考位黑屏"
        mouseClick(switchButton)
        compare(Console.paper.stage, "print", Console.paper.message)
        verify(Console.paper.statusText.indexOf("考位黑屏") >= 0)
    }

    function test_2_thePaperIsPrintedAndEnteredTwice() {
        const screen = createTemporaryObject(screenComponent, root)
        mouseClick(Find.byName(screen, "打印试卷和答题卡"))
        compare(Console.paper.stage, "first", Console.paper.message)
        verify(Console.paper.printedText.length > 0)
        const items = Console.paper.items
        verify(items.length > 0)

        // A letter the item does not print is caught at once, before anything is stored.
        const input = Find.byName(screen, "答案")
        input.forceActiveFocus()
        keyClick(Qt.Key_Z)
        keyClick(Qt.Key_Return)
        verify(screen.entryError.indexOf("第 1 题") === 0, screen.entryError)
        compare(screen.current, 0)
        input.text = ""

        // Enter stores the item and goes on; Up goes back to it with what was typed.
        keyClick(Qt.Key_A)
        keyClick(Qt.Key_Return)
        compare(screen.entryError, "")
        compare(screen.current, 1)
        compare(input.text, "")
        keyClick(Qt.Key_Up)
        compare(screen.current, 0)
        compare(input.text, "A")
        keyClick(Qt.Key_Up)
        compare(screen.current, 0, "nothing before the first item")
        input.text = ""

        typeEntry(screen, function(i, item) { return "A" })
        compare(screen.current, items.length)
        compare(screen.answers[items.length - 1], "A")
        const submit = Find.byName(screen, "签名提交第一次录入")
        verify(submit.activeFocus, "after the last item the signature button has the focus")
        mouseClick(submit)
        compare(Console.paper.stage, "second", Console.paper.message)

        // The same person may not enter twice.
        typeEntry(screen, function(i, item) { return "A" })
        mouseClick(Find.byName(screen, "签名提交第二次录入"))
        compare(Console.paper.stage, "second")
        verify(Console.paper.messageIsError)

        // Another proctor logs in and enters, differing on item 2.
        Console.logout()
        verify(Console.login("wang", "wang-password"))
        const again = createTemporaryObject(screenComponent, root)
        typeEntry(again, function(i, item) { return i === 1 ? "B" : "A" })
        mouseClick(Find.byName(again, "签名提交第二次录入"))
        compare(Console.paper.stage, "differences", Console.paper.message)
        compare(Console.paper.differences.length, 1)
        verify(Find.byName(again, "第 2 题：第一次 A，第二次 B") !== null)
    }

    function test_3_theDifferenceIsSettledAndThePaperScored() {
        const screen = createTemporaryObject(screenComponent, root)
        Find.byName(screen, "第 2 题核对结果").text = "A"
        mouseClick(Find.byName(screen, "确认第 2 题"))
        compare(Console.paper.stage, "score", Console.paper.message)
        mouseClick(Find.byName(screen, "评分并生成纸质成绩单"))
        compare(Console.paper.stage, "done", Console.paper.message)
        verify(Console.paper.sheetText.indexOf("纸质") >= 0)
        Console.logout()
        verify(Console.login("admin", "admin-pass"))
    }
}
}
