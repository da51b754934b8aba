#include "PlanController.h"

#include "ConsoleManager.h"
#include "domain/Enums.h"
#include "print/FormPainter.h"

#include <fstream>
#include <QUrl>
#include <sstream>

namespace examroom {
namespace {

QVariantMap field(const QString& label, const std::string& value)
{
    return {{QStringLiteral("label"), label},
            {QStringLiteral("value"), value.empty() ? QStringLiteral("—") : qs(value)}};
}

std::string hoursText(const Candidate& c)
{
    auto number = [](double v) {
        std::ostringstream out;
        out << v;
        return out.str();
    };
    if (!c.hoursRequired || !c.hoursCompleted)
        return {};
    return number(*c.hoursCompleted) + " / " + number(*c.hoursRequired);
}

std::filesystem::path localPath(const QString& path)
{
    const QUrl url(path);
    return (url.isLocalFile() ? url.toLocalFile() : path).toStdString();
}

} // namespace

PlanController::PlanController(ConsoleManager& console, QObject* parent)
    : StepController(console, parent)
{
    connect(&console, &ConsoleManager::planChanged, this, &PlanController::planChanged);
}

bool PlanController::hasPlan() const
{
    return m_console.plan() != nullptr;
}

QString PlanController::planId() const
{
    return hasPlan() ? qs(m_console.plan()->files.plan.planId) : QString();
}

QString PlanController::planName() const
{
    return hasPlan() ? qs(m_console.plan()->files.plan.name) : QString();
}

QString PlanController::decision() const
{
    if (!hasPlan() || !m_console.isOpen())
        return {};
    try {
        auto record = m_console.plans().plan(m_console.plan()->files.plan.planId);
        return record ? qs(std::string(site::planDecisionName(record->decision))) : QString();
    } catch (const std::exception& e) {
        readFailed("decision", e);
        return {};
    }
}

QString PlanController::decisionText() const
{
    const QString d = decision();
    if (d == QLatin1String("confirmed"))
        return tr("已确认，确认单已签名并放入待上传");
    if (d == QLatin1String("refused"))
        return tr("已拒绝，拒绝单已签名并放入待上传");
    if (d == QLatin1String("pending"))
        return tr("待核对确认");
    return {};
}

QString PlanController::sourceText() const
{
    auto* plan = m_console.plan();
    if (!plan)
        return {};
    return plan->package ? tr("计划包（中心签名已验证）")
                         : tr("中心文件夹（无计划包：不能用授权密码开考）");
}

QVariantList PlanController::fields() const
{
    auto* loaded = m_console.plan();
    if (!loaded)
        return {};
    const ExamPlan& p = loaded->files.plan;
    QString rooms;
    for (const auto& room : p.site.rooms)
        rooms += (rooms.isEmpty() ? QString() : QStringLiteral("，")) +
                 tr("%1（%2座）").arg(qs(room.roomId)).arg(room.seats);
    QVariantList out{
        field(tr("计划编号"), p.planId),
        field(tr("考试计划名称"), p.name),
        field(tr("申请单位"), p.applicant.unit),
        field(tr("单位地址"), p.applicant.address),
        field(tr("审批人"), p.approver),
        field(tr("考核发证机关"), p.certificateAuthority),
        field(tr("考试对象"), p.examTarget),
        field(tr("考试类型"), std::string(label(p.examKind))),
        field(tr("资格类型"), p.qualificationType),
        field(tr("作业类别"), p.operationCategory.value_or("")),
        field(tr("操作项目"), p.operationItem.value_or("")),
        field(tr("理论考试时间"),
              print::formatWindow(p.knowledgeExam.start, p.knowledgeExam.end).toStdString()),
        field(tr("实操考试时间"),
              p.practicalExam
                  ? print::formatWindow(p.practicalExam->start, p.practicalExam->end).toStdString()
                  : std::string()),
        field(tr("考点"), p.site.name + "（" + p.site.siteId + "）"),
        field(tr("考场"), rooms.toStdString()),
        field(tr("联系人"), p.contact.person),
        field(tr("联系电话"), p.contact.phone),
        field(tr("电子邮箱"), p.contact.email),
        field(tr("传真"), p.contact.fax),
        field(tr("考试时长"), tr("%1 分钟，满分 %2，%3 分及格")
                                  .arg(p.blueprint.durationMinutes)
                                  .arg(p.blueprint.totalPoints)
                                  .arg(p.blueprint.passPoints)
                                  .toStdString()),
    };
    return out;
}

QVariantList PlanController::roster() const
{
    auto* loaded = m_console.plan();
    if (!loaded)
        return {};
    QVariantList out;
    for (const Candidate& c : loaded->files.roster) {
        QStringList warnings;
        if (auto it = loaded->files.candidateWarnings.find(c.ticketNo);
            it != loaded->files.candidateWarnings.end())
            for (const auto& w : it->second)
                warnings.append(qs(w));
        QString kind = qs(std::string(label(c.examKind)));
        if (c.makeUp)
            kind += tr("（补考）");
        out.append(QVariantMap{{QStringLiteral("ticketNo"), qs(c.ticketNo)},
                               {QStringLiteral("name"), qs(c.name)},
                               {QStringLiteral("gender"), qs(std::string(label(c.gender)))},
                               {QStringLiteral("idNo"), qs(c.id.number)},
                               {QStringLiteral("kind"), kind},
                               {QStringLiteral("hours"), qs(hoursText(c))},
                               {QStringLiteral("warnings"), warnings.join(QStringLiteral("；"))}});
    }
    return out;
}

int PlanController::candidateCount() const
{
    return hasPlan() ? int(m_console.plan()->files.roster.size()) : 0;
}

int PlanController::warningCount() const
{
    if (!hasPlan())
        return 0;
    int n = 0;
    for (const auto& [ticket, warnings] : m_console.plan()->files.candidateWarnings)
        n += warnings.empty() ? 0 : 1;
    return n;
}

bool PlanController::adopt(LoadedPlan loaded, const std::string& source)
{
    auto* p = person();
    if (!p)
        return false;
    const std::string planId = loaded.files.plan.planId;
    const int version = loaded.package ? loaded.package->version : 1;
    const std::string dir = source == "files" ? loaded.files.dir.string() : std::string();
    if (!report(m_console.plans().receive(*p, planId, version, source, loaded.packageJson, dir),
                tr("已导入考试计划 %1，请核对后确认。").arg(qs(planId))))
        return false;
    m_console.setPlan(std::move(loaded));
    return true;
}

bool PlanController::importFolder(const QString& path)
{
    return guarded([&] {
        std::string error;
        auto loaded = loadPlanFolder(localPath(path), m_console.clock(), &error);
        if (!loaded) {
            say(tr("中心文件有误，未导入：\n%1").arg(qs(error)), true);
            return false;
        }
        return adopt(std::move(*loaded), "files");
    });
}

bool PlanController::importPackage(const QString& path)
{
    return guarded([&] {
        std::ifstream in(localPath(path), std::ios::binary);
        if (!in) {
            say(tr("无法读取文件：%1").arg(path), true);
            return false;
        }
        std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        return importPackageJson(json);
    });
}

bool PlanController::importPackageJson(const std::string& json)
{
    return guarded([&] {
        if (!m_console.centreKey()) {
            say(tr("未配置考试中心公钥（centre_key），不能验证计划包。"), true);
            return false;
        }
        std::string error;
        auto loaded = loadPlanPackage(json, *m_console.centreKey(), m_console.clock(), &error);
        if (!loaded) {
            say(tr("计划包未通过验证，未导入：%1").arg(qs(error)), true);
            return false;
        }
        return adopt(std::move(*loaded), "package");
    });
}

bool PlanController::confirm()
{
    auto* p = person();
    if (!p || !hasPlan())
        return false;
    return guarded([&] {
        auto& plan = m_console.plan()->files.plan;
        auto done = m_console.plans().confirm(*p, plan.planId, plan.site.siteId);
        const bool ok =
            report(done.outcome, tr("已确认考试计划；确认单已签名，等待上传至考试中心。"));
        emit planChanged();
        return ok;
    });
}

bool PlanController::refuse(const QString& reason)
{
    auto* p = person();
    if (!p || !hasPlan())
        return false;
    return guarded([&] {
        auto& plan = m_console.plan()->files.plan;
        auto done = m_console.plans().refuse(*p, plan.planId, plan.site.siteId,
                                             reason.trimmed().toStdString());
        const bool ok =
            report(done.outcome, tr("已拒绝考试计划；拒绝单已签名，等待上传至考试中心。"));
        emit planChanged();
        return ok;
    });
}

} // namespace examroom
