#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>
#include <QGuiApplication>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Examroom_ProctorPlugin)
Q_IMPORT_QML_PLUGIN(Examroom_GradingPlugin)

// The controllers are QObjects with translators, timers and printers: a QGuiApplication must
// exist (offscreen; CTest sets QT_QPA_PLATFORM, a manual run gets it here).
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    doctest::Context context(argc, argv);
    return context.run();
}
