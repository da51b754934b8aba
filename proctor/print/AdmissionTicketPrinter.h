#pragma once

#include "domain/Candidate.h"
#include "domain/ExamPlan.h"
#include "print/PrintResult.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <vector>

namespace examroom::print {

// One candidate's admission ticket: the roster row, the photo, and the seat if assigned.
struct AdmissionTicket
{
    Candidate candidate;
    // The photo's encoded bytes (PNG or JPEG, e.g. a view into guarded memory); empty or not
    // an image: the box says so. Never a file: photos are not written to disk.
    QByteArray photo;
    std::string roomId;
    int seatNo = 0; // 0: not yet assigned
};

// 准考证 (the seed's table 4), two to an A4 page with a cut line: every field of table 4, the
// photo, the 考生注意事项, and a QR code of the ticket number for check-in.
class AdmissionTicketPrinter
{
public:
    // 考生注意事项 as the seed words them; item 4 names the centre's site and phone when given.
    static QStringList notices(const QString& website = QStringLiteral("www.xx.xx.xx"),
                               const QString& phone = QStringLiteral("xx-xxxx"));

    // Writes one PDF with a ticket per candidate to `out` (prepareOutput). Needs a
    // QGuiApplication (fonts). On failure (not writable, no tickets) returns the error; what
    // was written to `out` is then no PDF.
    PrintResult print(QIODevice& out, const ExamPlan& plan,
                      const std::vector<AdmissionTicket>& tickets) const;
};

} // namespace examroom::print
