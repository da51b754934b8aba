#pragma once

#include "store/Database.h"

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace examroom::centersync {

// One line of the results (考试结果备案): a stored knowledge score sheet and its review state.
struct ResultRow
{
    std::string candidate, idNo, ticketNo, subject, examKind, knowledgeScore, practicalScore,
        passed, practicalPassed, site, startedAt, submittedAt, sheetId, reviewState;
    std::string mode = "kiosk"; // how the knowledge exam was sat: "kiosk", or "paper" (纸质试卷)
    int attempt = 1;
};

// The plan's stored knowledge sheets, ordered by ticket and attempt. Throws StoreError.
std::vector<ResultRow> loadResults(store::Database& db, const std::string& planId);
// A table for review on a terminal (ID numbers masked: a screen is not an export).
void printResults(const std::vector<ResultRow>& rows, std::ostream& out);
// Writes the rows as RFC 4180 CSV (libcsv quoting) with a header, UTF-8 with BOM so that
// spreadsheet programs read the Chinese text. Writes to FILE.tmp then renames: on failure
// (std::runtime_error) no partial file is left.
void writeResultsCsv(const std::vector<ResultRow>& rows, const std::filesystem::path& file);
// The same as an XLSX workbook (libxlsxwriter), same all-or-nothing rule.
void writeResultsXlsx(const std::vector<ResultRow>& rows, const std::filesystem::path& file);

} // namespace examroom::centersync
