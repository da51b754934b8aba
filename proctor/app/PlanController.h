#pragma once

#include "PlanLoader.h"
#include "StepController.h"

#include <QVariantList>

namespace examroom {

// 接收考试计划 → 核对确认: imports a plan (a package file, or the centre's files folder),
// shows table 5 and the roster with its warnings, and confirms or refuses it.
class PlanController : public StepController
{
    Q_OBJECT
    Q_PROPERTY(bool hasPlan READ hasPlan NOTIFY planChanged)
    Q_PROPERTY(QString planId READ planId NOTIFY planChanged)
    Q_PROPERTY(QString planName READ planName NOTIFY planChanged)
    Q_PROPERTY(QString decision READ decision NOTIFY planChanged)
    Q_PROPERTY(QString decisionText READ decisionText NOTIFY planChanged)
    Q_PROPERTY(QString sourceText READ sourceText NOTIFY planChanged)
    Q_PROPERTY(QVariantList fields READ fields NOTIFY planChanged)
    Q_PROPERTY(QVariantList roster READ roster NOTIFY planChanged)
    Q_PROPERTY(int candidateCount READ candidateCount NOTIFY planChanged)
    Q_PROPERTY(int warningCount READ warningCount NOTIFY planChanged)
public:
    explicit PlanController(ConsoleManager& console, QObject* parent = nullptr);

    bool hasPlan() const;
    QString planId() const;
    QString planName() const;
    // "pending", "confirmed", "refused" ("" without a plan)
    QString decision() const;
    QString decisionText() const;
    QString sourceText() const;
    // Table 5 as [{label, value}] in the form's order.
    QVariantList fields() const;
    // [{ticketNo, name, gender, idNo, kind, hours, warnings}]
    QVariantList roster() const;
    int candidateCount() const;
    int warningCount() const;

    // Reads the centre's files folder (no package: the exam cannot be opened with an
    // authorization password from it; for a site without a link and for tests).
    Q_INVOKABLE bool importFolder(const QString& path);
    // Reads and verifies a plan package file (SignedDocument JSON) against the centre's key.
    Q_INVOKABLE bool importPackage(const QString& path);
    // Verifies a plan package (SignedDocument JSON: a file's or the site agent's) and takes it.
    bool importPackageJson(const std::string& json);
    Q_INVOKABLE bool confirm();
    Q_INVOKABLE bool refuse(const QString& reason);
    // Re-reads labels after a language switch.
    void refresh() { emit planChanged(); }

signals:
    void planChanged();

private:
    bool adopt(LoadedPlan loaded, const std::string& source);
};

} // namespace examroom
