#include "CloseController.h"

#include "ConsoleManager.h"
#include "documents/ScoreSheet.h"
#include "paper/PaperManager.h"
#include "print/ConfirmationSheetPrinter.h"
#include "print/FormPainter.h"
#include "print/RoomRecordPrinter.h"
#include "print/ScoreListPrinter.h"
#include "site/Outbox.h"
#include "site/RoomLinkStore.h"
#include "util/IsoTime.h"

#include <map>
#include <nlohmann/json.hpp>

namespace examroom {

CloseController::CloseController(ConsoleManager& console, QObject* parent)
    : PrintingStep(console, parent)
{
    connect(&console, &ConsoleManager::sessionChanged, this, &CloseController::closeChanged);
}

QStringList CloseController::blocking() const
{
    QStringList out;
    try {
        if (!m_console.session())
            return out;
        const auto tickets = m_console.closer().blockingCandidates(m_console.sessionId());
        for (const auto& ticket : tickets) {
            auto c = m_console.sessions().find(m_console.sessionId(), ticket);
            if (!c)
                continue;
            out.append(QStringLiteral("%1 · %2 · %3 · %4")
                           .arg(c->seatNo ? QString::number(*c->seatNo) : QStringLiteral("—"),
                                qs(c->ticketNo), qs(c->name),
                                qs(std::string(site::statusLabel(c->status)))));
        }
    } catch (const std::exception& e) {
        readFailed("blocking", e);
    }
    return out;
}

bool CloseController::started() const
{
    try {
        auto s = m_console.session();
        return s && s->startedAt.has_value();
    } catch (const std::exception& e) {
        readFailed("started", e);
        return false;
    }
}

bool CloseController::closed() const
{
    try {
        auto s = m_console.session();
        return s && s->state == site::SessionState::Closed;
    } catch (const std::exception& e) {
        readFailed("closed", e);
        return false;
    }
}

int CloseController::outboxCount() const
{
    try {
        return m_console.isOpen() ? int(site::Outbox(m_console.store().database()).waiting().size())
                                  : 0;
    } catch (const std::exception& e) {
        readFailed("outboxCount", e);
        return 0;
    }
}

QString CloseController::summary() const
{
    try {
        if (!m_console.session())
            return tr("考场尚未编排。");
        int submitted = 0, absent = 0, removed = 0, total = 0;
        for (const auto& c : m_console.sessions().candidates(m_console.sessionId())) {
            ++total;
            submitted += c.status == site::CandidateStatus::Submitted ? 1 : 0;
            absent += c.status == site::CandidateStatus::Absent ? 1 : 0;
            removed += c.status == site::CandidateStatus::Removed ? 1 : 0;
        }
        return tr("应考 %1 人：已交卷 %2，缺考 %3，取消资格 %4。")
            .arg(total)
            .arg(submitted)
            .arg(absent)
            .arg(removed);
    } catch (const std::exception& e) {
        readFailed("summary", e);
        return {};
    }
}

bool CloseController::close(const QString& notes)
{
    auto* p = person();
    if (!p)
        return false;
    return guarded([&] {
        auto done = m_console.closer().close(*p, m_console.sessionId(), notes.toStdString());
        if (!report(done.outcome, tr("考场已结束；考场记录已由您签名，等待上传至考试中心。")))
            return false;
        site::Outbox outbox(m_console.store().database());
        outbox.queue(*done.value, m_console.clock().now());
        // Sheets were queued as they arrived; again here (idempotent) so none is missing.
        for (const auto& sheet :
             site::RoomLinkStore(m_console.store().database()).sheets(m_console.sessionId()))
            outbox.queue(sheet.document, m_console.clock().now());
        // The paper sheets (纸质试卷) are countersigned now and queued with them.
        auto papers = paper::PaperManager(m_console.store()).countersign(*p, m_console.sessionId());
        if (!papers)
            return report(papers.outcome, {});
        m_console.notifySessionChanged();
        printCloseForms();
        return true;
    });
}

int CloseController::sheetCount() const
{
    try {
        if (!m_console.isOpen() || m_console.sessionId().empty())
            return 0;
        return int(
            site::RoomLinkStore(m_console.store().database()).sheets(m_console.sessionId()).size());
    } catch (const std::exception& e) {
        readFailed("sheetCount", e);
        return 0;
    }
}

namespace {

// The record keeps UTC; the paper shows the room's local time (the plan's offset).
QString localText(const std::string& iso, std::chrono::minutes offset, bool withDate)
{
    auto at = parseIsoTime(iso);
    if (!at)
        return QString::fromStdString(iso);
    const std::string local = OffsetTime{at->utc, offset}.toIso(); // 2027-03-08T08:05:00+08:00
    return QString::fromStdString(withDate ? local.substr(0, 10) + " " + local.substr(11, 5)
                                           : local.substr(11, 5));
}

std::string incidentWords(const nlohmann::json& i)
{
    const std::string kind = i.value("kind", "");
    if (kind == "extend")
        return "延时 " + std::to_string(i.value("minutes", 0)) + " 分钟";
    if (kind == "move")
        return "换机续考 " +
               (i["from_seat"].is_number() ? std::to_string(int(i["from_seat"])) : "?") + " → " +
               (i["to_seat"].is_number() ? std::to_string(int(i["to_seat"])) : "?");
    if (kind == "pause")
        return "暂停";
    if (kind == "resume")
        return "继续";
    if (kind == "force-submit")
        return "强制交卷";
    if (kind == "warning")
        return "违纪警告";
    if (kind == "remove")
        return "取消考试资格";
    return kind;
}

} // namespace

std::optional<std::vector<PrintingStep::Form>> CloseController::closeForms()
{
    auto* plan = m_console.plan();
    auto session = m_console.session();
    if (!plan || !session || session->state != site::SessionState::Closed) {
        say(tr("考场结束后才能打印成绩单和考场记录。"), true);
        return std::nullopt;
    }
    const std::string sessionId = session->sessionId;
    const auto candidates = m_console.sessions().candidates(sessionId);
    std::map<std::string, const site::SessionCandidate*> byTicket;
    for (const auto& c : candidates)
        byTicket[c.ticketNo] = &c;
    std::map<std::string, QByteArray> photos; // views into the plan's guarded photos
    for (const auto& c : plan->files.roster)
        if (!c.photo.empty())
            photos[c.ticketNo] = plan->photoBytes(c);

    // The newest sheet of each candidate (a make-up attempt replaces the first).
    std::map<std::string, std::pair<ScoreSheet, SignedDocument>> sheets;
    for (const auto& stored : site::RoomLinkStore(m_console.store().database()).sheets(sessionId))
        if (auto sheet = ScoreSheet::fromBody(stored.document.body))
            sheets.insert_or_assign(sheet->ticketNo, std::make_pair(*sheet, stored.document));

    std::string stem = sessionId;
    for (char& ch : stem)
        if (ch == '/')
            ch = '-';
    auto fileName = [&](const char* what) {
        return qs(std::string(what) + "-" + stem + ".pdf");
    };
    std::vector<Form> forms;

    if (!sheets.empty()) {
        std::vector<print::ConfirmationEntry> entries;
        for (const auto& [ticket, pair] : sheets)
            entries.push_back({pair.first, receiptCode(pair.second),
                               photos.count(ticket) ? photos[ticket] : QByteArray()});
        forms.push_back({tr("成绩确认单"), "confirmation-sheets", fileName("confirmation-sheets"),
                         [entries = std::move(entries)](QIODevice& out) {
                             return print::ConfirmationSheetPrinter{}.print(out, entries);
                         }});
    }

    std::vector<print::ScoreListRow> rows;
    for (const auto& c : candidates) {
        print::ScoreListRow row{c.seatNo.value_or(0), c.ticketNo, c.name, c.idNo, {}, false, {}};
        auto sheet = sheets.find(c.ticketNo);
        if (c.status == site::CandidateStatus::Removed)
            row.remark = "取消资格";
        else if (c.status == site::CandidateStatus::Absent)
            row.remark = "缺考";
        else if (sheet != sheets.end()) {
            row.score = sheet->second.first.score();
            row.passed = sheet->second.first.passed;
            if (sheet->second.first.submitReason == SubmitReason::Proctor)
                row.remark = "强制交卷";
            else if (sheet->second.first.submitReason == SubmitReason::TimeUp)
                row.remark = "时间到";
        } else {
            row.remark = "无成绩单";
        }
        rows.push_back(std::move(row));
    }
    forms.push_back({tr("考场成绩单"), "score-list", fileName("score-list"),
                     [&examPlan = plan->files.plan, roomId = session->roomId,
                      rows = std::move(rows)](QIODevice& out) {
                         return print::ScoreListPrinter{}.print(out, examPlan, roomId, rows);
                     }});

    // The room record, from the countersigned record itself.
    print::RoomRecord record;
    record.planName = plan->files.plan.name;
    record.siteName = plan->files.plan.site.name;
    record.roomId = session->roomId;
    record.subject = session->subject;
    record.window = print::formatWindow(plan->files.plan.knowledgeExam.start,
                                        plan->files.plan.knowledgeExam.end)
                        .toStdString();
    const auto offset = plan->files.plan.knowledgeExam.start.offset;
    if (auto doc = m_console.closer().record(sessionId)) {
        record.recordHash = doc->contentHash();
        auto body = nlohmann::json::parse(doc->body, nullptr, false);
        if (body.is_object()) {
            record.startedAt = localText(body.value("started_at", ""), offset, true).toStdString();
            record.closedAt = localText(body.value("closed_at", ""), offset, true).toStdString();
            record.closedBy = body.value("closed_by", "");
            for (const auto& s : body.value("staff", nlohmann::json::array()))
                if (s.is_string())
                    record.staff.push_back(s);
            record.authorizationFailures = body.value("authorization_failures", 0);
            record.notes = body.value("notes", "");
            auto nameOf = [&](const std::string& ticket) {
                auto c = byTicket.find(ticket);
                return c == byTicket.end() ? std::string() : c->second->name;
            };
            for (const auto& s : body.value("seats", nlohmann::json::array())) {
                const std::string ticket = s.value("ticket_no", "");
                auto status = site::statusFromName(s.value("status", ""));
                const std::string late = s.value("late_override", "");
                record.seats.push_back(
                    {s.value("seat_no", 0), ticket, nameOf(ticket),
                     status ? std::string(site::statusLabel(*status)) : s.value("status", ""),
                     s.value("extension_minutes", 0), s.value("warnings", 0),
                     late.empty() ? std::string() : "迟到放行：" + late});
            }
            for (const auto& t : body.value("absentees", nlohmann::json::array()))
                if (t.is_string())
                    record.absentees.push_back(std::string(t) + " " + nameOf(t));
            for (const auto& t : body.value("removed", nlohmann::json::array()))
                if (t.is_string())
                    record.removed.push_back(std::string(t) + " " + nameOf(t));
            auto incident = [&](const nlohmann::json& i) {
                std::string by = i.value("by", "");
                if (i.contains("cosigner") && i["cosigner"].is_string() &&
                    !std::string(i["cosigner"]).empty())
                    by += " / " + std::string(i["cosigner"]);
                return print::RoomRecordIncident{
                    localText(i.value("at", ""), offset, false).toStdString(),
                    i.value("ticket_no", ""), incidentWords(i), i.value("reason", ""), by};
            };
            for (const auto& i : body.value("incidents", nlohmann::json::array()))
                record.incidents.push_back(incident(i));
            for (const auto& i : body.value("extensions", nlohmann::json::array()))
                record.extensions.push_back(incident(i));
        }
    }
    forms.push_back({tr("考场记录"), "room-record", fileName("room-record"),
                     [record = std::move(record)](QIODevice& out) {
                         return print::RoomRecordPrinter{}.print(out, record);
                     }});
    return forms;
}

bool CloseController::printCloseForms()
{
    return guarded([&] {
        auto forms = closeForms();
        return forms && printForms(*forms);
    });
}

bool CloseController::saveCloseForms(const QString& path)
{
    return guarded([&] {
        auto forms = closeForms();
        return forms && saveForms(*forms, path);
    });
}

} // namespace examroom
