// Renders the grader screen (zh and en) and the printed practical score sheets of the test
// scene into the folder given as the only argument, for a person to look at; exits non-zero
// when anything could not be made.

#include "GradingScene.h"
#include "print/PracticalSheetPrinter.h"

#include <cstdio>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QtQml/qqmlextensionplugin.h>
#include <QTranslator>

Q_IMPORT_QML_PLUGIN(Examroom_GradingPlugin)

using namespace examroom;

namespace {

bool renderScreen(const QString& file)
{
    QQuickView view;
    view.engine()->addImportPath(QStringLiteral("qrc:/"));
    view.setResizeMode(QQuickView::SizeRootObjectToView);
    view.resize(1280, 800);
    view.setSource(QUrl(QStringLiteral("qrc:/Examroom/Grading/GradingScreen.qml")));
    if (view.status() != QQuickView::Ready)
        throw std::runtime_error("the grader screen does not load");
    view.show();
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    const QImage image = view.grabWindow();
    return !image.isNull() && image.save(file);
}

std::vector<print::PracticalSheetForm> forms(test::GradingScene& scene)
{
    std::vector<print::PracticalSheetForm> out;
    const std::string session = "P1/practical";
    const auto rubric = *scene.manager().rubric(session);
    for (const auto& c : scene.manager().candidates(session)) {
        print::PracticalSheetForm form;
        form.planName = "2027年3月 低压电工作业 初领 实际操作考试";
        form.siteName = "深圳市安培职业培训学校考试点";
        form.operationItem = rubric.operationItem;
        form.examDate = "2027-03-09";
        form.ticketNo = c.ticketNo;
        form.name = c.name;
        form.idNo = c.idNo;
        form.attempt = c.attempt;
        form.passPoints = rubric.passPoints;
        for (const auto& draw : scene.manager().draws(session, c.ticketNo))
            for (const auto& subject : rubric.subjects)
                if (subject.code == draw.subjectCode)
                    form.subjects.push_back({subject, subject.tasks[std::size_t(draw.taskIndex)],
                                             draw.method == practical::DrawMethod::Lot});
        out.push_back(std::move(form));
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OUTPUT_DIR\n", argv[0]);
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());
    try {
        test::GradingScene scene;
        auto& g = scene.controller();
        // Mid-way through a candidate: K1 marked, K2 typed in with a veto ticked.
        g.selectCandidate(QStringLiteral("2026120807001"));
        g.setDeduction(0, 10);
        g.setNote(0, QStringLiteral("量程选择错误"));
        if (!g.submit())
            throw std::runtime_error("submit: " + g.message().toStdString());
        g.setDeduction(1, 15);
        g.setNote(1, QStringLiteral("自锁触点接错"));
        g.setVeto(0, true);
        g.setVetoReason(0, QStringLiteral("通电试车时熔断器熔断"));

        bool ok = renderScreen(out.filePath(QStringLiteral("grading-zh.png")));
        QTranslator english;
        if (!english.load(QStringLiteral(":/i18n/grading_en.qm")))
            throw std::runtime_error("no English translation");
        QCoreApplication::installTranslator(&english);
        // A fresh view: every layout measured in English from the start.
        ok = renderScreen(out.filePath(QStringLiteral("grading-en.png"))) && ok;

        // The renderer's own output folder, for a person to look at (the console never
        // writes the sheets to a file: it pipes them to the print command).
        QFile sheets(out.filePath(QStringLiteral("practical-sheets.pdf")));
        const auto printed = print::PracticalSheetPrinter().print(sheets, forms(scene));
        sheets.close();
        if (!printed.ok)
            throw std::runtime_error(printed.error.toStdString());
        std::printf("rendered 2 screens and %d sheet page(s) into %s\n", printed.pages,
                    qPrintable(out.path()));
        return ok ? 0 : 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "render failed: %s\n", e.what());
        return 1;
    }
}
