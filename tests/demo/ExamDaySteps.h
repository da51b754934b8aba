#pragma once

#include "CentreSide.h"
#include "ExamDayRoles.h"
#include "Invariants.h"

#include <chrono>
#include <filesystem>
#include <map>
#include <ostream>
#include <string>
#include <vector>

class QString;

namespace examroom {
class ConsoleController;
class ConsoleManager;
namespace site {
class AgentLink;
class RoomLinkStore;
} // namespace site
} // namespace examroom

namespace examroom::demo {

struct KnowledgeOutcome
{
    int sheets = 0;
    int passed = 0;
    int failed = 0;
    int timeUp = 0;
};

struct PracticalOutcome
{
    int eligible = 0;
    int passed = 0;
    int failed = 0;
    int sheets = 0; // practical score sheets the close queued
};

struct UploadOutcome
{
    std::map<std::string, int> handed;   // kind -> documents handed to the agent
    std::map<std::string, int> atHub;    // kind -> documents the hub stored
    int receipts = 0;                    // items the agent holds a checked receipt for
    int queued = 0;                      // items still queued at the agent
    std::vector<std::string> rejections; // the agent's rejected items, with the hub's reason
    int resultRows = 0;                  // rows of `hub results`
};

// Checks every signed knowledge sheet the console holds against what the day's script says:
// signature, score and pass, the time-up submits, the moved candidate's answers restored on
// the spare, the extension seen by its kiosk, and the console's mirror ending where each
// sheet's journal ends (no acknowledged answer lost).
KnowledgeOutcome checkKnowledge(Invariants& inv, site::RoomLinkStore& links,
                                const std::string& sessionId, const DayRoles& roles,
                                const std::map<int, std::string>& ticketAt, KioskFleet& fleet,
                                int examMinutes);

// 实际操作考试 through the console's own screens' controllers: the practical session, two
// grader accounts, the system draw, the forms printed (their names added to `printed`); each grader
// logs in and marks every subject waiting for them (the last eligible candidate loses all of K2);
// the proctor logs in again and closes: practical sheets countersigned into the outbox.
PracticalOutcome runPractical(Invariants& inv, ConsoleController& console, ConsoleManager& m,
                              const QString& adminPassword, std::vector<std::string>& printed);

// The console vouches for its kiosks and staff and hands its outbox to the agent over the
// console link (each document marked taken once the agent holds it), the agent syncs at once
// (sync-now) and stops; then what the agent and the hub say.
UploadOutcome uploadOutbox(Invariants& inv, ConsoleManager& console, site::RoomLinkStore& links,
                           CentreSide& centre, site::AgentLink& link, std::chrono::sys_seconds now,
                           const std::string& planId);

void printSummary(std::ostream& out, int candidates, const KnowledgeOutcome& knowledge,
                  const PracticalOutcome& practical, const UploadOutcome& upload);

} // namespace examroom::demo
