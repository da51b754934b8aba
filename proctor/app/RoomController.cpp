#include "RoomController.h"

#include "ConsoleManager.h"
#include "crypto/Hex.h"
#include "print/SeatChartPrinter.h"

#include <map>
#include <set>

namespace examroom {
namespace {

std::set<int> spareSet(const std::string& text)
{
    std::set<int> out;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find(',', start);
        if (end == std::string::npos)
            end = text.size();
        if (end > start)
            out.insert(std::stoi(text.substr(start, end - start)));
        start = end + 1;
    }
    return out;
}

} // namespace

RoomController::RoomController(ConsoleManager& console, QObject* parent)
    : PrintingStep(console, parent)
{
    connect(&console, &ConsoleManager::roomChanged, this, &RoomController::roomChanged);
    connect(&console, &ConsoleManager::sessionChanged, this, &RoomController::roomChanged);
}

QString RoomController::roomId() const
{
    return qs(m_console.roomId());
}

QVariantList RoomController::seats() const
{
    if (!m_console.isOpen() || m_console.roomId().empty())
        return {};
    try {
        auto session = m_console.session();
        std::map<int, site::SessionCandidate> bySeat;
        std::set<int> spares;
        if (session) {
            spares = spareSet(session->spareSeats);
            for (auto& c : m_console.sessions().candidates(session->sessionId))
                if (c.seatNo)
                    bySeat.emplace(*c.seatNo, c);
        }
        QVariantList out;
        for (const auto& seat : m_console.room().seats(m_console.roomId())) {
            QString check;
            if (seat.checkPassed)
                check = *seat.checkPassed ? QStringLiteral("pass") : QStringLiteral("fail");
            QStringList reasons;
            for (const auto& r : seat.checkReasons)
                reasons.append(qs(r));
            auto c = bySeat.find(seat.seatNo);
            out.append(QVariantMap{
                {QStringLiteral("seatNo"), seat.seatNo},
                {QStringLiteral("kiosk"), qs(seat.kioskFingerprint)},
                {QStringLiteral("check"), check},
                {QStringLiteral("reasons"), reasons.join(QStringLiteral("；"))},
                {QStringLiteral("locked"), seat.locked},
                {QStringLiteral("spare"), spares.count(seat.seatNo) > 0},
                {QStringLiteral("ticketNo"),
                 c != bySeat.end() ? qs(c->second.ticketNo) : QString()},
                {QStringLiteral("name"), c != bySeat.end() ? qs(c->second.name) : QString()}});
        }
        return out;
    } catch (const std::exception& e) {
        readFailed("seats", e);
        return {};
    }
}

int RoomController::seatCount() const
{
    try {
        return m_console.isOpen() ? int(m_console.room().seats(m_console.roomId()).size()) : 0;
    } catch (const std::exception& e) {
        readFailed("seatCount", e);
        return 0;
    }
}

int RoomController::pairedCount() const
{
    int n = 0;
    try {
        if (m_console.isOpen())
            for (const auto& s : m_console.room().seats(m_console.roomId()))
                n += s.kioskFingerprint.empty() ? 0 : 1;
    } catch (const std::exception& e) {
        readFailed("pairedCount", e);
    }
    return n;
}

int RoomController::usableCount() const
{
    try {
        return m_console.isOpen() ? int(m_console.room().usableSeats(m_console.roomId()).size())
                                  : 0;
    } catch (const std::exception& e) {
        readFailed("usableCount", e);
        return 0;
    }
}

int RoomController::plannedSeats() const
{
    auto* plan = m_console.plan();
    if (!plan)
        return 0;
    for (const auto& room : plan->files.plan.site.rooms)
        if (room.roomId == m_console.roomId())
            return room.seats;
    return 0;
}

bool RoomController::assigned() const
{
    try {
        auto session = m_console.session();
        return session && !session->assignmentMode.empty();
    } catch (const std::exception& e) {
        readFailed("assigned", e);
        return false;
    }
}

QString RoomController::assignmentText() const
{
    try {
        auto session = m_console.session();
        if (!session || session->assignmentMode.empty())
            return tr("尚未编排考位");
        if (session->assignmentMode == "random")
            return tr("随机编排，种子 %1（可复现）；备用考位：%2")
                .arg(qs(crypto::toHex(session->assignmentSeed)).left(16) + QStringLiteral("…"),
                     session->spareSeats.empty() ? tr("无") : qs(session->spareSeats));
        return tr("按准考证号顺序编排；备用考位：%1")
            .arg(session->spareSeats.empty() ? tr("无") : qs(session->spareSeats));
    } catch (const std::exception& e) {
        readFailed("assignmentText", e);
        return {};
    }
}

bool RoomController::addPlannedSeats()
{
    auto* p = person();
    if (!p)
        return false;
    if (plannedSeats() <= 0) {
        say(tr("请先导入考试计划。"), true);
        return false;
    }
    return guarded([&] {
        const bool ok = report(m_console.room().addSeats(*p, m_console.roomId(), plannedSeats()),
                               tr("已建立 %1 个考位。").arg(plannedSeats()));
        m_console.notifyRoomChanged();
        return ok;
    });
}

bool RoomController::pairKiosk(int seatNo, const QString& fingerprint)
{
    auto* p = person();
    if (!p)
        return false;
    return guarded([&] {
        const bool ok = report(m_console.room().pairKiosk(*p, m_console.roomId(), seatNo,
                                                          fingerprint.trimmed().toStdString()),
                               tr("考位 %1 已配对终端。").arg(seatNo));
        m_console.notifyRoomChanged();
        return ok;
    });
}

bool RoomController::recordReport(int seatNo, const site::KioskReport& report)
{
    auto* p = person();
    if (!p)
        return false;
    return guarded([&] {
        auto result = m_console.room().recordCheck(*p, m_console.roomId(), seatNo, report, {});
        m_console.notifyRoomChanged();
        return this->report(result.outcome, tr("考位 %1 设备检查已记录。").arg(seatNo));
    });
}

bool RoomController::assign(bool random, int spare)
{
    auto* p = person();
    auto* plan = m_console.plan();
    if (!p)
        return false;
    if (!plan) {
        say(tr("请先导入考试计划。"), true);
        return false;
    }
    return guarded([&] {
        if (!m_console.session()) {
            auto opened = m_console.sessions().openSession(*p, plan->files.plan, m_console.roomId(),
                                                           plan->files.roster);
            if (!report(opened.outcome, {}))
                return false;
        }
        const bool ok = report(
            m_console.sessions().assignSeats(
                *p, m_console.sessionId(),
                random ? site::AssignmentMode::Random : site::AssignmentMode::TicketOrder, spare),
            tr("考位已编排。"));
        m_console.notifySessionChanged();
        return ok;
    });
}

std::optional<PrintingStep::Form> RoomController::chartForm()
{
    auto* plan = m_console.plan();
    if (!plan || !assigned()) {
        say(tr("请先编排考位。"), true);
        return std::nullopt;
    }
    std::vector<print::SeatChartEntry> entries;
    for (const QVariant& v : seats()) {
        const QVariantMap seat = v.toMap();
        entries.push_back({seat.value(QStringLiteral("seatNo")).toInt(),
                           seat.value(QStringLiteral("ticketNo")).toString().toStdString(),
                           seat.value(QStringLiteral("name")).toString().toStdString(),
                           seat.value(QStringLiteral("spare")).toBool(),
                           seat.value(QStringLiteral("locked")).toBool()});
    }
    const ExamPlan& examPlan = plan->files.plan;
    const std::string roomId = m_console.roomId();
    return Form{tr("座位表"), "seat-chart", qs("seat-chart-" + roomId + ".pdf"),
                [&examPlan, roomId, entries = std::move(entries)](QIODevice& out) {
                    return print::SeatChartPrinter{}.print(out, examPlan, roomId, entries);
                }};
}

bool RoomController::printSeatChart()
{
    return guarded([&] {
        auto form = chartForm();
        return form && printForms({*form});
    });
}

bool RoomController::saveSeatChart(const QString& path)
{
    return guarded([&] {
        auto form = chartForm();
        return form && saveForms({*form}, path);
    });
}

} // namespace examroom
