#pragma once

#include "domain/ExamPlan.h"
#include "print/PrintResult.h"

#include <optional>
#include <QIODevice>
#include <QString>
#include <string>
#include <vector>

namespace examroom::print {

// One candidate on the score list.
struct ScoreListRow
{
    int seatNo = 0;
    std::string ticketNo;
    std::string name;
    std::string idNo;            // printed masked (maskIdNumber)
    std::optional<double> score; // none: no sheet (absent, removed…)
    bool passed = false;
    std::string remark; // 缺考, 取消资格, 强制交卷…
};

// 考场成绩单: a table of every candidate of the room (seat, ticket, name, ID number masked in
// the middle, score, pass or fail, remark), the room's counts and signature lines. A4
// portrait; more than rowsPerPage rows go on further pages with the header repeated.
class ScoreListPrinter
{
public:
    int rowsPerPage = 40; // a room of 40 on one page

    // Writes the list to `out` (prepareOutput). Needs a QGuiApplication. On failure returns
    // the error; what was written to `out` is then no PDF.
    PrintResult print(QIODevice& out, const ExamPlan& plan, const std::string& roomId,
                      std::vector<ScoreListRow> rows) const;
};

// "441900********3097": the first 6 and last 4 characters kept, the middle starred (shorter
// numbers keep a third at each end), so a list on the wall does not carry whole ID numbers.
QString maskIdNumber(const std::string& idNo);

} // namespace examroom::print
