import QtQuick
import QtTest
import Examroom.Proctor
import ProctorTest
import "ProctorFind.js" as Find

// The Monitor screen: a tile per seat, alerts counted and shown, a seat's incidents opened.
Item {
    id: root
    width: 1280
    height: 800

TestCase {
    name: "MonitorScreen"
    width: 1280
    height: 800
    when: windowShown

    Component { id: screenComponent; MonitorScreen { width: 1280; height: 800 } }

    function initTestCase() {
        verify(ProctorTest.setUpRoom())
    }

    function test_aRaisedHandAndAnOfflineSeatAreAlerts() {
        const screen = createTemporaryObject(screenComponent, root)
        compare(Console.monitor.seatMap.count, 42)
        ProctorTest.setLive(1, "answering", false, false)
        ProctorTest.setLive(2, "answering", true, false)
        ProctorTest.setLive(3, "offline", false, true)
        compare(Console.monitor.seatMap.alertCount, 2)
        tryVerify(() => Find.byName(screen, "考位 2") !== null, 3000, "the tile is laid out")
        ProctorTest.setLive(2, "answering", false, false)
        ProctorTest.setLive(3, "answering", false, false)
        compare(Console.monitor.seatMap.alertCount, 0)
    }

    function test_aSeatTileOpensItsIncidents() {
        const screen = createTemporaryObject(screenComponent, root)
        tryVerify(() => Find.byName(screen, "考位 1") !== null, 3000, "the tile is laid out")
        const tile = Find.byName(screen, "考位 1")
        mouseClick(tile)
        // The incidents popup opens for that seat and its candidate.
        tryCompare(screen, "seatNo", 1)
        verify(screen.ticketNo.length > 0, "the seat's candidate is known")
    }
}
}
