import QtQuick
import QtTest
import Examroom.Kiosk
import KioskTest
import "KioskFind.js" as Find

// The screens are created in a visible root item: a TestCase itself is never visible.
Item {
    id: root
    width: 1280
    height: 800

TestCase {
    id: testCase
    name: "ExamScreen"
    width: 1280
    height: 800
    when: windowShown

    Component { id: screenComponent; ExamScreen { width: 1280; height: 800 } }

    property int candidate: 10
    function init() {
        verify(KioskTest.loginAndConfirm(candidate++))
        verify(KioskTest.openExam())
        compare(Kiosk.screen, "exam")
    }

    function test_tappingAnOptionSavesIt() {
        const screen = createTemporaryObject(screenComponent, root)
        const optionA = Find.byName(screen, "A " + screen.choices[0])
        verify(optionA, "option A found")
        mouseClick(optionA)
        compare(Kiosk.exam.selectedBits, 1)
        verify(Find.byName(screen, "已保存") !== null)
        verify(Find.byName(screen, "已答 1 / 30") !== null)
    }

    function test_nextPreviousAndPaletteMove() {
        const screen = createTemporaryObject(screenComponent, root)
        mouseClick(Find.byName(screen, "下一题"))
        compare(Kiosk.exam.index, 1)
        mouseClick(Find.byName(screen, "上一题"))
        compare(Kiosk.exam.index, 0)
        // The palette's cells exist once the GridView has been laid out.
        tryVerify(() => Find.byName(screen, "第 5 题") !== null, 5000, "palette cell 5 found")
        const five = Find.byName(screen, "第 5 题")
        mouseClick(five)
        compare(Kiosk.exam.index, 4)
    }

    function test_keyboardChoosesAndMoves() {
        const screen = createTemporaryObject(screenComponent, root)
        screen.forceActiveFocus()
        keyClick(Qt.Key_B)
        compare(Kiosk.exam.selectedBits, 2)
        keyClick(Qt.Key_Right)
        compare(Kiosk.exam.index, 1)
    }

    function test_flagShowsInThePalette() {
        const screen = createTemporaryObject(screenComponent, root)
        mouseClick(Find.byName(screen, "标记"))
        verify(Kiosk.exam.flagged)
    }

    function test_submitConfirmationNamesUnanswered() {
        const screen = createTemporaryObject(screenComponent, root)
        mouseClick(Find.byName(screen, "A " + screen.choices[0]))
        mouseClick(Find.byName(screen, "交卷"))
        const detail = findChild(screen, "submitDetail")
        tryVerify(() => detail && detail.visible)
        verify(detail.text.indexOf("29") >= 0, detail.text)
        verify(detail.text.indexOf("2, 3, 4") >= 0, detail.text)
        mouseClick(findChild(screen, "cancelSubmitButton"))
        compare(Kiosk.screen, "exam")
    }

    function test_fontAndContrastChangeTheStem() {
        const screen = createTemporaryObject(screenComponent, root)
        const stem = findChild(screen, "stem")
        const before = stem.font.pixelSize
        Kiosk.setFontScale(2)
        verify(stem.font.pixelSize > before)
        Kiosk.setHighContrast(true)
        compare(String(stem.color), "#ffffff")
        Kiosk.setFontScale(0)
        Kiosk.setHighContrast(false)
    }
}
}
