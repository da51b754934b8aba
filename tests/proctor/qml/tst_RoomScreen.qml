import QtQuick
import QtTest
import Examroom.Proctor
import ProctorTest
import "ProctorFind.js" as Find

// The Room screen: the room link's state, a kiosk's pairing request shown with its code and
// accepted for a seat, the provisioning button waiting for the assignment.
Item {
    id: root
    width: 1280
    height: 800

TestCase {
    name: "RoomScreen"
    width: 1280
    height: 800
    when: windowShown

    Component { id: screenComponent; RoomScreen { width: 1280; height: 800 } }

    function test_aKioskAskingToPairIsShownAndAcceptedForASeat() {
        verify(ProctorTest.importPlan())
        verify(ProctorTest.addSeats(3)) // (more when another test set the room up already)
        const screen = createTemporaryObject(screenComponent, root)
        verify(Console.link.running)
        verify(Find.byName(screen, "核对无误，配对") === null, "no request yet")
        verify(ProctorTest.requestPairing())
        tryVerify(() => Console.link.pairings.length === 1, 10000, "the request reaches the console")
        const request = Console.link.pairings[0]
        compare(request.code, ProctorTest.kioskCode())
        const accept = Find.byName(screen, "核对无误，配对")
        verify(accept !== null, "the request is shown with its button")
        Find.byName(screen, "考位号").text = "2"
        mouseClick(accept)
        tryVerify(() => ProctorTest.kioskPaired(), 10000, "the kiosk learns it is paired")
        compare(Console.room.seats[1].kiosk, request.fingerprint)
        compare(Console.link.pairings.length, 0)
    }

    function test_provisioningWaitsForTheAssignment() {
        const screen = createTemporaryObject(screenComponent, root)
        const button = Find.byName(screen, "下发考试到各考位")
        verify(button !== null)
        compare(button.enabled, Console.room.assigned)
    }
}
}
