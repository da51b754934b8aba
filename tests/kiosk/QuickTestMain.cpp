#include "KioskController.h"
#include "KioskImageProvider.h"
#include "KioskManager.h"
#include "LocalProvisioning.h"
#include "SpeechEngine.h"
#include "util/IsoTime.h"

#include <memory>
#include <QQmlEngine>
#include <QQuickItem>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Examroom_KioskPlugin)

namespace examroom {

// What the screens' tests may ask of the kiosk behind them, standing in for the candidate's
// earlier steps and for the proctor (`KioskTest` in QML).
class KioskTestDriver : public QObject
{
    Q_OBJECT
public:
    KioskTestDriver()
    {
        if (!m_manager.openStore(m_dir.path().toStdString()))
            qFatal("cannot open the test store");
        FixedClock importClock(parseIsoTime("2027-03-01T09:00:00+08:00")->utc);
        std::string error;
        auto session = sessionFromCentreFiles(EXAMROOM_TEST_DATA_DIR, "R1", 7, importClock, &error);
        if (!session ||
            !m_manager.setContext(std::move(session->context), std::move(session->images)))
            qFatal("cannot provision the test kiosk: %s", error.c_str());
        KioskController::setInstance(&m_kiosk);
    }
    KioskManager& manager() { return m_manager; }

    // The ticket and ID number of roster entry `i` (each test uses its own candidate).
    Q_INVOKABLE QString ticket(int i) const
    {
        return qs(m_manager.context()->roster.at(std::size_t(i)).ticketNo);
    }
    Q_INVOKABLE QString idNo(int i) const
    {
        return qs(m_manager.context()->roster.at(std::size_t(i)).id.number);
    }
    // Back to the login screen with nobody logged in.
    Q_INVOKABLE void reset() { m_manager.release(); }
    // Logs candidate `i` in and confirms the identity (the flow the earlier screens test).
    Q_INVOKABLE bool loginAndConfirm(int i)
    {
        reset();
        return m_kiosk.login(ticket(i), idNo(i)) && m_kiosk.confirmIdentity();
    }
    // The proctor opens the exam.
    Q_INVOKABLE bool openExam()
    {
        PaperSeed seed{};
        seed.fill(1);
        return m_manager.openExam(seed);
    }
    Q_INVOKABLE bool submit() { return m_manager.submit(SubmitReason::Proctor); }
    // The first item of the open paper whose question has an image under its stem; -1: none.
    Q_INVOKABLE int firstImageItem() const
    {
        const ExamSession* session = m_manager.session();
        for (int i = 0; session && i < session->itemCount(); ++i)
            if (!session->question(i).image.empty())
                return i;
        return -1;
    }

    // The first item under `root` whose Accessible.name is `name` (depth first);
    // null when there is none.
    Q_INVOKABLE QQuickItem* findByName(QQuickItem* root, const QString& name) const
    {
        // Visibility is not checked: a TestCase (and so what it creates) is never visible.
        if (!root)
            return nullptr;
        // The Accessible attached object is a child QObject of its item; read its `name`.
        for (QObject* child : root->children())
            if (qstrcmp(child->metaObject()->className(), "QQuickAccessibleAttached") == 0 &&
                child->property("name").toString() == name)
                return root;
        for (QQuickItem* child : root->childItems())
            if (QQuickItem* found = findByName(child, name))
                return found;
        return nullptr;
    }

private:
    static QString qs(const std::string& text) { return QString::fromStdString(text); }

    QTemporaryDir m_dir;
    ManualMonotonicSource m_mono;
    FixedClock m_wall{parseIsoTime("2027-03-08T08:05:00+08:00")->utc};
    KioskManager m_manager{m_mono, m_wall};
    FakeSpeechEngine m_speech;
    KioskController m_kiosk{m_manager, m_speech};
};

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine* engine)
    {
        // Made here, not in the constructor: the application (and its event loop's thread
        // data, which the kiosk's timer needs) exists only from now on.
        if (!m_driver) {
            m_driver = std::make_unique<KioskTestDriver>();
            qmlRegisterSingletonInstance("KioskTest", 1, 0, "KioskTest", m_driver.get());
        }
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->addImageProvider(QStringLiteral("kiosk"),
                                 new KioskImageProvider(m_driver->manager()));
    }

private:
    std::unique_ptr<KioskTestDriver> m_driver;
};

} // namespace examroom

QUICK_TEST_MAIN_WITH_SETUP(kiosk_qml, examroom::Setup)

#include "QuickTestMain.moc"
