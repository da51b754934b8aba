#include "GradingController.h"

#include "site/PersonSession.h"

#include <QQmlEngine>

namespace examroom {
namespace {

GradingController* g_instance = nullptr;

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QString stateName(practical::SubjectState state)
{
    switch (state) {
    case practical::SubjectState::NotDrawn:
        return QStringLiteral("not-drawn");
    case practical::SubjectState::Waiting:
        return QStringLiteral("waiting");
    case practical::SubjectState::NeedsReview:
        return QStringLiteral("review");
    case practical::SubjectState::Done:
        break;
    }
    return QStringLiteral("done");
}

} // namespace

GradingController::GradingController(practical::PracticalManager& manager, PersonSource person,
                                     QObject* parent)
    : GradingController([&manager]() -> practical::PracticalManager& { return manager; },
                        std::move(person), parent)
{
}

GradingController::GradingController(ManagerSource manager, PersonSource person, QObject* parent)
    : QObject(parent), m_manager(std::move(manager)), m_person(std::move(person))
{
}

void GradingController::reset()
{
    m_sessionId.clear();
    m_rubric.reset();
    m_candidates.clear();
    m_subjects.clear();
    m_ticketNo.clear();
    m_candidateName.clear();
    m_subjectCode.clear();
    m_taskTitle.clear();
    m_taskIndex = -1;
    m_entry = {};
    m_vetoOn.clear();
    m_vetoReason.clear();
    m_editable = false;
    say({}, false);
    emit changed();
    emit markChanged();
}

void GradingController::reload()
{
    if (m_sessionId.isEmpty())
        return;
    guarded([&] {
        refresh();
        return true;
    });
}

void GradingController::setInstance(GradingController* instance)
{
    g_instance = instance;
}

GradingController* GradingController::create(QQmlEngine*, QJSEngine*)
{
    // Owned by whoever made it (main or a test), never by the engine.
    QQmlEngine::setObjectOwnership(g_instance, QQmlEngine::CppOwnership);
    return g_instance;
}

QString GradingController::grader() const
{
    const auto* person = m_person();
    return person ? qs(person->name()) : QString();
}

void GradingController::say(const QString& text, bool error)
{
    m_message = text;
    m_messageIsError = error;
    emit messageChanged();
}

bool GradingController::guarded(const std::function<bool()>& action)
{
    try {
        return action();
    } catch (const std::exception& e) {
        say(tr("出错了，未保存：%1").arg(qs(e.what())), true);
        return false;
    }
}

bool GradingController::openSession(const QString& sessionId)
{
    return guarded([&] {
        m_rubric = manager().rubric(sessionId.toStdString());
        if (!m_rubric) {
            say(tr("没有实操考试场次 %1").arg(sessionId), true);
            return false;
        }
        m_sessionId = sessionId;
        m_ticketNo.clear();
        m_candidateName.clear();
        m_subjectCode.clear();
        m_taskIndex = -1;
        refresh();
        say({}, false);
        return true;
    });
}

void GradingController::refresh()
{
    m_candidates.clear();
    auto* person = m_person();
    const std::string session = m_sessionId.toStdString();
    for (const auto& c : manager().candidates(session)) {
        if (!c.eligible)
            continue;
        int done = 0, mine = 0, total = 0;
        if (person)
            for (const auto& s : manager().status(*person, session, c.ticketNo)) {
                ++total;
                done += s.state == practical::SubjectState::Done;
                mine += s.markedByMe;
            }
        m_candidates.append(QVariantMap{{QStringLiteral("ticketNo"), qs(c.ticketNo)},
                                        {QStringLiteral("name"), qs(c.name)},
                                        {QStringLiteral("makeUp"), c.attempt == 2},
                                        {QStringLiteral("done"), done},
                                        {QStringLiteral("mine"), mine},
                                        {QStringLiteral("subjects"), total}});
    }
    m_subjects.clear();
    if (person && !m_ticketNo.isEmpty() && m_rubric) {
        const auto status = manager().status(*person, session, m_ticketNo.toStdString());
        for (std::size_t i = 0; i < status.size() && i < m_rubric->subjects.size(); ++i) {
            const auto& subject = m_rubric->subjects[i];
            m_subjects.append(QVariantMap{{QStringLiteral("code"), qs(subject.code)},
                                          {QStringLiteral("name"), qs(subject.name)},
                                          {QStringLiteral("weight"), subject.weight},
                                          {QStringLiteral("graders"), subject.gradersRequired},
                                          {QStringLiteral("state"), stateName(status[i].state)},
                                          {QStringLiteral("markedByMe"), status[i].markedByMe},
                                          {QStringLiteral("marksIn"), status[i].marksIn}});
        }
    }
    emit changed();
    emit markChanged();
}

bool GradingController::selectCandidate(const QString& ticketNo)
{
    return guarded([&] {
        const QString wanted = ticketNo.trimmed();
        for (const auto& c : m_candidates) {
            const auto map = c.toMap();
            if (map.value(QStringLiteral("ticketNo")).toString() != wanted)
                continue;
            m_ticketNo = wanted;
            m_candidateName = map.value(QStringLiteral("name")).toString();
            m_subjectCode.clear();
            refresh();
            // The first subject this grader still has to mark, else the first.
            QString first;
            for (const auto& s : m_subjects) {
                const auto subject = s.toMap();
                if (subject.value(QStringLiteral("state")).toString() == QLatin1String("waiting") &&
                    !subject.value(QStringLiteral("markedByMe")).toBool()) {
                    first = subject.value(QStringLiteral("code")).toString();
                    break;
                }
            }
            if (first.isEmpty() && !m_subjects.isEmpty())
                first = m_subjects.front().toMap().value(QStringLiteral("code")).toString();
            say({}, false);
            return first.isEmpty() || selectSubject(first);
        }
        say(tr("没有可评分的考生 %1（未通过资格审核或准考证号有误）").arg(wanted), true);
        return false;
    });
}

bool GradingController::selectSubject(const QString& codeOrNumber)
{
    return guarded([&] {
        if (!m_rubric || m_ticketNo.isEmpty())
            return false;
        QString code = codeOrNumber.trimmed().toUpper();
        bool number = false;
        const int n = code.toInt(&number);
        if (number && n >= 1 && n <= int(m_rubric->subjects.size()))
            code = qs(m_rubric->subjects[std::size_t(n - 1)].code);
        for (const auto& subject : m_rubric->subjects) {
            if (qs(subject.code) != code)
                continue;
            m_subjectCode = code;
            loadSubject();
            return true;
        }
        say(tr("没有科目 %1").arg(codeOrNumber), true);
        return false;
    });
}

void GradingController::loadSubject()
{
    m_taskIndex = -1;
    m_taskTitle.clear();
    m_entry = {};
    m_vetoOn.clear();
    m_vetoReason.clear();
    m_editable = false;
    const std::string session = m_sessionId.toStdString();
    const std::string ticket = m_ticketNo.toStdString();
    for (const auto& draw : manager().draws(session, ticket))
        if (qs(draw.subjectCode) == m_subjectCode)
            m_taskIndex = draw.taskIndex;
    const PracticalTask* t = task();
    if (!t) {
        say(tr("%1 尚未抽题").arg(m_subjectCode), true);
        refresh();
        return;
    }
    m_taskTitle = qs(t->code + " " + t->name);
    m_entry.rows.resize(t->rows.size());
    m_vetoOn.assign(t->veto.size(), false);
    m_vetoReason.assign(t->veto.size(), QString());
    auto* person = m_person();
    // A grader sees their own submitted mark again, read-only; never anyone else's.
    if (auto mine = person ? manager().myMark(*person, session, ticket, m_subjectCode.toStdString())
                           : std::nullopt) {
        m_entry = *mine;
        for (const auto& veto : mine->vetoes)
            if (veto.vetoIndex >= 0 && std::size_t(veto.vetoIndex) < m_vetoOn.size()) {
                m_vetoOn[std::size_t(veto.vetoIndex)] = true;
                m_vetoReason[std::size_t(veto.vetoIndex)] = qs(veto.reason);
            }
        say(tr("您已提交本科目的评分"), false);
    } else {
        m_editable = true;
    }
    refresh();
}

const PracticalTask* GradingController::task() const
{
    if (!m_rubric || m_taskIndex < 0)
        return nullptr;
    for (const auto& subject : m_rubric->subjects)
        if (qs(subject.code) == m_subjectCode && std::size_t(m_taskIndex) < subject.tasks.size())
            return &subject.tasks[std::size_t(m_taskIndex)];
    return nullptr;
}

QVariantList GradingController::rows() const
{
    QVariantList out;
    const PracticalTask* t = task();
    if (!t)
        return out;
    for (std::size_t i = 0; i < t->rows.size(); ++i) {
        const auto& row = t->rows[i];
        const auto& mark = m_entry.rows[i];
        out.append(QVariantMap{{QStringLiteral("content"), qs(row.content)},
                               {QStringLiteral("points"), row.points},
                               {QStringLiteral("rule"), qs(row.rule)},
                               {QStringLiteral("deducted"), mark.deducted},
                               {QStringLiteral("note"), qs(mark.note)},
                               {QStringLiteral("tooMuch"), mark.deducted > row.points}});
    }
    return out;
}

QVariantList GradingController::vetoes() const
{
    QVariantList out;
    const PracticalTask* t = task();
    if (!t)
        return out;
    for (std::size_t i = 0; i < t->veto.size(); ++i)
        out.append(QVariantMap{{QStringLiteral("text"), qs(t->veto[i])},
                               {QStringLiteral("on"), bool(m_vetoOn[i])},
                               {QStringLiteral("reason"), m_vetoReason[i]}});
    return out;
}

int GradingController::total() const
{
    const PracticalTask* t = task();
    if (!t)
        return 0;
    int score = 100;
    for (std::size_t i = 0; i < t->rows.size(); ++i)
        score -= std::clamp(m_entry.rows[i].deducted, 0, t->rows[i].points);
    return std::max(score, 0);
}

void GradingController::setDeduction(int row, int points)
{
    if (!m_editable || row < 0 || std::size_t(row) >= m_entry.rows.size())
        return;
    m_entry.rows[std::size_t(row)].deducted = points;
    emit markChanged();
}

void GradingController::setNote(int row, const QString& note)
{
    if (!m_editable || row < 0 || std::size_t(row) >= m_entry.rows.size())
        return;
    m_entry.rows[std::size_t(row)].note = note.toStdString();
    emit markChanged();
}

void GradingController::setVeto(int index, bool on)
{
    if (!m_editable || index < 0 || std::size_t(index) >= m_vetoOn.size())
        return;
    m_vetoOn[std::size_t(index)] = on;
    emit markChanged();
}

void GradingController::setVetoReason(int index, const QString& reason)
{
    if (!m_editable || index < 0 || std::size_t(index) >= m_vetoReason.size())
        return;
    m_vetoReason[std::size_t(index)] = reason;
    emit markChanged();
}

bool GradingController::submit()
{
    return guarded([&] {
        auto* person = m_person();
        if (!person) {
            say(tr("请先登录"), true);
            return false;
        }
        if (!m_editable || !task())
            return false;
        practical::MarkEntry entry = m_entry;
        entry.vetoes.clear();
        for (std::size_t i = 0; i < m_vetoOn.size(); ++i)
            if (m_vetoOn[i])
                entry.vetoes.push_back({int(i), m_vetoReason[i].toStdString()});
        const auto outcome =
            manager().submitMark(*person, m_sessionId.toStdString(), m_ticketNo.toStdString(),
                                 m_subjectCode.toStdString(), entry);
        if (!outcome) {
            say(tr("未保存：%1").arg(qs(outcome.why)), true);
            return false;
        }
        const QString done = tr("已签名提交：%1 %2 %3，得分 %4")
                                 .arg(m_ticketNo, m_candidateName, m_subjectCode)
                                 .arg(total());
        // On to this candidate's next subject still to mark, if any.
        refresh();
        QString next;
        for (const auto& s : m_subjects) {
            const auto subject = s.toMap();
            if (subject.value(QStringLiteral("state")).toString() == QLatin1String("waiting") &&
                !subject.value(QStringLiteral("markedByMe")).toBool()) {
                next = subject.value(QStringLiteral("code")).toString();
                break;
            }
        }
        if (!next.isEmpty())
            selectSubject(next);
        else
            loadSubject();
        say(done, false);
        return true;
    });
}

} // namespace examroom
