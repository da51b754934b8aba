#pragma once

#include "DemoProcess.h"

#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace examroom::demo {

// Ticket and ID number of each candidate, in ticket order (seat N holds entry N-1).
using People = std::vector<std::pair<std::string, std::string>>;

// What happens to whom: seats 1..candidates hold the candidates in ticket order, the last
// seat is the spare. The first seven seats each play one part of the day; the rest alternate
// a full pass and a fail.
struct DayRoles
{
    int candidates = 0;
    int spare = 0;
    int killed = 1;       // kiosk SIGKILLed mid-exam, candidate resumes at the spare seat
    int extended = 2;     // 1 minute extension
    int warned = 3;       // misconduct warning (and fails)
    int late = 4;         // arrives after the cut-off, let in with an override
    int absent = 5;       // never comes
    int timeUpPass = 6;   // answers enough to pass, never presses 交卷: time-up submits
    int timeUpFail = 7;   // answers too little, time-up submits
    std::set<int> passes; // seats whose candidate is expected to pass the knowledge exam
    // The knowledge score in points each present candidate should get.
    std::map<int, int> points;
};

DayRoles dayRoles(int candidates, int spare);

// Copies the centre's sample files from `source` to `target` and gives the demo its short
// day: the first `candidates` rows of the roster, an exam of `examMinutes`, late entry until
// `lateMinutes` after the start. Everything else is the sample as it is.
void prepareCentreFiles(const std::filesystem::path& source, const std::filesystem::path& target,
                        int candidates, int examMinutes, int lateMinutes);

// The headless kiosk's candidate script (kiosk/app/HeadlessRunner.h) for a seat at the start
// of the day; the killed candidate's script on the spare seat; the late candidate's once let in.
std::string firstScript(const DayRoles& roles, int seat, const People& people);
std::string resumeScript(const DayRoles& roles, const People& people);
std::string lateScript(const DayRoles& roles, const People& people);

// The kiosk processes of the room, one data folder per seat; a seat's kiosk may be started
// again (same folder: same device, same keys) with another script.
class KioskFleet
{
public:
    KioskFleet(std::filesystem::path binary, std::filesystem::path dir, std::string room,
               std::string pairing, std::string consoleKey);

    void start(int seat, const std::string& script);
    void kill(int seat);
    bool exited(int seat);
    int exitCode(int seat);
    // The output of the seat's latest process.
    std::string output(int seat) const;
    // The fingerprint the seat's kiosk printed when it asked to pair ("" until then).
    std::string fingerprint(int seat) const;

private:
    std::filesystem::path m_binary, m_dir;
    std::string m_room, m_pairing, m_key;
    std::map<int, std::unique_ptr<Child>> m_children;
    std::map<int, int> m_runs;
};

} // namespace examroom::demo
