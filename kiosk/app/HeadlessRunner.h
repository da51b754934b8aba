#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace examroom {

class KioskController;
class KioskManager;

// Drives the same controllers as the screens, from a candidate script, without a window:
// for the end-to-end tests, the demo and the benchmarks. One command per line ('#' starts a
// comment):
//   login TICKET IDNO | login-refused TICKET IDNO | confirm-identity | reject-identity
//   open-exam SEEDHEX|random       the proctor opens the exam (stands in for the room link)
//   answer N LETTERS               question N (1-based), displayed letters (判断: A 对, B 错)
//   answer-correct N|all           answers the first N questions with the key (tests, demo)
//   flag N | goto N | raise-hand | font N | contrast on|off | language zh|en
//   submit | submit-refused        交卷 (confirmed) / expect it to be refused
//   result                         prints the score, pass/fail, receipt code
//   sheet-out FILE                 writes the signed score sheet (SignedDocument JSON)
//   release                        the proctor releases the seat
class HeadlessRunner
{
public:
    HeadlessRunner(KioskManager& manager, KioskController& kiosk, QTextStream& out);

    // Runs every line; stops at the first failing command. Returns 0 on success, 1 when a
    // command failed (the line and the reason are printed), 2 for a malformed script.
    int run(const QString& script);

private:
    // Empty on success, else why the command failed.
    QString runLine(const QStringList& words);

    KioskManager& m_manager;
    KioskController& m_kiosk;
    QTextStream& m_out;
};

} // namespace examroom
