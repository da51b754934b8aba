#include "GradingScene.h"

#include <memory>
#include <QQmlEngine>
#include <QQuickItem>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Examroom_GradingPlugin)

namespace examroom {

// What the grader screen's tests may ask of the site behind it (`GradingTest` in QML).
class GradingTestDriver : public QObject
{
    Q_OBJECT
public:
    test::GradingScene scene;

    // The first item under `root` whose Accessible.name is `name` (depth first); null if none.
    Q_INVOKABLE QQuickItem* findByName(QQuickItem* root, const QString& name) const
    {
        if (!root)
            return nullptr;
        for (QObject* child : root->children())
            if (qstrcmp(child->metaObject()->className(), "QQuickAccessibleAttached") == 0 &&
                child->property("name").toString() == name)
                return root;
        for (QQuickItem* child : root->childItems())
            if (QQuickItem* found = findByName(child, name))
                return found;
        return nullptr;
    }
    // How many marks site.db holds (each test checks what its keystrokes stored).
    Q_INVOKABLE int storedMarks()
    {
        auto count = scene.store().database().prepare("SELECT count(*) FROM practical_marks");
        return count.step() ? int(count.columnInt64(0)) : -1;
    }
    Q_INVOKABLE void loginAs(const QString& name) { scene.switchGrader(name.toStdString()); }
};

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine* engine)
    {
        if (!m_driver) {
            m_driver = std::make_unique<GradingTestDriver>();
            qmlRegisterSingletonInstance("GradingTest", 1, 0, "GradingTest", m_driver.get());
        }
        engine->addImportPath(QStringLiteral("qrc:/"));
    }

private:
    std::unique_ptr<GradingTestDriver> m_driver;
};

} // namespace examroom

QUICK_TEST_MAIN_WITH_SETUP(grading_qml, examroom::Setup)

#include "QuickTestMain.moc"
