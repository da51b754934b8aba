#include "room/EquipmentReport.h"

namespace examroom::room {

site::KioskReport equipmentReport(const SeatStatus& seat)
{
    const KioskStatus& s = seat.status;
    site::KioskReport report;
    report.screenWidth = s.screenWidth;
    report.screenHeight = s.screenHeight;
    report.freeDiskMiB = s.freeDiskBytes / (1024 * 1024);
    report.clockSkewSeconds = int(seat.clockSkewMs / 1000);
    report.version = s.appVersion;
    report.ttsAvailable = s.ttsAvailable;
    return report;
}

bool equipmentKnown(const SeatStatus& seat)
{
    return !seat.status.ttsChecking;
}

} // namespace examroom::room
