#include "ExamController.h"

#include "domain/Enums.h"
#include "KioskManager.h"
#include "PaletteModel.h"
#include "SpeechEngine.h"

#include <QUrl>

namespace examroom {
namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

ExamController::ExamController(KioskManager& manager, PaletteModel& palette, SpeechEngine& speech,
                               QObject* parent)
    : QObject(parent), m_manager(manager), m_palette(palette), m_speech(speech)
{
    connect(&manager, &KioskManager::examChanged, this, &ExamController::onExamChanged);
    connect(&manager, &KioskManager::ticked, this, &ExamController::clockChanged);
    connect(&manager, &KioskManager::stateChanged, this, &ExamController::resultChanged);
    m_speech.whenChanged(this, [this] { emit speechChanged(); });
}

void ExamController::onExamChanged()
{
    // The voice check starts in the background after the kiosk's start; at the latest it
    // starts once a question is on screen (idempotent).
    if (m_manager.session())
        m_speech.probe();
    m_palette.refresh();
    emit questionChanged();
    emit clockChanged();
    emit resultChanged();
}

int ExamController::index() const
{
    return m_manager.session() ? m_manager.session()->currentIndex() : 0;
}

int ExamController::total() const
{
    return m_manager.session() ? m_manager.session()->itemCount() : 0;
}

int ExamController::questionType() const
{
    const ExamSession* session = m_manager.session();
    return session ? int(session->paper().items[std::size_t(index())].type) : 0;
}

QString ExamController::stem() const
{
    const ExamSession* session = m_manager.session();
    return session ? qs(session->question(index()).stem) : QString();
}

QStringList ExamController::options() const
{
    const ExamSession* session = m_manager.session();
    if (!session)
        return {};
    const PaperItem& item = session->paper().items[std::size_t(index())];
    if (item.type == QuestionType::TrueFalse)
        return {};
    const Question& question = session->question(index());
    QStringList list;
    for (int bankIndex : item.optionOrder)
        list.append(qs(question.options[std::size_t(bankIndex)]));
    return list;
}

QString ExamController::imageSource() const
{
    const ExamSession* session = m_manager.session();
    if (!session || session->question(index()).image.empty())
        return {};
    return QStringLiteral("image://kiosk/question/%1").arg(index());
}

int ExamController::selectedBits() const
{
    const ExamSession* session = m_manager.session();
    if (!session)
        return 0;
    const auto& answer = session->answers()[std::size_t(index())];
    return answer ? answer->bits() : 0;
}

bool ExamController::flagged() const
{
    const ExamSession* session = m_manager.session();
    return session && session->flags()[std::size_t(index())];
}

int ExamController::answeredCount() const
{
    return m_manager.session() ? m_manager.session()->answeredCount() : 0;
}

int ExamController::remainingSeconds() const
{
    const ExamSession* session = m_manager.session();
    if (!session)
        return 0;
    return int(
        std::chrono::duration_cast<std::chrono::seconds>(session->clock().remaining()).count());
}

QString ExamController::remainingText() const
{
    const int seconds = remainingSeconds();
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QChar('0'))
        .arg(seconds / 60 % 60, 2, 10, QChar('0'))
        .arg(seconds % 60, 2, 10, QChar('0'));
}

QString ExamController::unansweredText() const
{
    const ExamSession* session = m_manager.session();
    if (!session)
        return {};
    QStringList numbers;
    for (int number : session->unansweredNumbers())
        numbers.append(QString::number(number));
    return numbers.join(QStringLiteral(", "));
}

int ExamController::unansweredCount() const
{
    return m_manager.session() ? int(m_manager.session()->unansweredNumbers().size()) : 0;
}

int ExamController::submitWaitMinutes() const
{
    const ExamSession* session = m_manager.session();
    if (!session)
        return 0;
    auto check = session->canSubmit();
    return check ? 0 : int(std::chrono::ceil<std::chrono::minutes>(check.waitFor).count());
}

bool ExamController::speechAvailable() const
{
    return m_speech.available();
}

bool ExamController::speechChecking() const
{
    return m_speech.checking();
}

QString ExamController::speechDescription() const
{
    return m_speech.description();
}

bool ExamController::finished() const
{
    return m_manager.session() && m_manager.session()->isFinished();
}

QString ExamController::scoreText() const
{
    const ExamSession* session = m_manager.session();
    if (!session || !session->scoreSheet())
        return {};
    return QString::number(session->scoreSheet()->score(), 'g', 4);
}

bool ExamController::passed() const
{
    const ExamSession* session = m_manager.session();
    return session && session->scoreSheet() && session->scoreSheet()->passed;
}

int ExamController::passPoints() const
{
    const ExamContext* context = m_manager.context();
    return context ? context->plan.blueprint.passPoints : 0;
}

QString ExamController::receiptCode() const
{
    const ExamSession* session = m_manager.session();
    if (!session || !session->signedSheet())
        return {};
    return qs(examroom::receiptCode(*session->signedSheet()));
}

QString ExamController::qrSource() const
{
    const ExamSession* session = m_manager.session();
    if (!session || !session->signedSheet())
        return {};
    return QStringLiteral("image://kiosk/qr/") + qs(session->signedSheet()->contentHash());
}

QString ExamController::submitReason() const
{
    const ExamSession* session = m_manager.session();
    if (!session || !session->scoreSheet())
        return {};
    return qs(std::string(label(session->scoreSheet()->submitReason)));
}

QVariantMap ExamController::sheet() const
{
    const ExamSession* session = m_manager.session();
    if (!session || !session->scoreSheet())
        return {};
    const ScoreSheet& s = *session->scoreSheet();
    const bool makeUp = s.attempt > 1;
    // Keyed by table 6's fields; QML puts the translated labels beside them.
    return {{"name", qs(s.name)},
            {"examDate", makeUp ? QString() : qs(s.examDate)},
            {"photo", m_manager.candidate() && !m_manager.candidate()->photo.empty()
                          ? QStringLiteral("image://kiosk/photo/") + qs(s.ticketNo)
                          : QString()},
            {"gender", qs(std::string(label(s.gender)))},
            {"makeUpDate", makeUp ? qs(s.examDate) : QString()},
            {"idType", qs(std::string(label(s.idType)))},
            {"idNo", qs(s.idNo)},
            {"ticketNo", qs(s.ticketNo)},
            {"subject", qs(s.subject)},
            {"examCentre", qs(s.examCentre)},
            {"plan", qs(s.planName)},
            {"examKind", qs(std::string(label(s.examKind)))},
            {"qualificationType", qs(s.qualificationType)},
            {"operationCategory", qs(s.operationCategory)},
            {"operationItem", qs(s.operationItem)},
            {"site", qs(s.siteName)},
            {"score", QString::number(s.score(), 'g', 4)},
            {"submittedDate", qs(s.submittedAt.substr(0, 10))}};
}

bool ExamController::setAnswerBits(int bits)
{
    ExamSession* session = m_manager.session();
    if (!session || m_manager.state() != FlowState::InExam)
        return false;
    m_saved = false;
    try {
        session->setAnswer(index(), ChoiceSet::fromBits(std::uint8_t(bits)));
        m_saved = true;
    } catch (const std::exception& e) {
        // The answer is neither on disk nor shown: the candidate sees "not saved" and the
        // proctor is told.
        emit m_manager.faulted(QStringLiteral("answer not saved: ") + e.what());
    }
    onExamChanged();
    return m_saved;
}

bool ExamController::toggleChoice(int choice)
{
    const ExamSession* session = m_manager.session();
    if (!session || choice < 0 || choice >= ChoiceSet::maxChoices)
        return false;
    const PaperItem& item = session->paper().items[std::size_t(index())];
    const int count = item.type == QuestionType::TrueFalse ? 2 : int(item.optionOrder.size());
    if (choice >= count)
        return false;
    int bits = selectedBits();
    if (item.type == QuestionType::Multiple)
        bits ^= 1 << choice;
    else
        bits = (bits == (1 << choice)) ? bits : (1 << choice);
    return setAnswerBits(bits);
}

bool ExamController::clearAnswer()
{
    return setAnswerBits(0);
}

bool ExamController::goTo(int target)
{
    ExamSession* session = m_manager.session();
    if (!session || target < 0 || target >= session->itemCount())
        return false;
    try {
        session->goTo(target);
    } catch (const std::exception& e) {
        emit m_manager.faulted(QStringLiteral("position not saved: ") + e.what());
    }
    m_speech.stop();
    onExamChanged();
    return true;
}

bool ExamController::next()
{
    return goTo(index() + 1);
}

bool ExamController::previous()
{
    return goTo(index() - 1);
}

bool ExamController::toggleFlag()
{
    ExamSession* session = m_manager.session();
    if (!session || m_manager.state() != FlowState::InExam)
        return false;
    try {
        session->setFlag(index(), !flagged());
    } catch (const std::exception& e) {
        emit m_manager.faulted(QStringLiteral("flag not saved: ") + e.what());
        return false;
    }
    onExamChanged();
    return true;
}

void ExamController::readAloud(const QString& trueLabel, const QString& falseLabel)
{
    if (!m_manager.session())
        return;
    QString text = stem();
    const QStringList list = questionType() == 0 ? QStringList{trueLabel, falseLabel} : options();
    for (int i = 0; i < list.size(); ++i)
        text += QStringLiteral("。") + QChar('A' + i) + QStringLiteral("，") + list[i];
    m_speech.say(text);
}

void ExamController::stopReading()
{
    m_speech.stop();
}

bool ExamController::canSubmit() const
{
    const ExamSession* session = m_manager.session();
    return session && bool(session->canSubmit());
}

bool ExamController::confirmSubmit()
{
    m_speech.stop();
    const bool ok = m_manager.submit(SubmitReason::Candidate);
    onExamChanged();
    return ok;
}

} // namespace examroom
