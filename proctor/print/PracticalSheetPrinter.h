#pragma once

#include "domain/PracticalRubric.h"
#include "print/PrintResult.h"

#include <QIODevice>
#include <QString>
#include <string>
#include <vector>

namespace examroom::print {

// One subject as drawn for a candidate: the subject, the task and how it was drawn.
struct DrawnSubject
{
    PracticalSubject subject; // its code, name, weight and graders_required
    PracticalTask task;       // the drawn task with its rows and veto items
    bool byLot = false;       // the candidate drew a lot (else the system drew)
};

// One candidate's blank practical score sheet.
struct PracticalSheetForm
{
    std::string planName;
    std::string siteName;
    std::string operationItem;
    std::string examDate; // YYYY-MM-DD
    std::string ticketNo;
    std::string name;
    std::string idNo;
    int attempt = 1; // 2 = 补考
    int passPoints = 80;
    std::vector<DrawnSubject> subjects;
};

// 实际操作考试评分表 for graders who mark on paper first: per candidate, A4 portrait, each drawn
// task with its rows (content, points, rule), an empty deduction and note column, the veto
// items as boxes to tick with a line for the reason, a signature line per grader the subject
// needs, and the proctor's countersignature at the end. A candidate whose tasks do not fit
// one page continues on the next.
class PracticalSheetPrinter
{
public:
    // Writes one or more candidates' sheets to `out` (prepareOutput). Needs a
    // QGuiApplication. On failure returns the error; what was written to `out` is then no PDF.
    PrintResult print(QIODevice& out, const std::vector<PracticalSheetForm>& forms) const;
};

} // namespace examroom::print
