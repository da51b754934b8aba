#pragma once

#include "domain/Candidate.h"
#include "domain/ExamPlan.h"
#include "domain/QuestionBank.h"

#include <string>
#include <vector>

namespace examroom {

// What a kiosk knows of the session it serves: the plan, the roster entries of the session,
// the (unlocked) bank, and where the kiosk stands. Comes from provisioning (or, without a
// console, from the centre's files).
struct ExamContext
{
    ExamPlan plan;
    std::vector<Candidate> roster;
    QuestionBank bank;
    std::string roomId;
    int seatNo = 0;

    // 考试科目 on the sheet: special operations sit 安全技术理论, others 安全生产知识.
    std::string subject() const { return plan.operationItem ? "安全技术理论" : "安全生产知识"; }
    const Candidate* findCandidate(const std::string& ticketNo) const
    {
        for (const auto& candidate : roster)
            if (candidate.ticketNo == ticketNo)
                return &candidate;
        return nullptr;
    }
};

} // namespace examroom
