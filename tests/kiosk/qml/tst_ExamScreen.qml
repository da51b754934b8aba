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

    // The image under the stem is decoded from the kiosk's memory (no file behind it).
    function test_questionImageShowsUnderTheStem() {
        const item = KioskTest.firstImageItem()
        verify(item >= 0, "the sample paper has a question with an image")
        verify(Kiosk.exam.goTo(item))
        const screen = createTemporaryObject(screenComponent, root)
        const image = Find.byName(screen, "题目图片")
        verify(image, "question image found")
        tryCompare(image, "status", Image.Ready)
        verify(image.sourceSize.width > 0)
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

    // Every item of `container` lies inside `panel` (minus its padding): nothing is clipped.
    function insidePanel(panel, container) {
        for (let i = 0; i < container.children.length; ++i) {
            const item = container.children[i]
            if (!item.visible || item.width === 0)
                continue
            const at = item.mapToItem(panel, 0, 0)
            if (at.x < panel.padding - 1 || at.x + item.width > panel.width - panel.padding + 1)
                return false
        }
        return true
    }

    function test_largestFontInEnglishKeepsThePanelContentInside() {
        Kiosk.setLanguage("en")
        Kiosk.setFontScale(2)
        const screen = createTemporaryObject(screenComponent, root)
        const panel = findChild(screen, "sidePanel")
        const legend = findChild(screen, "paletteLegend")
        const palette = findChild(screen, "palette")
        waitForRendering(screen)
        // The panel grew with the font, and the legend and the palette's cells stay inside it.
        verify(panel.width > 440, "panel width " + panel.width)
        verify(insidePanel(panel, legend), "the legend is clipped")
        const cellRight = palette.mapToItem(panel, 0, 0).x
                          + Math.floor(palette.width / palette.cellWidth) * palette.cellWidth
        verify(cellRight <= panel.width - panel.padding + 1, "palette cells clipped")
        verify(palette.cellWidth >= Theme.body * 2, "cell " + palette.cellWidth)
        Kiosk.setFontScale(0)
        Kiosk.setLanguage("zh")
    }
}
}
