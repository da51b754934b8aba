#include "ProctorApplication.h"

#include <QtQml/qqmlextensionplugin.h>

// The QML module is linked statically; this pulls its plugin (and type registrations) in.
Q_IMPORT_QML_PLUGIN(Examroom_ProctorPlugin)
Q_IMPORT_QML_PLUGIN(Examroom_GradingPlugin)

// The console is a thin main over the proctor_app library, which the tests link too.
int main(int argc, char** argv)
{
    return examroom::runProctor(argc, argv);
}
