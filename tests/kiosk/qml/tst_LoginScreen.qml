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
    name: "LoginScreen"
    width: 1280
    height: 800
    when: windowShown

    Component { id: screenComponent; LoginScreen { width: 1280; height: 800 } }

    function init() { KioskTest.reset() }

    function test_wrongPairIsRefusedWithOneSentence() {
        const screen = createTemporaryObject(screenComponent, root)
        const ticket = Find.byName(screen, "准考证号")
        const id = Find.byName(screen, "身份证件号")
        verify(ticket && id, "fields found by Accessible.name")
        ticket.text = KioskTest.ticket(0)
        id.text = KioskTest.idNo(1)
        mouseClick(Find.byName(screen, "登录"))
        compare(Kiosk.screen, "login")
        verify(Kiosk.loginError.length > 0)
        verify(Find.byName(screen, Kiosk.loginError) !== null, "the error is shown")
    }

    function test_rightPairOpensTheIdentityCard() {
        const screen = createTemporaryObject(screenComponent, root)
        Find.byName(screen, "准考证号").text = KioskTest.ticket(5)
        Find.byName(screen, "身份证件号").text = KioskTest.idNo(5)
        mouseClick(Find.byName(screen, "登录"))
        compare(Kiosk.screen, "identity")
    }

    function test_loginButtonWaitsForBothFields() {
        const screen = createTemporaryObject(screenComponent, root)
        verify(!Find.byName(screen, "登录").enabled)
        Find.byName(screen, "准考证号").text = "1"
        verify(!Find.byName(screen, "登录").enabled)
    }
}
}
