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
    name: "StatusScreens"
    width: 1280
    height: 800
    when: windowShown

    Component { id: idleComponent; IdleScreen { width: 1280; height: 800 } }
    Component { id: statusComponent; StatusScreen { width: 1280; height: 800 } }

    function test_idleShowsSeatAndWaits() {
        const screen = createTemporaryObject(idleComponent, root)
        verify(Find.byName(screen, "考位 7") !== null)
        verify(Find.byName(screen, "等待开考") !== null)
    }

    function test_waitingGreetsTheCandidate() {
        verify(KioskTest.loginAndConfirm(25))
        const screen = createTemporaryObject(statusComponent, root)
        verify(Find.byName(screen, "请等待监考人员开考") !== null)
    }

    function test_englishTranslationApplies() {
        Kiosk.setLanguage("en")
        const screen = createTemporaryObject(idleComponent, root)
        verify(Find.byName(screen, "Seat 7") !== null)
        Kiosk.setLanguage("zh")
    }
}
}
