#pragma once

#include "domain/Candidate.h"
#include "domain/ExamPlan.h"
#include "domain/PracticalRubric.h"
#include "domain/QuestionBank.h"
#include "import/Diagnostics.h"
#include "import/FileSource.h"
#include "import/JsonDocument.h"
#include "util/Clock.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace examroom {

// Everything an exam centre supplies for one plan (formats/README.md), read and checked.
struct CentreFiles
{
    std::filesystem::path dir; // the folder read; empty when imported from memory
    ExamPlan plan;
    std::vector<Candidate> roster;
    QuestionBank bank;
    std::optional<PracticalRubric> rubric;
    // Warnings for the proctor (hours short, under 18, gender disagreeing with the ID),
    // keyed by ticket number.
    std::map<std::string, std::vector<std::string>> candidateWarnings;
};

struct CentreImport
{
    std::optional<CentreFiles> files; // set only when there is no error: all or nothing
    Diagnostics diagnostics;
};

// Reads plan.json, roster.csv, bank.csv and the rubric the plan names from `source` (a folder
// or files in memory, import/FileSource.h), checks every rule of formats/README.md and the
// rules across files (the roster's exam kind, the blueprint drawable from the bank), and
// reports every error in file:line:column form (files named as `source.where` names them).
// Time rules (a window in the past, age on the exam date) are judged at `clock.now()`.
CentreImport importCentreFiles(const FileSource& source, const Clock& clock);
// The same for the folder `dir` (so that a path given as text converts).
CentreImport importCentreFiles(const std::filesystem::path& dir, const Clock& clock);
// The same with the bank given (read and checked before, e.g. a sealed bank's question table,
// package/SealedBank.h) instead of bank.csv; the rules across files (the blueprint drawable
// from the bank) are still checked. An empty bank is refused as "no questions".
CentreImport importCentreFiles(const FileSource& source, const Clock& clock, QuestionBank bank);

// Readers of the single files, for the import above and for tests. Each reports to
// `diagnostics`; a result is only meaningful when no error was added. The photos and images
// the files name are checked in `photos` / `images`.
std::optional<ExamPlan> readPlan(std::string_view text, const std::string& fileName,
                                 const Clock& clock, Diagnostics& diagnostics);
std::optional<ExamPlan> readPlan(const JsonDocument& document, const Clock& clock,
                                 Diagnostics& diagnostics);
std::vector<Candidate> readRoster(std::string_view text, const std::string& fileName,
                                  const ExamPlan& plan, const FileSource& photos,
                                  Diagnostics& diagnostics,
                                  std::map<std::string, std::vector<std::string>>* warnings);
QuestionBank readBank(std::string_view text, const std::string& fileName, const FileSource& images,
                      Diagnostics& diagnostics);
std::optional<PracticalRubric> readRubric(std::string_view text, const std::string& fileName,
                                          Diagnostics& diagnostics);

} // namespace examroom
