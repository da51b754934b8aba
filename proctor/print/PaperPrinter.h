#pragma once

#include "domain/Paper.h"
#include "domain/QuestionBank.h"
#include "package/SecretFiles.h"
#include "print/PrintResult.h"
#include "util/IsoTime.h"

#include <cstddef>
#include <filesystem>
#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <set>
#include <string>
#include <vector>

namespace examroom::print {

// Who and where the paper is for (printed on every page).
struct PaperHeader
{
    std::string planName;
    std::string siteName;
    std::string subject;
    std::string sessionId;
    std::string roomId;
    int seatNo = 0;
    std::string ticketNo;
    std::string name;
    std::string idNo;
    OffsetTime windowStart;
    OffsetTime windowEnd;
    int durationMinutes = 0;
    int totalPoints = 100;
    int passPoints = 80;
    int attempt = 1; // 2 = 补考
};

// One question as printed: the stem, the options in the candidate's drawn order, no key.
struct PrintedItem
{
    QuestionType type = QuestionType::TrueFalse;
    QString stem;
    QStringList options; // displayed order; 判断: 对, 错
    int points = 0;
    bool kept = false; // answered on the kiosk before the switch: the answer stands
    QByteArray image;  // the image's encoded bytes (a view into guarded memory); empty: none
};

// The paper's items with the bank's texts in displayed order. `kept` are the item indices the
// kiosk answered; `images` holds the bank's images by Question::image (the opened bank's
// images in guarded memory); the items view into it, so it must outlive them.
std::vector<PrintedItem> printedItems(const Paper& paper, const QuestionBank& bank,
                                      const std::set<std::size_t>& kept,
                                      const package::SecretFiles& images);

// 纸质试卷 and its 答题卡 as one PDF, A4 portrait: first the paper (header with the candidate,
// ticket, seat and session, the notices, every question with its options; items already
// answered on the kiosk are marked so), then the answer sheet (a box per option letter per
// question, kept items struck through, signature lines for the candidate, the proctor and the
// two staff who enter the answers). Every page carries ticket, seat, session and "page i of n"
// of its part. No answer key is printed.
class PaperPrinter
{
public:
    // Writes the PDF to `out` (opened for writing here when it is not open yet). Needs a
    // QGuiApplication. The paper holds question texts in clear, so there is no file variant:
    // the console builds it in a QBuffer and pipes it to the print command. On failure returns
    // the error; what was written to `out` is then no PDF.
    PrintResult print(QIODevice& out, const PaperHeader& header,
                      const std::vector<PrintedItem>& items) const;
};

} // namespace examroom::print
