#include "commands/ResultsExport.h"

#include "documents/ScoreSheet.h"
#include "practical/PracticalSheet.h"
#include "store/Statement.h"

#include <algorithm>
#include <cstdio>
#include <csv.h>
#include <iomanip>
#include <ostream>
#include <stdexcept>
#include <xlsxwriter.h>

namespace examroom::centersync {
namespace {

const std::vector<std::string> kHeader = {"姓名 candidate",
                                          "身份证件号 ID",
                                          "准考证号 ticket",
                                          "科目 subject",
                                          "考试类型 exam kind",
                                          "理论成绩 knowledge",
                                          "实操成绩 practical",
                                          "理论合格 knowledge pass",
                                          "实操合格 practical pass",
                                          "补考 attempt",
                                          "考试点 site",
                                          "开始 started",
                                          "交卷 submitted",
                                          "考试方式 exam mode"};

std::vector<std::string> cells(const ResultRow& row)
{
    return {row.candidate,
            row.idNo,
            row.ticketNo,
            row.subject,
            row.examKind,
            row.knowledgeScore,
            row.practicalScore,
            row.passed,
            row.practicalPassed,
            std::to_string(row.attempt),
            row.site,
            row.startedAt,
            row.submittedAt,
            row.mode == "paper" ? "纸质 paper" : "机考 kiosk"};
}

std::string scoreText(int halfPoints)
{
    return std::to_string(halfPoints / 2) + (halfPoints % 2 ? ".5" : "");
}

// A stored document's signed body as bytes.
std::string blobText(const store::Statement& query, int column)
{
    auto bytes = query.columnBlob(column);
    return std::string(bytes.begin(), bytes.end());
}

} // namespace

std::vector<ResultRow> loadResults(store::Database& db, const std::string& planId)
{
    std::vector<ResultRow> rows;
    // By the indexed plan column: only this plan's sheets are read and parsed.
    auto query = db.prepare(
        "SELECT body, review_state FROM documents_text WHERE plan_id = ?1 AND kind = ?2");
    query.bind(1, std::string_view(planId)).bind(2, ScoreSheet::kind);
    while (query.step()) {
        auto sheet = ScoreSheet::fromBody(blobText(query, 0));
        if (!sheet || sheet->planId != planId)
            continue;
        ResultRow row;
        row.candidate = sheet->name;
        row.idNo = sheet->idNo;
        row.ticketNo = sheet->ticketNo;
        row.subject = sheet->subject;
        row.examKind = std::string(label(sheet->examKind));
        row.knowledgeScore = scoreText(sheet->scoreHalfPoints);
        row.passed = sheet->passed ? "合格" : "不合格";
        row.attempt = sheet->attempt;
        row.site = sheet->siteId;
        row.startedAt = sheet->startedAt;
        row.submittedAt = sheet->submittedAt;
        row.sheetId = sheet->sheetId;
        row.reviewState = query.columnText(1);
        row.mode = std::string(label(sheet->examMode));
        rows.push_back(std::move(row));
    }
    // Practical sheets (实操成绩, shared/practical) of the plan fill the practical columns of
    // the same ticket and attempt: the exact decimal score and the practical pass, which is
    // its own verdict (80 or more and no veto), never folded into the knowledge pass.
    auto practicalSheets =
        db.prepare("SELECT body FROM documents WHERE plan_id = ?1 AND kind = ?2");
    practicalSheets.bind(1, std::string_view(planId)).bind(2, practical::PracticalSheet::kind);
    while (practicalSheets.step()) {
        auto sheet = practical::PracticalSheet::fromJson(blobText(practicalSheets, 0));
        if (!sheet || sheet->planId != planId)
            continue;
        for (auto& row : rows)
            if (row.ticketNo == sheet->ticketNo && row.attempt == sheet->attempt) {
                row.practicalScore = sheet->scoreText();
                row.practicalPassed = sheet->passed ? "合格" : "不合格";
            }
    }
    std::sort(rows.begin(), rows.end(), [](const ResultRow& a, const ResultRow& b) {
        return std::tie(a.ticketNo, a.attempt) < std::tie(b.ticketNo, b.attempt);
    });
    return rows;
}

void printResults(const std::vector<ResultRow>& rows, std::ostream& out)
{
    out << rows.size() << " result(s)\n";
    for (const auto& row : rows) {
        auto masked = row.idNo.size() > 8
                          ? row.idNo.substr(0, 4) + std::string(row.idNo.size() - 8, '*') +
                                row.idNo.substr(row.idNo.size() - 4)
                          : std::string(row.idNo.size(), '*');
        out << row.reviewState << "  " << row.ticketNo << "  " << row.candidate << "  " << masked
            << "  " << row.subject << "  " << row.examKind << "  knowledge " << row.knowledgeScore
            << " " << row.passed << "  practical "
            << (row.practicalScore.empty() ? "-" : row.practicalScore + " " + row.practicalPassed)
            << "  attempt " << row.attempt << "  site " << row.site << "  " << row.submittedAt
            << "  mode " << row.mode << "\n";
    }
}

void writeResultsCsv(const std::vector<ResultRow>& rows, const std::filesystem::path& file)
{
    auto temp = file;
    temp += ".tmp";
    FILE* out = std::fopen(temp.c_str(), "wb");
    if (!out)
        throw std::runtime_error("cannot write " + temp.string());
    bool ok = std::fputs("\xEF\xBB\xBF", out) >= 0;
    auto writeRow = [&](const std::vector<std::string>& fields) {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i > 0)
                ok = ok && std::fputc(',', out) != EOF;
            ok = ok && csv_fwrite(out, fields[i].data(), fields[i].size()) == 0;
        }
        ok = ok && std::fputs("\r\n", out) >= 0;
    };
    writeRow(kHeader);
    for (const auto& row : rows)
        writeRow(cells(row));
    ok = (std::fclose(out) == 0) && ok;
    if (!ok) {
        std::filesystem::remove(temp);
        throw std::runtime_error("cannot write " + temp.string());
    }
    std::filesystem::rename(temp, file);
}

void writeResultsXlsx(const std::vector<ResultRow>& rows, const std::filesystem::path& file)
{
    auto temp = file;
    temp += ".tmp";
    lxw_workbook* workbook = workbook_new(temp.c_str());
    if (!workbook)
        throw std::runtime_error("cannot write " + temp.string());
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "考试结果");
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    for (std::size_t c = 0; c < kHeader.size(); ++c)
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), kHeader[c].c_str(), bold);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        auto fields = cells(rows[r]);
        for (std::size_t c = 0; c < fields.size(); ++c) {
            const auto row = static_cast<lxw_row_t>(r + 1);
            const auto col = static_cast<lxw_col_t>(c);
            // Scores and attempt as numbers, the rest as text (IDs!); no practical sheet yet:
            // an empty cell.
            if (c == 5 || c == 9 || (c == 6 && !fields[c].empty()))
                worksheet_write_number(sheet, row, col, std::atof(fields[c].c_str()), nullptr);
            else
                worksheet_write_string(sheet, row, col, fields[c].c_str(), nullptr);
        }
    }
    if (workbook_close(workbook) != LXW_NO_ERROR) {
        std::filesystem::remove(temp);
        throw std::runtime_error("cannot write " + temp.string());
    }
    std::filesystem::rename(temp, file);
}

} // namespace examroom::centersync
