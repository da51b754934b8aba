#include "KioskApplication.h"

#include <QtQml/qqmlextensionplugin.h>

// The QML module is linked statically; this pulls its plugin (and type registrations) in.
Q_IMPORT_QML_PLUGIN(Examroom_KioskPlugin)

// The kiosk is a thin main over the kiosk_app library, which the tests link too.
int main(int argc, char** argv)
{
    return examroom::runKiosk(argc, argv);
}
