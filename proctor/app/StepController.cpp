#include "StepController.h"

#include "ConsoleManager.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QDebug>
#include <QMetaObject>
#include <typeinfo>

namespace examroom {

StepController::StepController(ConsoleManager& console, QObject* parent)
    : QObject(parent), m_console(console)
{
}

QString StepController::refusalText(const site::Outcome& outcome)
{
    using site::Refusal;
    const QString detail = qs(outcome.why);
    switch (outcome.refusal) {
    case Refusal::None:
        return {};
    case Refusal::NotPermitted:
        return tr("您的角色不能执行此操作。");
    case Refusal::SessionLocked:
        return tr("控制台已因无操作而锁定，请重新输入密码。");
    case Refusal::NotFound:
        return tr("未找到：%1").arg(detail);
    case Refusal::WrongState:
        return tr("当前状态下不能执行此操作：%1").arg(detail);
    case Refusal::TooLate:
        return tr("已过迟到入场截止时间；如需放行，请填写原因。");
    case Refusal::TooEarly:
        return tr("考试时间尚未开始；提前开考需管理员填写原因。");
    case Refusal::WrongPassword:
        return tr("密码错误（已记录）。");
    case Refusal::RateLimited:
        return tr("错误次数过多，请在 %1 之后再试。")
            .arg(QDateTime::fromSecsSinceEpoch(outcome.retryAt)
                     .toString(QStringLiteral("HH:mm:ss")));
    case Refusal::SeatUnavailable:
        return tr("考位不可用：%1").arg(detail);
    case Refusal::NeedsReason:
        return tr("请填写原因。");
    case Refusal::InvalidInput:
        return tr("输入有误：%1").arg(detail);
    }
    return detail;
}

bool StepController::guarded(const std::function<bool()>& action)
{
    try {
        return action();
    } catch (const std::exception& e) {
        // On screen and in the log (the journal): a fault is never only a passing message. The
        // log gets the text of a StoreError only (it names SQL, never values), as logReadFault.
        const bool textIsSafe = dynamic_cast<const store::StoreError*>(&e) != nullptr;
        qWarning().noquote() << metaObject()->className() << "action failed:"
                             << (textIsSafe ? QString::fromUtf8(e.what())
                                            : QStringLiteral("a fault of type ") +
                                                  QString::fromLatin1(typeid(e).name()));
        say(tr("内部错误，操作未完成：%1").arg(QString::fromUtf8(e.what())), true);
        return false;
    }
}

QString StepController::logReadFault(const char* where, const char* reading,
                                     const std::exception& fault)
{
    const bool textIsSafe = dynamic_cast<const store::StoreError*>(&fault) != nullptr;
    qWarning().noquote() << where << "could not read" << reading << "for the screen:"
                         << (textIsSafe ? QString::fromUtf8(fault.what())
                                        : QStringLiteral("a fault of type ") +
                                              QString::fromLatin1(typeid(fault).name()));
    return tr("内部错误，屏幕上的数据未能读取：%1").arg(QString::fromUtf8(fault.what()));
}

void StepController::readFailed(const char* reading, const std::exception& fault) const
{
    const QString text = logReadFault(metaObject()->className(), reading, fault);
    auto* self = const_cast<StepController*>(this);
    QMetaObject::invokeMethod(
        self,
        [self, text] {
            if (self->m_message != text || !self->m_messageIsError)
                self->say(text, true);
        },
        Qt::QueuedConnection);
}

bool StepController::report(const site::Outcome& outcome, const QString& success)
{
    say(outcome.ok() ? success : refusalText(outcome), !outcome.ok());
    return outcome.ok();
}

void StepController::say(const QString& text, bool error)
{
    m_message = text;
    m_messageIsError = error;
    emit messageChanged();
}

site::PersonSession* StepController::person()
{
    auto* p = m_console.person();
    if (!p)
        say(tr("请先登录。"), true);
    return p;
}

} // namespace examroom
