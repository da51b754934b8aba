#pragma once

#include "domain/ExamPlan.h"
#include "print/PrintResult.h"

#include <QIODevice>
#include <QString>
#include <string>
#include <vector>

namespace examroom::print {

// One seat on the chart.
struct SeatChartEntry
{
    int seatNo = 0;
    std::string ticketNo; // empty for a free seat
    std::string name;
    bool spare = false;  // 备用
    bool locked = false; // 停用
};

// 考场座位表 to pin on the door: A4 landscape, seats in a grid of `columns` (front = the top,
// where the proctor's desk is), each with its seat number, the candidate's name and ticket
// number, spare and locked seats marked. More seats than fit go on further pages.
class SeatChartPrinter
{
public:
    int columns = 8;
    int rowsPerPage = 6;

    // Writes the chart of `roomId` to `out` (prepareOutput). Needs a QGuiApplication. On
    // failure returns the error; what was written to `out` is then no PDF.
    PrintResult print(QIODevice& out, const ExamPlan& plan, const std::string& roomId,
                      std::vector<SeatChartEntry> seats) const;
};

} // namespace examroom::print
