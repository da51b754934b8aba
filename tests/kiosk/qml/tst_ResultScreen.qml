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
    name: "ResultScreen"
    width: 1280
    height: 800
    when: windowShown

    Component { id: screenComponent; ResultScreen { width: 1280; height: 800 } }

    function test_scoreSheetAndReceipt() {
        verify(KioskTest.loginAndConfirm(2))
        verify(KioskTest.openExam())
        verify(KioskTest.submit())
        compare(Kiosk.screen, "result")
        const screen = createTemporaryObject(screenComponent, root)
        verify(Find.byName(screen, "成绩 0") !== null)
        verify(Find.byName(screen, "不合格") !== null)
        verify(Find.byName(screen, "回执码 " + Kiosk.exam.receiptCode) !== null)
        tryCompare(Find.byName(screen, "回执二维码"), "status", Image.Ready)
        for (const label of ["姓名", "考试日期", "照片", "性别", "补考日期", "身份证件类型",
                             "身份证件号", "准考证号", "考试科目", "考试机构", "考试计划", "考试类型",
                             "资格类型", "作业类别", "操作项目", "考试点", "成绩", "考生签字", "日期"])
            verify(Find.byName(findChild(screen, "confirmationSheet").parent, label) !== null, label)
        mouseClick(Find.byName(screen, "确认成绩"))
        verify(Find.byName(screen, Kiosk.candidateName + " ✓") !== null)
    }
}
}
