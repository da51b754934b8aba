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
    name: "IdentityScreen"
    width: 1280
    height: 800
    when: windowShown

    Component { id: screenComponent; IdentityScreen { width: 1280; height: 800 } }

    function init() {
        KioskTest.reset()
        verify(Kiosk.login(KioskTest.ticket(3), KioskTest.idNo(3)))
    }

    function test_cardShowsTheCandidateAndConfirms() {
        const screen = createTemporaryObject(screenComponent, root)
        verify(Find.byName(screen, "姓名 " + Kiosk.candidateName) !== null)
        verify(Find.byName(screen, "准考证号 " + KioskTest.ticket(3)) !== null)
        const photo = Find.byName(screen, "照片")
        tryCompare(photo, "status", Image.Ready)
        mouseClick(Find.byName(screen, "信息无误"))
        compare(Kiosk.screen, "waiting")
    }

    function test_wrongCardRaisesTheHand() {
        const screen = createTemporaryObject(screenComponent, root)
        mouseClick(Find.byName(screen, "信息有误，请举手"))
        compare(Kiosk.screen, "login")
        verify(Kiosk.handRaised)
    }
}
}
