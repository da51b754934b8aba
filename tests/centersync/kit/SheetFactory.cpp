#include "SheetFactory.h"

#include "crypto/Fingerprint.h"
#include "crypto/Hex.h"
#include "practical/MarkDocument.h"
#include "practical/PracticalSheet.h"

namespace examroom::test {

SheetFactory::SheetFactory(std::string siteId, crypto::SigningKeyPair kioskKey)
    : m_siteId(std::move(siteId)), m_kioskKey(std::move(kioskKey))
{
}

ScoreSheet SheetFactory::sheet(int index) const
{
    ScoreSheet sheet;
    const int candidate = (index / 2) % 40;
    sheet.attempt = 1 + index % 2;
    sheet.planId = "2026-GD-SZ-LV-INIT-07";
    sheet.ticketNo = std::to_string(2026120807001LL + index / 2);
    sheet.sheetId = sheet.planId + "/" + sheet.ticketNo + "/" + std::to_string(sheet.attempt);
    sheet.planName = "2026年深圳市安全生产考试中心电工作业低压电工作业初领第7期";
    sheet.examCentre = "深圳市安全生产考试中心";
    sheet.qualificationType = "特种作业操作证";
    sheet.operationCategory = "电工作业";
    sheet.operationItem = "低压电工作业";
    sheet.subject = "安全生产知识";
    sheet.siteId = m_siteId;
    sheet.siteName = "测试考点";
    sheet.roomId = "R1";
    sheet.seatNo = 1 + candidate;
    sheet.name = "考生" + std::to_string(candidate + 1);
    sheet.idNo = "44190020050527309" + std::to_string(candidate % 10);
    sheet.examDate = "2027-03-08";
    sheet.startedAt = "2027-03-08T09:00:00+08:00";
    sheet.submittedAt = "2027-03-08T10:" + std::to_string(10 + candidate % 40) + ":00+08:00";
    const int wrongEvery = 3 + index % 20; // scores between about 67 and 95
    sheet.scoreHalfPoints = 0;
    for (int q = 0; q < 100; ++q) {
        const bool correct = q % wrongEvery != 0;
        sheet.answers.push_back(
            {"Q" + std::to_string(q + 1), correct ? "A" : "B", correct ? 2 : 0, correct});
        sheet.scoreHalfPoints += correct ? 2 : 0;
    }
    sheet.passed = sheet.scoreHalfPoints >= sheet.passPoints * 2;
    sheet.journalHeadHash = std::string(64, 'a');
    sheet.kioskFingerprint = crypto::fingerprint(m_kioskKey.publicKey());
    return sheet;
}

SignedDocument SheetFactory::signedSheet(int index) const
{
    const auto of = sheet(index);
    return signDocument(std::string(ScoreSheet::kind), of.sheetId, of.toBody(m_form), m_kioskKey);
}

std::vector<SignedDocument> SheetFactory::signedSheets(int count) const
{
    std::vector<SignedDocument> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.push_back(signedSheet(i));
    return out;
}

SignedDocument SheetFactory::practicalSheet(int index, int points, const std::string& grader,
                                            const crypto::SigningKeyPair& graderKey,
                                            const crypto::SigningKeyPair& proctorKey) const
{
    const auto knowledge = sheet(index);
    practical::SignedMark mark;
    mark.sessionId = knowledge.planId + "/practical";
    mark.ticketNo = knowledge.ticketNo;
    mark.subjectCode = "K1";
    mark.taskCode = "K1-1";
    mark.grader = grader;
    mark.entry.rows.push_back({100 - points, "测试扣分"});
    mark.score = points;
    mark.markedAt = "2027-03-01T14:00:00+08:00";

    practical::PracticalSheet out;
    out.planId = knowledge.planId;
    out.siteId = m_siteId;
    out.sessionId = mark.sessionId;
    out.operationItem = knowledge.operationItem;
    out.ticketNo = knowledge.ticketNo;
    out.name = knowledge.name;
    out.idType = knowledge.idType;
    out.idNo = knowledge.idNo;
    out.attempt = knowledge.attempt;
    out.sheetId = practical::practicalSheetId(out.planId, out.ticketNo, out.attempt);
    practical::SheetSubject subject;
    subject.code = "K1";
    subject.name = "安全用具使用";
    subject.weight = 100;
    subject.taskCode = mark.taskCode;
    subject.taskName = "测试任务";
    subject.drawMethod = "lot";
    subject.scoredBy = "graders";
    subject.halfPoints = points * 2;
    subject.marks.push_back(mark.sign(graderKey).toJson());
    out.subjects.push_back(std::move(subject));
    out.graders[grader] = crypto::toHex(graderKey.publicKey());
    out.total200ths = 100 * points * 2;
    out.passed = points >= out.passPoints;
    out.closedBy = "监考员";
    out.closedAt = "2027-03-01T16:00:00+08:00";
    return out.countersign(proctorKey);
}

} // namespace examroom::test
