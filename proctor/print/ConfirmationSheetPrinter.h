#pragma once

#include "documents/ScoreSheet.h"
#include "print/PrintResult.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <vector>

namespace examroom::print {

// One candidate's confirmation sheet: the signed score sheet, the receipt code of its signed
// document (receiptCode()), and the photo.
struct ConfirmationEntry
{
    ScoreSheet sheet;
    std::string receiptCode;
    // The photo's encoded bytes (PNG or JPEG, e.g. a view into guarded memory); empty or not
    // an image: the box says so. Never a file: photos are not written to disk.
    QByteArray photo;
};

// 安全生产知识考试成绩确认单 (the seed's table 6), one A4 page per candidate: every field of
// table 6, the photo, the score with pass or fail, a line for the candidate's signature and
// date, and the receipt code that ties the paper to the signed sheet.
class ConfirmationSheetPrinter
{
public:
    // Writes one PDF with a page per entry to `out` (prepareOutput). Needs a QGuiApplication.
    // On failure returns the error; what was written to `out` is then no PDF.
    PrintResult print(QIODevice& out, const std::vector<ConfirmationEntry>& entries) const;
};

} // namespace examroom::print
