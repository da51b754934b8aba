#pragma once

#include <functional>
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
//   shown                          prints the question on screen and the monotonic clock (us)
//   images                         decodes the photo and the paper's question images (memory)
//   sheet-out FILE                 writes the signed score sheet (SignedDocument JSON)
//   release                        the proctor releases the seat
// With the room link (--console, kiosk/README.md), waits are bounded (default 60 s):
//   pair                           starts pairing, prints code and fingerprint, waits for it
//   wait-unlock [S]                until the console provisioned and unlocked the session
//   wait-exam [S]                  until the console's seed opened the exam
//   wait-state NAME [S]            until the flow is in NAME (e.g. Submitted, Paused)
//   wait-synced [S]                until every answer and sheet is acknowledged by the console
//   pace MS                        lets the event loop run MS ms (paces a script)
//   remaining                      prints the remaining exam time (ms) and answered count
class RoomLink;

class HeadlessRunner
{
public:
    HeadlessRunner(KioskManager& manager, KioskController& kiosk, QTextStream& out);

    // Runs every line; stops at the first failing command. Returns 0 on success, 1 when a
    // command failed (the line and the reason are printed), 2 for a malformed script.
    int run(const QString& script);
    // The room link the wait-* commands watch (none: they fail).
    void setRoomLink(RoomLink* link) { m_link = link; }

private:
    // Empty on success, else why the command failed.
    QString runLine(const QStringList& words);
    QString runLinkLine(const QStringList& words);
    // Runs the event loop until `done` or `seconds` pass; false on timeout.
    bool waitFor(const std::function<bool()>& done, int seconds);

    KioskManager& m_manager;
    KioskController& m_kiosk;
    QTextStream& m_out;
    RoomLink* m_link = nullptr;
};

} // namespace examroom
