// The baseline of kiosk_footprint: the least a Qt GUI process does (QGuiApplication on the
// platform plugin, one event loop turn), so that the kiosk's start and memory read as a
// ratio over what any Qt app costs on this machine. Prints "ready" and waits to be killed.
#include <cstdio>
#include <QGuiApplication>
#include <QTimer>

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QTimer::singleShot(0, [] {
        std::printf("ready\n");
        std::fflush(stdout);
    });
    QTimer::singleShot(60000, &app, &QCoreApplication::quit);
    return QGuiApplication::exec();
}
