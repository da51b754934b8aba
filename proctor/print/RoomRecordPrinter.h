#pragma once

#include "print/PrintResult.h"

#include <QIODevice>
#include <QString>
#include <string>
#include <vector>

namespace examroom::print {

// One seat line of the record.
struct RoomRecordSeat
{
    int seatNo = 0;
    std::string ticketNo;
    std::string name;
    std::string status; // 已交卷, 缺考, 取消资格…
    int extensionMinutes = 0;
    int warnings = 0;
    std::string note; // e.g. the late-entry override
};

// One incident line (延时, 暂停, 换机续考, 强制交卷, 警告, 取消资格).
struct RoomRecordIncident
{
    std::string at; // "HH:mm"
    std::string ticketNo;
    std::string what; // the incident in words, e.g. "换机 3 → 9", "延时 10 分钟"
    std::string reason;
    std::string by; // who, and the cosigner for a removal
};

// What the room record shows, in words for the paper (the signed record is the JSON one).
struct RoomRecord
{
    std::string planName;
    std::string siteName;
    std::string roomId;
    std::string subject;
    std::string window;    // the plan's exam window
    std::string startedAt; // when the authorization password opened it
    std::string closedAt;
    std::vector<std::string> staff;
    std::string closedBy;
    std::vector<RoomRecordSeat> seats;
    std::vector<std::string> absentees; // "ticket name"
    std::vector<std::string> removed;
    std::vector<RoomRecordIncident> incidents;
    std::vector<RoomRecordIncident> extensions;
    int authorizationFailures = 0;
    std::string notes;
    std::string recordHash; // content hash of the countersigned record
};

// 考场记录: staff, times, seats with their candidate and status, absentees, removals, every
// incident and extension, notes, and the hash of the signed record the paper stands for.
// A4 portrait; the seat table and the incident list flow onto further pages.
class RoomRecordPrinter
{
public:
    // Writes the record to `out` (prepareOutput). Needs a QGuiApplication. On failure returns
    // the error; what was written to `out` is then no PDF.
    PrintResult print(QIODevice& out, const RoomRecord& record) const;
};

} // namespace examroom::print
