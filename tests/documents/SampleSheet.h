#pragma once
// The sheet the documents tests sign, read and forge: every field of table 6 filled, three
// answers (right, wrong, unanswered).
#include "documents/ScoreSheet.h"

namespace examroom::test {

inline ScoreSheet sampleSheet()
{
    ScoreSheet sheet;
    sheet.sheetId = "2026-GD-SZ-LV-INIT-07/2026120807001/1";
    sheet.planId = "2026-GD-SZ-LV-INIT-07";
    sheet.planName = "低压电工作业初领第7期";
    sheet.examCentre = "深圳市安全生产考试中心";
    sheet.qualificationType = "特种作业操作证";
    sheet.operationCategory = "电工作业";
    sheet.operationItem = "低压电工作业";
    sheet.subject = "安全技术理论";
    sheet.siteId = "GD-SZ-003";
    sheet.siteName = "南山考试点";
    sheet.roomId = "R1";
    sheet.seatNo = 7;
    sheet.ticketNo = "2026120807001";
    sheet.name = "孟勇";
    sheet.idNo = "441900200505273097";
    sheet.examDate = "2027-03-08";
    sheet.startedAt = "2027-03-08T08:01:00+08:00";
    sheet.submittedAt = "2027-03-08T09:12:30+08:00";
    sheet.answers = {
        {"LV0001", "A", 4, true}, {"LV0035", "ABD", 0, false}, {"LV0002", "", 0, false}};
    sheet.scoreHalfPoints = 4;
    sheet.passed = false;
    sheet.journalHeadHash = std::string(64, 'a');
    sheet.kioskFingerprint = "K7Q2-M9XD-0000-0000-0000";
    return sheet;
}

} // namespace examroom::test
