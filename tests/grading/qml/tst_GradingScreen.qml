import QtQuick
import QtTest
import Examroom.Grading
import GradingTest

// The grader's screen driven by the keyboard alone, as a grader marking 40 candidates a day
// would: ticket + Enter, digits + Enter per row, Space on a veto, Enter on submit.
TestCase {
    id: test
    name: "GradingScreen"
    when: windowShown
    width: 1280
    height: 800

    Component {
        id: screenComponent
        GradingScreen { width: 1280; height: 800 }
    }

    function find(screen, name) {
        const item = GradingTest.findByName(screen, name)
        verify(item !== null, "no item named " + name)
        return item
    }
    function type(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }
    function open(ticket, subject) {
        const screen = createTemporaryObject(screenComponent, test)
        verify(screen !== null)
        const ticketField = find(screen, "ticket")
        ticketField.forceActiveFocus()
        type(ticket)
        keyClick(Qt.Key_Return)
        compare(GradingController.ticketNo, ticket)
        compare(GradingController.subjectCode, subject === undefined ? "K1" : subject)
        return screen
    }

    function test_1_marks_a_subject_with_the_keyboard_alone() {
        const before = GradingTest.storedMarks()
        const screen = open("2026120807001")
        tryVerify(() => find(screen, "deduction-0").activeFocus)
        type("5")
        keyClick(Qt.Key_Return)
        verify(find(screen, "deduction-1").activeFocus)
        type("10")
        compare(GradingController.total, 85)
        keyClick(Qt.Key_Return)
        verify(find(screen, "deduction-2").activeFocus)
        keyClick(Qt.Key_Return)
        verify(find(screen, "veto-0").activeFocus)
        keyClick(Qt.Key_Return)
        verify(find(screen, "submit").activeFocus)
        keyClick(Qt.Key_Return)
        compare(GradingTest.storedMarks(), before + 1)
        verify(!GradingController.messageIsError, GradingController.message)
        // On to the next subject to mark, ready for digits again.
        compare(GradingController.subjectCode, "K2")
        tryVerify(() => find(screen, "deduction-0").activeFocus)
        compare(GradingController.total, 100)
    }

    function test_2_a_deduction_above_the_rows_points_is_refused() {
        const before = GradingTest.storedMarks()
        const screen = open("2026120807002")
        tryVerify(() => find(screen, "deduction-0").activeFocus)
        type("31")
        // The running total counts the row as fully lost (it never goes below 0) while the
        // field shows red; submit names the rule broken.
        compare(GradingController.total, 70)
        keyClick(Qt.Key_Return, Qt.ControlModifier)
        compare(GradingTest.storedMarks(), before)
        verify(GradingController.messageIsError)
        verify(GradingController.message.indexOf("30") >= 0, GradingController.message)
        compare(GradingController.subjectCode, "K1")
    }

    function test_3_a_veto_needs_its_reason() {
        const before = GradingTest.storedMarks()
        const screen = open("2026120807003")
        const veto = find(screen, "veto-0")
        veto.forceActiveFocus()
        keyClick(Qt.Key_Space)
        verify(veto.checked)
        const reason = find(screen, "veto-reason-0")
        tryVerify(() => reason.activeFocus)
        keyClick(Qt.Key_Return, Qt.ControlModifier)
        compare(GradingTest.storedMarks(), before)
        verify(GradingController.messageIsError)
        reason.forceActiveFocus()
        type("no gloves")
        keyClick(Qt.Key_Return)
        verify(find(screen, "submit").activeFocus)
        keyClick(Qt.Key_Return)
        compare(GradingTest.storedMarks(), before + 1)
    }

    function test_4_subjects_by_ctrl_and_number() {
        const screen = open("2026120807003", "K2")
        // K1 is marked by now: the screen opens on K2; Ctrl+1 goes back to K1, read-only.
        keyClick(Qt.Key_1, Qt.ControlModifier)
        compare(GradingController.subjectCode, "K1")
        verify(!GradingController.editable)
        keyClick(Qt.Key_4, Qt.ControlModifier)
        compare(GradingController.subjectCode, "K4")
        verify(GradingController.editable)
    }
}
