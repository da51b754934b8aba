#include "PracticalController.h"

#include "ConsoleManager.h"
#include "practical/PracticalSheet.h"
#include "print/PracticalSheetPrinter.h"
#include "site/Outbox.h"
#include "util/IsoTime.h"

#include <cmath>
#include <map>

namespace examroom {

using practical::SubjectState;

namespace {

// The core's reason code in the current language (its English text is for logs).
QString reasonText(const practical::PracticalCandidate& c)
{
    using R = practical::EligibilityReason;
    switch (c.reasonCode) {
    case R::KnowledgePassedHere:
        return PracticalController::tr("理论考试在本系统合格");
    case R::MarkedByProctor:
        return PracticalController::tr("监考标记合格：%1").arg(qs(c.reasonNote));
    case R::PracticalPassed:
        return PracticalController::tr("实操考试已合格，不再考试");
    case R::PracticalRetrain:
        return PracticalController::tr("实操补考不合格：须重新参加培训");
    case R::PracticalMakeUpOnly:
        return PracticalController::tr("实操考试不合格一次：只能参加补考");
    case R::KnowledgeNeedsMakeUp:
        return PracticalController::tr("理论考试不合格：须先补考");
    case R::KnowledgeRetrain:
        return PracticalController::tr("理论补考不合格：须重新参加培训");
    case R::NoKnowledgePass:
        break;
    }
    return PracticalController::tr("本系统无理论考试合格记录（如在他处合格，可由监考标记）");
}

} // namespace

PracticalController::PracticalController(ConsoleManager& console, QObject* parent)
    : PrintingStep(console, parent)
{
    // QML re-reads a property on its notify signal before any connected slot runs: the cache
    // is dropped first, then the signal goes out.
    for (auto signal : {&ConsoleManager::planChanged, &ConsoleManager::practicalChanged,
                        &ConsoleManager::personChanged})
        connect(&console, signal, this, &PracticalController::changed);
}

std::string PracticalController::session() const
{
    return m_console.practicalSessionId();
}

bool PracticalController::hasRubric() const
{
    return m_console.plan() && m_console.plan()->files.rubric.has_value();
}

bool PracticalController::opened() const
{
    try {
        return m_console.isOpen() && m_console.plan() &&
               m_console.practical().rubric(session()).has_value();
    } catch (const std::exception& e) {
        readFailed("opened", e);
        return false;
    }
}

bool PracticalController::closed() const
{
    try {
        return opened() && !m_console.practical().isOpen(session());
    } catch (const std::exception& e) {
        readFailed("closed", e);
        return false;
    }
}

QString PracticalController::sessionId() const
{
    return qs(session());
}

int PracticalController::outboxCount() const
{
    try {
        return m_console.isOpen() ? int(site::Outbox(m_console.store().database()).waiting().size())
                                  : 0;
    } catch (const std::exception& e) {
        readFailed("outboxCount", e);
        return 0;
    }
}

QVariantList PracticalController::candidates() const
{
    if (!m_candidates)
        m_candidates = readCandidates();
    return *m_candidates;
}

QVariantList PracticalController::readCandidates() const
{
    QVariantList out;
    try {
        auto* person = m_console.person();
        if (!opened() || !person)
            return out;
        auto& manager = m_console.practical();
        const std::string id = session();
        const auto rubric = manager.rubric(id);
        for (const auto& c : manager.candidates(id)) {
            QStringList tasks;
            for (const auto& draw : manager.draws(id, c.ticketNo))
                for (const auto& subject : rubric->subjects)
                    if (subject.code == draw.subjectCode)
                        tasks.append(qs(subject.tasks[std::size_t(draw.taskIndex)].code));
            int done = 0;
            bool review = false;
            for (const auto& s : manager.status(*person, id, c.ticketNo)) {
                done += s.state == SubjectState::Done;
                review = review || s.state == SubjectState::NeedsReview;
            }
            QString result;
            if (done == int(rubric->subjects.size())) {
                if (auto r = manager.result(id, c.ticketNo); r.ok())
                    result = qs(practical::pointsText200(r.value->total200ths)) +
                             QStringLiteral(" ") +
                             (r.value->vetoed   ? tr("否决，不合格")
                              : r.value->passed ? tr("合格")
                                                : tr("不合格"));
            }
            out.append(QVariantMap{
                {QStringLiteral("ticketNo"), qs(c.ticketNo)},
                {QStringLiteral("name"), qs(c.name)},
                {QStringLiteral("makeUp"), c.attempt == 2},
                {QStringLiteral("eligible"), c.eligible},
                {QStringLiteral("reason"), reasonText(c)},
                {QStringLiteral("tasks"), tasks.join(QLatin1Char(' '))},
                {QStringLiteral("drawn"), tasks.size() == qsizetype(rubric->subjects.size())},
                {QStringLiteral("scored"),
                 QStringLiteral("%1/%2").arg(done).arg(rubric->subjects.size())},
                {QStringLiteral("review"), review},
                {QStringLiteral("result"), result}});
        }
    } catch (const std::exception& e) {
        readFailed("readCandidates", e);
    }
    return out;
}

QVariantList PracticalController::subjects() const
{
    QVariantList out;
    auto* plan = m_console.plan();
    if (!plan || !plan->files.rubric)
        return out;
    for (const auto& subject : plan->files.rubric->subjects) {
        QVariantList tasks;
        for (const auto& task : subject.tasks)
            tasks.append(QVariantMap{{QStringLiteral("code"), qs(task.code)},
                                     {QStringLiteral("name"), qs(task.name)}});
        out.append(QVariantMap{{QStringLiteral("code"), qs(subject.code)},
                               {QStringLiteral("name"), qs(subject.name)},
                               {QStringLiteral("weight"), subject.weight},
                               {QStringLiteral("graders"), subject.gradersRequired},
                               {QStringLiteral("tasks"), tasks}});
    }
    return out;
}

QVariantList PracticalController::graders() const
{
    QVariantList out;
    try {
        if (!m_console.isOpen())
            return out;
        std::map<std::string, bool> assigned; // name -> chief
        if (opened())
            for (const auto& g : m_console.practical().assignments(session()))
                assigned[g.name] = g.chief;
        for (const auto& account : m_console.accounts().accounts()) {
            if (account.role != site::Role::Grader)
                continue;
            auto it = assigned.find(account.name);
            out.append(QVariantMap{{QStringLiteral("name"), qs(account.name)},
                                   {QStringLiteral("assigned"), it != assigned.end()},
                                   {QStringLiteral("chief"), it != assigned.end() && it->second}});
        }
    } catch (const std::exception& e) {
        readFailed("graders", e);
    }
    return out;
}

QString PracticalController::summary() const
{
    if (!m_console.plan())
        return tr("请先导入考试计划。");
    if (!hasRubric())
        return tr("本计划没有实操评分表，无需实操考试。");
    if (!opened())
        return tr("实操考试尚未开始：开始后列出可参加的考生。");
    int total = 0, eligible = 0, drawn = 0, scored = 0, review = 0;
    for (const auto& row : candidates()) {
        const auto c = row.toMap();
        ++total;
        eligible += c.value(QStringLiteral("eligible")).toBool();
        drawn += c.value(QStringLiteral("drawn")).toBool();
        scored += !c.value(QStringLiteral("result")).toString().isEmpty();
        review += c.value(QStringLiteral("review")).toBool();
    }
    return tr("考生 %1 人：可参加 %2，不可参加 %3；已抽题 %4，已评完 %5，待复核 %6。")
        .arg(total)
        .arg(eligible)
        .arg(total - eligible)
        .arg(drawn)
        .arg(scored)
        .arg(review);
}

bool PracticalController::openSession(int maxDifference)
{
    auto* p = person();
    auto* plan = m_console.plan();
    if (!p)
        return false;
    if (!plan || !plan->files.rubric) {
        say(tr("本计划没有实操评分表。"), true);
        return false;
    }
    return guarded([&] {
        (void)m_console.recordKnowledgeSheets();
        auto opened = m_console.practical().openSession(
            *p, plan->files.plan.planId, plan->files.plan.site.siteId, *plan->files.rubric,
            plan->files.roster, maxDifference);
        if (!report(opened.outcome, tr("实操考试已开始。")))
            return false;
        m_console.notifyPracticalChanged();
        return true;
    });
}

bool PracticalController::markEligible(const QString& ticketNo, const QString& reason)
{
    auto* p = person();
    return p && guarded([&] {
               if (!report(m_console.practical().markEligible(*p, session(),
                                                              ticketNo.trimmed().toStdString(),
                                                              reason.trimmed().toStdString()),
                           tr("%1 已标记为可参加实操考试。").arg(ticketNo)))
                   return false;
               m_console.notifyPracticalChanged();
               return true;
           });
}

bool PracticalController::createGrader(const QString& name, const QString& password,
                                       const QString& repeated)
{
    auto* p = person();
    if (!p)
        return false;
    if (password != repeated) {
        say(tr("两次输入的密码不一致。"), true);
        return false;
    }
    return guarded([&] {
        if (!report(m_console.accounts().createAccount(*p, name.trimmed().toStdString(),
                                                       site::Role::Grader, password.toStdString()),
                    tr("考评员账号 %1 已创建。").arg(name.trimmed())))
            return false;
        m_console.notifyPracticalChanged();
        return true;
    });
}

bool PracticalController::assignGrader(const QString& name, bool chief)
{
    auto* p = person();
    return p && guarded([&] {
               if (!report(
                       m_console.practical().assignGrader(*p, session(), name.toStdString(), chief),
                       chief ? tr("%1 已指定为本场主考评员。").arg(name)
                             : tr("%1 已指定为本场考评员。").arg(name)))
                   return false;
               m_console.notifyPracticalChanged();
               return true;
           });
}

bool PracticalController::drawTasks(const QString& ticketNo)
{
    auto* p = person();
    return p && guarded([&] {
               if (!report(m_console.practical().drawTasks(*p, session(), ticketNo.toStdString()),
                           tr("%1 已由系统抽题（已记录）。").arg(ticketNo)))
                   return false;
               m_console.notifyPracticalChanged();
               return true;
           });
}

bool PracticalController::drawAll()
{
    auto* p = person();
    return p && guarded([&] {
               auto& manager = m_console.practical();
               int drawn = 0;
               for (const auto& c : manager.candidates(session())) {
                   if (!c.eligible || !manager.draws(session(), c.ticketNo).empty())
                       continue;
                   if (!report(manager.drawTasks(*p, session(), c.ticketNo), {}))
                       return m_console.notifyPracticalChanged(), false;
                   ++drawn;
               }
               m_console.notifyPracticalChanged();
               say(tr("已为 %1 名考生抽题（已记录）。").arg(drawn), false);
               return true;
           });
}

bool PracticalController::recordLot(const QString& ticketNo, const QString& subjectCode,
                                    const QString& taskCode)
{
    auto* p = person();
    return p && guarded([&] {
               if (!report(m_console.practical().recordLot(*p, session(), ticketNo.toStdString(),
                                                           subjectCode.toStdString(),
                                                           taskCode.toStdString()),
                           tr("已记录 %1 %2 抽到的试题 %3。").arg(ticketNo, subjectCode, taskCode)))
                   return false;
               m_console.notifyPracticalChanged();
               return true;
           });
}

std::optional<PrintingStep::Form> PracticalController::sheetsForm()
{
    auto* plan = m_console.plan();
    if (!plan || !opened()) {
        say(tr("实操考试尚未开始。"), true);
        return std::nullopt;
    }
    auto& manager = m_console.practical();
    const auto rubric = *manager.rubric(session());
    const auto& p = plan->files.plan;
    std::vector<print::PracticalSheetForm> forms;
    for (const auto& c : manager.candidates(session())) {
        const auto draws = manager.draws(session(), c.ticketNo);
        if (!c.eligible || draws.size() != rubric.subjects.size())
            continue;
        print::PracticalSheetForm form;
        form.planName = p.name;
        form.siteName = p.site.name;
        form.operationItem = rubric.operationItem;
        if (p.practicalExam)
            form.examDate = formatDate(p.practicalExam->start.localDate());
        form.ticketNo = c.ticketNo;
        form.name = c.name;
        form.idNo = c.idNo;
        form.attempt = c.attempt;
        form.passPoints = rubric.passPoints;
        for (const auto& draw : draws)
            for (const auto& subject : rubric.subjects)
                if (subject.code == draw.subjectCode)
                    form.subjects.push_back({subject, subject.tasks[std::size_t(draw.taskIndex)],
                                             draw.method == practical::DrawMethod::Lot});
        forms.push_back(std::move(form));
    }
    if (forms.empty()) {
        say(tr("还没有抽完题的考生。"), true);
        return std::nullopt;
    }
    return Form{tr("%1 名考生的实操评分表").arg(forms.size()), "practical-sheets",
                qs("practical-sheets-" + p.planId + ".pdf"),
                [forms = std::move(forms)](QIODevice& out) {
                    return print::PracticalSheetPrinter{}.print(out, forms);
                }};
}

bool PracticalController::printSheets()
{
    return guarded([&] {
        auto form = sheetsForm();
        return form && printForms({*form});
    });
}

bool PracticalController::saveSheets(const QString& path)
{
    return guarded([&] {
        auto form = sheetsForm();
        return form && saveForms({*form}, path);
    });
}

bool PracticalController::enterMachineScore(const QString& ticketNo, const QString& subjectCode,
                                            double points, const QString& source)
{
    auto* p = person();
    return p && guarded([&] {
               const int halfPoints = int(std::lround(points * 2));
               if (!report(m_console.practical().enterMachineScore(
                               *p, session(), ticketNo.toStdString(), subjectCode.toStdString(),
                               halfPoints, source.trimmed().toStdString()),
                           tr("已录入 %1 %2 的机考成绩。").arg(ticketNo, subjectCode)))
                   return false;
               m_console.notifyPracticalChanged();
               return true;
           });
}

bool PracticalController::close()
{
    auto* p = person();
    return p && guarded([&] {
               auto closed = m_console.practical().close(*p, session());
               if (!report(closed.outcome, {}))
                   return false;
               m_console.notifyPracticalChanged();
               say(tr("实操考试已结束：%1 份实操成绩单已由您会签，等待上传至考试中心。")
                       .arg(closed.value->size()),
                   false);
               return true;
           });
}

} // namespace examroom
