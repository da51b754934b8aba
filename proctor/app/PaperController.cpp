#include "PaperController.h"

#include "ConsoleManager.h"
#include "import/CentreFiles.h"
#include "import/Diagnostics.h"
#include "package/SessionImages.h"
#include "paper/AnswerLetters.h"
#include "paper/PaperManager.h"
#include "paper/PaperStage.h"
#include "print/PaperPrinter.h"
#include "RoomService.h"

namespace examroom {
namespace {

QString typeText(QuestionType type)
{
    switch (type) {
    case QuestionType::TrueFalse:
        return PaperController::tr("判断");
    case QuestionType::Single:
        return PaperController::tr("单选");
    case QuestionType::Multiple:
        return PaperController::tr("多选");
    }
    return {};
}

// Why the letters typed for an item do not read (paper::readLetters), in the reader's language.
QString lettersProblemText(const paper::LettersProblem& problem)
{
    const QString typed = QString::fromStdString(problem.typed);
    switch (problem.reason) {
    case paper::LettersProblem::Reason::NotAnOption:
        return PaperController::tr("“%1”不是选项（A–%2）").arg(typed, QChar(problem.lastLetter));
    case paper::LettersProblem::Reason::Repeated:
        return PaperController::tr("%1 填了两次").arg(typed);
    case paper::LettersProblem::Reason::OneLetterOnly:
        return PaperController::tr("%1题只填一个字母，不能填 %2")
            .arg(typeText(problem.type), typed);
    }
    return {};
}

} // namespace

PaperController::PaperController(ConsoleManager& console, QObject* parent)
    : PrintingStep(console, parent)
{
    connect(&console, &ConsoleManager::sessionChanged, this, &PaperController::paperChanged);
    connect(&console, &ConsoleManager::personChanged, this, &PaperController::paperChanged);
    connect(this, &PaperController::paperChanged, this, &PaperController::followEntry);
    // The print command is the console's (one spool for every form): the screen's save field
    // follows whether there is a printer.
    connect(this, &PrintingStep::printerChanged, this, &PaperController::paperChanged);
}

PaperController::~PaperController() = default;

void PaperController::keepImages(const QuestionBank& bank, const FileSource& source)
{
    try {
        m_images = package::collectSessionImages({}, bank, source, source).questions;
    } catch (const std::runtime_error& e) {
        // The import checked every image, so this is a bank changed since: the paper still
        // prints, with "（图片缺失）" in the image's box, and the proctor is told.
        m_images.clear();
        qWarning("paper: the bank's images are not all there: %s", e.what());
        say(tr("题库图片不全，试卷上缺图处将标注“图片缺失”。"), true);
    }
}

const ExamContext* PaperController::context()
{
    if (m_context)
        return &*m_context;
    const auto* plan = m_console.plan();
    if (!plan) {
        say(tr("尚未导入考试计划。"), true);
        return nullptr;
    }
    ExamContext c;
    c.plan = plan->files.plan;
    c.roster = plan->files.roster;
    c.roomId = m_console.roomId();
    if (!plan->package) {
        c.bank = plan->files.bank; // a plan read from the centre's folder (no sealed part)
    } else {
        const auto* key = m_console.dataKey();
        if (!key) {
            say(tr("题库尚未解锁：请先在“开考”输入授权密码。"), true);
            return nullptr;
        }
        auto bank = package::openSealedBank(*plan->package, *key);
        if (!bank) {
            say(tr("数据密钥打不开题库。"), true);
            return nullptr;
        }
        // The questions are read from the opened box (v3: its question table; older packages:
        // bank.csv) in memory, which is wiped when `bank` goes; the images the questions name
        // are copied into guarded memory for the printed paper (as the kiosk's unlock does).
        Diagnostics diagnostics;
        c.bank = package::sealedQuestionBank(*bank, diagnostics);
        if (diagnostics.hasErrors()) {
            say(tr("题库无法读取。"), true);
            return nullptr;
        }
        keepImages(c.bank, FileSource(bank->files(), "sealed"));
    }
    if (!plan->package)
        keepImages(c.bank, FileSource(plan->files.dir));
    m_context = std::move(c);
    return &*m_context;
}

bool PaperController::selected() const
{
    return !m_ticket.isEmpty() && m_console.isOpen();
}

std::optional<paper::PaperStatus> PaperController::selectedStatus() const
{
    if (!selected())
        return std::nullopt;
    return paper::PaperManager(m_console.store())
        .status(m_console.sessionId(), m_ticket.toStdString());
}

std::optional<Paper> PaperController::selectedPaper()
{
    const auto* c = context();
    if (!c)
        return std::nullopt;
    auto drawn = paper::PaperManager(m_console.store())
                     .paper(m_console.sessionId(), m_ticket.toStdString(), *c);
    return std::move(drawn.value);
}

QVariantList PaperController::candidates() const
{
    QVariantList out;
    try {
        if (!m_console.isOpen() || !m_console.session())
            return out;
        paper::PaperManager manager(m_console.store());
        for (const auto& c : m_console.sessions().candidates(m_console.sessionId())) {
            const bool onPaper = manager.status(m_console.sessionId(), c.ticketNo).has_value();
            if (!onPaper && c.status != site::CandidateStatus::Present)
                continue;
            out.append(
                QVariantMap{{QStringLiteral("ticket"), qs(c.ticketNo)},
                            {QStringLiteral("text"),
                             QStringLiteral("%1 · %2 · %3%4")
                                 .arg(c.seatNo ? QString::number(*c.seatNo) : QStringLiteral("—"),
                                      qs(c.ticketNo), qs(c.name),
                                      onPaper ? QStringLiteral(" · ") + tr("纸质") : QString())},
                            {QStringLiteral("onPaper"), onPaper}});
        }
    } catch (const std::exception& e) {
        readFailed("candidates", e);
    }
    return out;
}

QString PaperController::candidateText() const
{
    try {
        if (!selected())
            return {};
        auto c = m_console.sessions().find(m_console.sessionId(), m_ticket.toStdString());
        if (!c)
            return {};
        return tr("考位 %1 · 准考证号 %2 · %3")
            .arg(c->seatNo ? QString::number(*c->seatNo) : QStringLiteral("—"), qs(c->ticketNo),
                 qs(c->name));
    } catch (const std::exception& e) {
        readFailed("candidateText", e);
        return {};
    }
}

QString PaperController::stage() const
{
    try {
        if (!selected())
            return QStringLiteral("choose");
        const auto name =
            paper::stageName(paper::paperStage(selectedStatus(), m_printed.count(m_ticket) > 0));
        return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
    } catch (const std::exception& e) {
        readFailed("stage", e);
        return QStringLiteral("choose");
    }
}

QString PaperController::statusText() const
{
    try {
        if (!selected())
            return {};
        auto status = selectedStatus();
        if (!status)
            return tr("在考位上作答。");
        QString text = tr("已改用纸质试卷（原因：%1，%2）。保留机考答案 %3 题。")
                           .arg(qs(status->reason), qs(status->switchedBy))
                           .arg(status->kioskAnswers.size());
        for (const auto& e : status->entries)
            text += QStringLiteral(" ") + tr("第 %1 次录入：%2。").arg(e.entryNo).arg(qs(e.staff));
        return text;
    } catch (const std::exception& e) {
        readFailed("statusText", e);
        return {};
    }
}

QVariantList PaperController::items()
{
    QVariantList out;
    try {
        auto status = selectedStatus();
        if (!status)
            return out;
        auto drawn = selectedPaper();
        if (!drawn)
            return out;
        for (std::size_t i = 0; i < drawn->items.size(); ++i) {
            const auto& item = drawn->items[i];
            const int count = paper::printedChoices(item);
            out.append(QVariantMap{
                {QStringLiteral("number"), int(i + 1)},
                {QStringLiteral("type"), typeText(item.type)},
                {QStringLiteral("choices"), QStringLiteral("A–%1").arg(QChar('A' + count - 1))},
                {QStringLiteral("count"), count},
                {QStringLiteral("kept"), status->kioskAnswers.count(i) > 0}});
        }
    } catch (const std::exception& e) {
        say(qs(e.what()), true);
    }
    return out;
}

QVariantList PaperController::differences() const
{
    QVariantList out;
    try {
        if (!selected())
            return out;
        auto diffs = paper::PaperManager(m_console.store())
                         .differences(m_console.sessionId(), m_ticket.toStdString());
        if (!diffs)
            return out;
        for (const auto& d : *diffs.value)
            out.append(QVariantMap{
                {QStringLiteral("item"), d.item},
                {QStringLiteral("number"), d.item + 1},
                {QStringLiteral("first"), d.first.empty() ? tr("（空）") : qs(d.first)},
                {QStringLiteral("second"), d.second.empty() ? tr("（空）") : qs(d.second)},
                {QStringLiteral("resolved"),
                 d.resolved ? (d.resolved->empty() ? tr("（空）") : qs(*d.resolved)) : QString()},
                {QStringLiteral("resolvedBy"), qs(d.resolvedBy)}});
    } catch (const std::exception& e) {
        readFailed("differences", e);
    }
    return out;
}

QString PaperController::sheetText() const
{
    try {
        auto status = selectedStatus();
        if (!status || !status->scored)
            return {};
        return tr("纸质试卷成绩：%1 分，%2。成绩单标记为纸质考试，结束考场时由监考会签并上传。")
            .arg(status->scoreHalfPoints / 2.0)
            .arg(status->passed ? tr("合格") : tr("不合格"));
    } catch (const std::exception& e) {
        readFailed("sheetText", e);
        return {};
    }
}

void PaperController::select(const QString& ticket)
{
    m_ticket = ticket;
    clearMessage();
    emit paperChanged();
}

bool PaperController::switchToPaper(const QString& reason)
{
    auto* p = person();
    if (!p)
        return false;
    return guarded([&] {
        const bool ok = report(paper::PaperManager(m_console.store())
                                   .switchCandidate(*p, m_console.sessionId(),
                                                    m_ticket.toStdString(), reason.toStdString()),
                               tr("已改用纸质试卷并记入考场记录；请打印试卷和答题卡。"));
        // The failed kiosk is locked (if one is there): it can no longer hand in as theirs.
        if (ok && m_link)
            m_link->lockForPaper(m_ticket.toStdString(), reason.toStdString());
        m_console.notifySessionChanged();
        return ok;
    });
}

bool PaperController::switchRoom(const QString& reason)
{
    auto* p = person();
    if (!p)
        return false;
    return guarded([&] {
        auto done = paper::PaperManager(m_console.store())
                        .switchSession(*p, m_console.sessionId(), reason.toStdString());
        const bool ok = report(
            done.outcome,
            tr("全场 %1 名考生已改用纸质试卷。").arg(done.value ? int(done.value->size()) : 0));
        if (ok && m_link)
            for (const auto& ticket : *done.value)
                m_link->lockForPaper(ticket, reason.toStdString());
        m_console.notifySessionChanged();
        return ok;
    });
}

std::optional<PrintingStep::Form> PaperController::paperForm()
{
    const auto* c = context();
    if (!c)
        return std::nullopt;
    const std::string ticket = m_ticket.toStdString();
    paper::PaperManager manager(m_console.store());
    auto drawn = manager.paper(m_console.sessionId(), ticket, *c);
    if (!report(drawn.outcome, {}))
        return std::nullopt;
    auto status = manager.status(m_console.sessionId(), ticket);
    auto seated = m_console.sessions().find(m_console.sessionId(), ticket);
    const Candidate* candidate = c->findCandidate(ticket);
    if (!status || !seated || !candidate) {
        report(site::Outcome::refused(site::Refusal::NotFound, ticket), {});
        return std::nullopt;
    }
    std::set<std::size_t> kept;
    for (const auto& [index, choice] : status->kioskAnswers)
        kept.insert(index);
    const auto& plan = c->plan;
    print::PaperHeader header{plan.name,
                              plan.site.name,
                              c->subject(),
                              m_console.sessionId(),
                              c->roomId,
                              seated->seatNo.value_or(0),
                              ticket,
                              candidate->name,
                              candidate->id.number,
                              plan.knowledgeExam.start,
                              plan.knowledgeExam.end,
                              plan.blueprint.durationMinutes,
                              plan.blueprint.totalPoints,
                              plan.blueprint.passPoints,
                              candidate->makeUp ? 2 : 1};
    // The items view into m_images (guarded memory), which outlives the form.
    return Form{
        tr("试卷与答题卡"), "paper", qs("paper-" + ticket + ".pdf"),
        [header = std::move(header),
         items = print::printedItems(*drawn.value, c->bank, kept, m_images)](QIODevice& out) {
            return print::PaperPrinter().print(out, header, items);
        }};
}

void PaperController::markPrintedNow()
{
    m_printed.insert(m_ticket);
    emit paperChanged();
}

bool PaperController::printPaper()
{
    return guarded([&] {
        if (!hasPrinter()) // refused before the draw: savePaper is the way out
            return printForms({Form{tr("试卷与答题卡"), "paper", {}, {}}});
        auto form = paperForm();
        if (!form || !printForms({*form}))
            return false;
        markPrintedNow();
        return true;
    });
}

bool PaperController::savePaper(const QString& path)
{
    return guarded([&] {
        auto form = paperForm();
        // The question texts leave the console only on record: paper-saved, refused for a
        // candidate not on paper (PaperManager).
        auto record = [this](const Form&, const std::string& file) {
            auto* p = person();
            return p ? paper::PaperManager(m_console.store())
                           .recordSaved(*p, m_console.sessionId(), m_ticket.toStdString(), file)
                     : site::Outcome::refused(site::Refusal::NotPermitted, "nobody logged in");
        };
        if (!form || !saveForms({*form}, path, record))
            return false;
        markPrintedNow();
        return true;
    });
}

void PaperController::markPrinted()
{
    m_printed.insert(m_ticket);
    emit paperChanged();
}

QString PaperController::entryText() const
{
    return qs(m_entry.currentText());
}

QStringList PaperController::entryAnswers() const
{
    QStringList out;
    for (const auto& letters : m_entry.answers())
        out.append(qs(letters));
    return out;
}

QString PaperController::entryKey() const
{
    const QString now = stage();
    const auto* person = m_console.person();
    return m_ticket + QLatin1Char('\n') + (person ? qs(person->name()) : QString()) +
           QLatin1Char('\n') +
           (now == QLatin1String("first") || now == QLatin1String("second") ? now : QString());
}

void PaperController::beginEntry()
{
    m_entryFor = entryKey();
    m_entry = {};
    m_entryError.clear();
    try {
        if (auto status = selectedStatus()) {
            if (auto drawn = selectedPaper()) {
                std::vector<bool> kept(drawn->items.size());
                for (std::size_t i = 0; i < kept.size(); ++i)
                    kept[i] = status->kioskAnswers.count(i) > 0;
                m_entry = paper::PaperEntryForm(std::move(kept));
            }
        }
    } catch (const std::exception& e) {
        say(qs(e.what()), true);
    }
    emit entryChanged();
    emit entryBegun();
}

void PaperController::followEntry()
{
    try {
        const QString key = entryKey();
        const bool typing = !key.endsWith(QLatin1Char('\n'));
        if (key != m_entryFor || (typing && m_entry.size() == 0))
            beginEntry();
    } catch (const std::exception& e) {
        readFailed("entry", e);
    }
}

bool PaperController::commitEntry(const QString& letters)
{
    // Past the last open item there is nothing to store: the screen goes on to the signature.
    if (m_entry.atEnd())
        return true;
    const int number = int(m_entry.current()) + 1;
    QString why;
    try {
        auto drawn = selectedPaper();
        paper::LettersProblem problem;
        if (drawn && m_entry.commit(*drawn, letters.toStdString(), &problem)) {
            m_entryError.clear();
            emit entryChanged();
            return true;
        }
        if (!drawn) // without the bank, context() has just said why on the message line
            why = m_context ? tr("没有第 %1 题").arg(number) : message();
        else
            why = lettersProblemText(problem);
    } catch (const std::exception& e) {
        why = qs(e.what());
    }
    m_entryError = tr("第 %1 题：%2").arg(number).arg(why);
    emit entryChanged();
    return false;
}

bool PaperController::entryBack()
{
    if (!m_entry.back())
        return false;
    emit entryChanged();
    return true;
}

bool PaperController::entryGo(int index)
{
    if (index < 0 || !m_entry.go(std::size_t(index)))
        return false;
    emit entryChanged();
    return true;
}

bool PaperController::submitEntry(const QStringList& answers)
{
    auto* p = person();
    if (!p)
        return false;
    return guarded([&] {
        const auto* c = context();
        if (!c)
            return false;
        std::vector<std::string> typed;
        for (const auto& a : answers)
            typed.push_back(a.toStdString());
        const bool ok =
            report(paper::PaperManager(m_console.store())
                       .enter(*p, m_console.sessionId(), m_ticket.toStdString(), *c, typed),
                   tr("录入已签名保存。"));
        emit paperChanged();
        return ok;
    });
}

bool PaperController::resolve(int item, const QString& answer, const QString& reason)
{
    auto* p = person();
    if (!p)
        return false;
    return guarded([&] {
        const auto* c = context();
        if (!c)
            return false;
        // The letters are read here first so that a mistyped answer is told in the screen's
        // language; PaperManager reads them again (and refuses in English for other callers).
        auto drawn = selectedPaper();
        if (!drawn)
            return false;
        paper::LettersProblem problem;
        if (item >= 0 && std::size_t(item) < drawn->items.size() &&
            !paper::readLetters(drawn->items[std::size_t(item)], answer.toStdString(), &problem)) {
            say(tr("第 %1 题：%2").arg(item + 1).arg(lettersProblemText(problem)), true);
            return false;
        }
        const bool ok = report(paper::PaperManager(m_console.store())
                                   .resolve(*p, m_console.sessionId(), m_ticket.toStdString(), *c,
                                            item, answer.toStdString(), reason.toStdString()),
                               tr("第 %1 题已核对。").arg(item + 1));
        emit paperChanged();
        return ok;
    });
}

bool PaperController::score()
{
    auto* p = person();
    if (!p)
        return false;
    return guarded([&] {
        const auto* c = context();
        if (!c)
            return false;
        auto sheet = paper::PaperManager(m_console.store())
                         .score(*p, m_console.sessionId(), m_ticket.toStdString(), *c);
        if (!report(sheet.outcome, {}))
            return false;
        // The screen shows the result itself (sheetText); no second copy in the message line.
        clearMessage();
        // A paper pass counts for the practical exam from now on, as a kiosk's sheet does.
        (void)m_console.recordKnowledgeSheets();
        m_console.notifySessionChanged();
        return true;
    });
}

} // namespace examroom
