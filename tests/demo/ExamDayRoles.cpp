#include "ExamDayRoles.h"

#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

namespace examroom::demo {

namespace fs = std::filesystem;

DayRoles dayRoles(int candidates, int spare)
{
    DayRoles r;
    r.candidates = candidates;
    r.spare = spare;
    // Sample blueprint: 15 判断 × 2, 10 单选 × 4, 5 多选 × 6 = 100, pass at 80. Answering the
    // first N questions correctly gives: all 100, 28 → 88, 25 → 70, 20 → 50, 15 → 30.
    r.points = {{r.killed, 100}, {r.extended, 100},  {r.warned, 30},
                {r.late, 100},   {r.timeUpPass, 88}, {r.timeUpFail, 50}};
    for (int seat = 8; seat <= candidates; ++seat)
        r.points[seat] = seat % 2 == 0 ? 100 : 70;
    for (const auto& [seat, points] : r.points)
        if (points >= 80)
            r.passes.insert(seat);
    return r;
}

void prepareCentreFiles(const fs::path& source, const fs::path& target, int candidates,
                        int examMinutes, int lateMinutes)
{
    fs::create_directories(target.parent_path());
    fs::copy(source, target, fs::copy_options::recursive);
    auto plan = nlohmann::json::parse(readText(target / "plan.json"));
    plan["blueprint"]["duration_minutes"] = examMinutes;
    plan["blueprint"]["late_entry_minutes"] = lateMinutes;
    writeText(target / "plan.json", plan.dump(2, ' ', false) + "\n");

    std::istringstream in(readText(target / "roster.csv"));
    std::string roster, line;
    for (int row = 0; row <= candidates && std::getline(in, line); ++row)
        roster += line + "\n";
    writeText(target / "roster.csv", roster);
}

namespace {

std::string login(const People& people, int seat)
{
    const auto& [ticket, id] = people.at(std::size_t(seat - 1));
    return "login " + ticket + " " + id + "\nconfirm-identity\nwait-exam 120\n";
}

const char* kPairOnly = "pair 120\nwait-unlock 180\n";
const char* kFinish = "submit\nresult\nwait-synced 60\n";

} // namespace

std::string firstScript(const DayRoles& r, int seat, const People& people)
{
    // The absent candidate's seat, the late one's (its kiosk is started again when the
    // candidate arrives) and the spare end once unlocked.
    if (seat == r.spare || seat == r.absent || seat == r.late)
        return kPairOnly;
    std::string s = std::string(kPairOnly) + login(people, seat);
    if (seat == r.killed)
        return s + "answer 1 A\nanswer 2 B\nflag 3\nwait-state Submitted 600\n";
    if (seat == r.extended)
        return s + "answer-correct all\npace 20000\nremaining\n" + kFinish;
    if (seat == r.warned)
        return s + "answer-correct 15\npace 20000\n" + kFinish;
    if (seat == r.timeUpPass)
        return s + "answer-correct 28\nwait-state Submitted 900\nresult\nwait-synced 60\n";
    if (seat == r.timeUpFail)
        return s + "answer-correct 20\nwait-state Submitted 900\nresult\nwait-synced 60\n";
    return s + (r.points.at(seat) == 100 ? "answer-correct all\n" : "answer-correct 25\n") +
           kFinish;
}

std::string resumeScript(const DayRoles& r, const People& people)
{
    // `answers` prints what the kiosk restored from the console's mirror.
    return "wait-unlock 90\n" + login(people, r.killed) + "answers\nanswer-correct all\n" + kFinish;
}

std::string lateScript(const DayRoles& r, const People& people)
{
    return "wait-unlock 90\n" + login(people, r.late) + "answer-correct all\n" + kFinish;
}

KioskFleet::KioskFleet(fs::path binary, fs::path dir, std::string room, std::string pairing,
                       std::string consoleKey)
    : m_binary(std::move(binary)), m_dir(std::move(dir)), m_room(std::move(room)),
      m_pairing(std::move(pairing)), m_key(std::move(consoleKey))
{
    fs::create_directories(m_dir);
}

void KioskFleet::start(int seat, const std::string& script)
{
    const int run = ++m_runs[seat];
    const std::string name = "seat" + std::to_string(seat) + "-" + std::to_string(run);
    const auto scriptPath = m_dir / (name + ".script");
    writeText(scriptPath, script);
    m_children[seat] = std::make_unique<Child>(
        std::vector<std::string>{m_binary.string(), "--headless", "--data-dir",
                                 (m_dir / ("seat" + std::to_string(seat))).string(), "--console",
                                 m_room, "--pairing", m_pairing, "--console-key", m_key,
                                 "--candidate-script", scriptPath.string()},
        m_dir / (name + ".log"));
}

void KioskFleet::kill(int seat)
{
    m_children.at(seat)->kill();
}

bool KioskFleet::exited(int seat)
{
    return m_children.at(seat)->exited();
}

int KioskFleet::exitCode(int seat)
{
    auto& child = *m_children.at(seat);
    return child.exited() ? child.exitCode() : -2;
}

std::string KioskFleet::output(int seat) const
{
    return m_children.at(seat)->output();
}

std::string KioskFleet::fingerprint(int seat) const
{
    return lineAfter(output(seat), " fingerprint ");
}

} // namespace examroom::demo
