#include "HeadlessRunner.h"

#include "crypto/Hex.h"
#include "crypto/SecretBytes.h"
#include "documents/ScoreSheet.h"
#include "ExamController.h"
#include "KioskController.h"
#include "KioskImageProvider.h"
#include "KioskManager.h"
#include "RoomLink.h"

#include <chrono>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>

namespace examroom {

HeadlessRunner::HeadlessRunner(KioskManager& manager, KioskController& kiosk, QTextStream& out)
    : m_manager(manager), m_kiosk(kiosk), m_out(out)
{
}

int HeadlessRunner::run(const QString& script)
{
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].section(QLatin1Char('#'), 0, 0).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList words = line.split(QRegularExpression(QStringLiteral("\\s+")));
        const QString error = runLine(words);
        if (!error.isEmpty()) {
            m_out << "kiosk: line " << (i + 1) << ": " << words.first() << ": " << error
                  << Qt::endl;
            return error.startsWith(QLatin1String("usage")) ? 2 : 1;
        }
    }
    return 0;
}

QString HeadlessRunner::runLine(const QStringList& words)
{
    const QString& command = words.first();
    ExamController& exam = *m_kiosk.exam();
    auto number = [&](int at) {
        return words.size() > at ? words[at].toInt() : 0;
    };

    if (command == QLatin1String("login") || command == QLatin1String("login-refused")) {
        if (words.size() != 3)
            return QStringLiteral("usage: login TICKET IDNO");
        const bool accepted = m_kiosk.login(words[1], words[2]);
        if (command == QLatin1String("login"))
            return accepted ? QString() : m_kiosk.loginError();
        return accepted ? QStringLiteral("the login was accepted") : QString();
    }
    if (command == QLatin1String("confirm-identity"))
        return m_kiosk.confirmIdentity() ? QString() : QStringLiteral("not at the identity card");
    if (command == QLatin1String("reject-identity"))
        return m_kiosk.rejectIdentity() ? QString() : QStringLiteral("not at the identity card");
    if (command == QLatin1String("open-exam")) {
        PaperSeed seed{};
        if (words.size() < 2 || words[1] == QLatin1String("random")) {
            auto random = crypto::SecretBytes::random(seed.size());
            std::copy(random.data(), random.data() + seed.size(), seed.begin());
        } else {
            auto bytes = crypto::fromHex(words[1].toStdString());
            if (!bytes || bytes->size() != seed.size())
                return QStringLiteral("usage: open-exam SEEDHEX(64 digits)|random");
            std::copy(bytes->begin(), bytes->end(), seed.begin());
        }
        if (!m_manager.openExam(seed))
            return QString::fromStdString(m_manager.lastError());
        m_out << "kiosk: exam open, " << exam.total() << " questions, " << exam.remainingText()
              << " left" << Qt::endl;
        return {};
    }
    if (command == QLatin1String("answer")) {
        if (words.size() != 3 || !exam.goTo(number(1) - 1))
            return QStringLiteral("usage: answer N LETTERS");
        if (!exam.clearAnswer())
            return QStringLiteral("not saved");
        for (QChar letter : words[2].toUpper())
            if (!exam.toggleChoice(letter.unicode() - 'A'))
                return QStringLiteral("choice %1 not saved").arg(letter);
        return {};
    }
    if (command == QLatin1String("answer-correct")) {
        const ExamSession* session = m_manager.session();
        if (!session)
            return QStringLiteral("no exam");
        const int count = words.value(1) == QLatin1String("all")
                              ? session->itemCount()
                              : std::min(number(1), session->itemCount());
        for (int i = 0; i < count; ++i) {
            exam.goTo(i);
            exam.clearAnswer();
            const ChoiceSet key = session->paper().items[std::size_t(i)].key;
            for (int c = 0; c < ChoiceSet::maxChoices; ++c)
                if (key.contains(c) && !exam.toggleChoice(c))
                    return QStringLiteral("not saved");
        }
        return {};
    }
    if (command == QLatin1String("flag")) {
        if (!exam.goTo(number(1) - 1) || !exam.toggleFlag())
            return QStringLiteral("usage: flag N");
        return {};
    }
    if (command == QLatin1String("goto"))
        return exam.goTo(number(1) - 1) ? QString() : QStringLiteral("usage: goto N");
    if (command == QLatin1String("raise-hand")) {
        m_kiosk.raiseHand();
        return {};
    }
    if (command == QLatin1String("font")) {
        m_kiosk.setFontScale(number(1));
        return {};
    }
    if (command == QLatin1String("contrast")) {
        m_kiosk.setHighContrast(words.value(1) == QLatin1String("on"));
        return {};
    }
    if (command == QLatin1String("language")) {
        m_kiosk.setLanguage(words.value(1));
        return {};
    }
    if (command == QLatin1String("submit")) {
        if (!exam.canSubmit())
            return QStringLiteral("handing in is not allowed for %1 more minutes")
                .arg(exam.submitWaitMinutes());
        m_out << "kiosk: unanswered before 交卷: "
              << (exam.unansweredText().isEmpty() ? QStringLiteral("none") : exam.unansweredText())
              << Qt::endl;
        return exam.confirmSubmit() ? QString() : QString::fromStdString(m_manager.lastError());
    }
    if (command == QLatin1String("submit-refused"))
        return exam.canSubmit() ? QStringLiteral("handing in was allowed") : QString();
    if (command == QLatin1String("result")) {
        if (!exam.finished())
            return QStringLiteral("not handed in");
        m_out << "kiosk: result " << m_kiosk.ticketNo() << " score " << exam.scoreText() << "/"
              << m_manager.context()->plan.blueprint.totalPoints << " "
              << (exam.passed() ? "PASS" : "FAIL") << " receipt " << exam.receiptCode()
              << " answered " << exam.answeredCount() << "/" << exam.total() << Qt::endl;
        return {};
    }
    if (command == QLatin1String("sheet-out")) {
        const ExamSession* session = m_manager.session();
        if (words.size() != 2 || !session || !session->signedSheet())
            return QStringLiteral("usage: sheet-out FILE (after submit)");
        QFile file(words[1]);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QStringLiteral("cannot write ") + words[1];
        file.write(QByteArray::fromStdString(session->signedSheet()->toJson()));
        return {};
    }
    if (command == QLatin1String("release"))
        return m_manager.release() ? QString() : QString::fromStdString(m_manager.lastError());
    return runLinkLine(words);
}

bool HeadlessRunner::waitFor(const std::function<bool()>& done, int seconds)
{
    QDeadlineTimer deadline{std::chrono::seconds(seconds)};
    QEventLoop loop;
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        // The link's timer wakes this at least every 200 ms.
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

QString HeadlessRunner::runLinkLine(const QStringList& words)
{
    const QString& command = words.first();
    auto seconds = [&](int at) {
        const int value = words.size() > at ? words[at].toInt() : 0;
        return value > 0 ? value : 60;
    };
    if (command == QLatin1String("pace")) {
        QDeadlineTimer until(words.value(1).toInt());
        QEventLoop loop;
        while (!until.hasExpired())
            loop.processEvents(QEventLoop::WaitForMoreEvents, int(until.remainingTime()));
        return {};
    }
    if (command == QLatin1String("remaining")) {
        const ExamSession* session = m_manager.session();
        if (!session)
            return QStringLiteral("no exam");
        m_out << "kiosk: remaining " << session->clock().remaining().count() << " ms, "
              << session->answeredCount() << " answered" << Qt::endl;
        return {};
    }
    if (command == QLatin1String("images")) {
        // The candidate's photo and the paper's question images, decoded as the screens get
        // them (KioskImageProvider, from memory): the end-to-end check that unlock kept them.
        const Candidate* candidate = m_manager.candidate();
        if (!candidate)
            return QStringLiteral("nobody logged in");
        KioskImageProvider provider(m_manager);
        const QImage photo = provider.requestImage(
            QStringLiteral("photo/") + QString::fromStdString(candidate->ticketNo), nullptr, {});
        if (!candidate->photo.empty() && photo.isNull())
            return QStringLiteral("the photo does not decode");
        int named = 0, decoded = 0;
        if (const ExamSession* session = m_manager.session()) {
            for (int i = 0; i < session->itemCount(); ++i) {
                if (session->question(i).image.empty())
                    continue;
                ++named;
                if (!provider.requestImage(QStringLiteral("question/%1").arg(i), nullptr, {})
                         .isNull())
                    ++decoded;
            }
        }
        m_out << "kiosk: images photo " << photo.width() << "x" << photo.height() << ", questions "
              << decoded << " of " << named << " decoded" << Qt::endl;
        return decoded == named ? QString() : QStringLiteral("a question image does not decode");
    }
    if (command == QLatin1String("shown")) {
        // The question on screen and when (CLOCK_MONOTONIC is one clock for every process of
        // the machine, so a benchmark can subtract the console's moment of the start from it).
        const ExamController& exam = *m_kiosk.exam();
        if (!m_manager.session() || exam.stem().isEmpty())
            return QStringLiteral("no question on screen");
        const auto now = std::chrono::duration_cast<std::chrono::microseconds>(
            std::chrono::steady_clock::now().time_since_epoch());
        m_out << "kiosk: question " << (exam.index() + 1) << " of " << exam.total()
              << " shown at monotonic " << qint64(now.count()) << " us" << Qt::endl;
        return {};
    }
    if (command == QLatin1String("answers")) {
        // Every item's answer as letters ('-' none), '*' when flagged: tests compare seats.
        const ExamSession* session = m_manager.session();
        if (!session)
            return QStringLiteral("no exam");
        QStringList items;
        for (int i = 0; i < session->itemCount(); ++i) {
            QString item;
            if (const auto& answer = session->answers()[std::size_t(i)])
                for (int bit = 0; bit < 8; ++bit)
                    if (answer->bits() & (1u << bit))
                        item += QChar('A' + bit);
            if (item.isEmpty())
                item = QStringLiteral("-");
            if (session->flags()[std::size_t(i)])
                item += QLatin1Char('*');
            items.append(item);
        }
        m_out << "kiosk: answers " << items.join(QLatin1Char(',')) << Qt::endl;
        return {};
    }
    const bool linkCommand =
        command == QLatin1String("pair") || command.startsWith(QLatin1String("wait-"));
    if (!linkCommand)
        return QStringLiteral("usage: unknown command");
    if (!m_link || !m_link->isActive())
        return QStringLiteral("no room link (--console)");
    if (command == QLatin1String("pair")) {
        if (!m_link->isPaired()) {
            const QString code = m_link->startPairing();
            m_out << "kiosk: pairing code " << code << " fingerprint " << m_link->fingerprint()
                  << Qt::endl;
        }
        return waitFor([this] { return m_link->isPaired() && m_link->isLinkUp(); }, seconds(1))
                   ? QString()
                   : QStringLiteral("not paired in time");
    }
    if (command == QLatin1String("wait-unlock"))
        return waitFor([this] { return m_link->isUnlocked() && m_manager.context(); }, seconds(1))
                   ? QString()
                   : QStringLiteral("not unlocked in time");
    if (command == QLatin1String("wait-exam")) {
        if (!waitFor([this] { return m_manager.state() == FlowState::InExam; }, seconds(1)))
            return QStringLiteral("the exam was not opened in time");
        m_out << "kiosk: exam open, " << m_kiosk.exam()->total() << " questions, "
              << m_kiosk.exam()->remainingText() << " left" << Qt::endl;
        return {};
    }
    if (command == QLatin1String("wait-state")) {
        const auto wanted = flowStateFromName(words.value(1).toStdString());
        if (!wanted)
            return QStringLiteral("usage: wait-state NAME [SECONDS]");
        return waitFor([&] { return m_manager.state() == *wanted; }, seconds(2))
                   ? QString()
                   : QStringLiteral("not in that state in time");
    }
    if (command == QLatin1String("wait-synced"))
        return waitFor([this] { return m_link->isSynced(); }, seconds(1))
                   ? QString()
                   : QStringLiteral("not acknowledged by the console in time");
    return QStringLiteral("usage: unknown command");
}

} // namespace examroom
