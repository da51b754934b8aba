#include "domain/CandidateRules.h"
#include "domain/IdNumber.h"
#include "import/CentreFiles.h"
#include "import/CsvTable.h"

#include <cstdlib>
#include <map>

namespace examroom {
namespace {

const std::vector<std::string_view> requiredColumns{"准考证号",     "姓名",       "性别",
                                                    "身份证件类型", "身份证件号", "考试类型"};
const std::vector<std::string_view> knownColumns{
    "准考证号", "姓名",     "性别", "身份证件类型", "身份证件号", "出生年月", "最高学历",
    "工作单位", "考试类型", "补考", "培训机构",     "应修学时",   "实修学时", "照片"};

std::optional<std::chrono::year_month> parseYearMonth(std::string_view text)
{
    // 2005-05, 2005/05, 2005.05 or 200505
    std::string digits;
    for (char c : text) {
        if (c >= '0' && c <= '9')
            digits.push_back(c);
        else if (c != '-' && c != '/' && c != '.')
            return std::nullopt;
    }
    if (digits.size() != 6 || (text.size() != 6 && text.size() != 7))
        return std::nullopt;
    int year = std::atoi(digits.substr(0, 4).c_str());
    unsigned month = unsigned(std::atoi(digits.substr(4).c_str()));
    std::chrono::year_month ym{std::chrono::year{year}, std::chrono::month{month}};
    if (!ym.ok())
        return std::nullopt;
    return ym;
}

std::optional<double> parseHours(std::string_view text)
{
    std::string copy(text);
    char* end = nullptr;
    double value = std::strtod(copy.c_str(), &end);
    if (copy.empty() || end != copy.c_str() + copy.size() || value < 0 || value > 10000)
        return std::nullopt;
    return value;
}

} // namespace

std::vector<Candidate> readRoster(std::string_view text, const std::string& fileName,
                                  const ExamPlan& plan, const FileSource& photos,
                                  Diagnostics& diagnostics,
                                  std::map<std::string, std::vector<std::string>>* warnings)
{
    std::vector<Candidate> roster;
    auto table = CsvTable::parse(text, fileName, diagnostics);
    if (!table || !table->checkColumns(requiredColumns, knownColumns, diagnostics))
        return roster;
    std::map<std::string, int> ticketLines;
    std::map<std::string, int> idLines;
    const auto examDate = plan.examDate();
    for (const auto& row : table->rows()) {
        bool ok = true;
        auto fail = [&](std::string_view column, const std::string& message) {
            const auto* field = table->field(row, column);
            diagnostics.error(field ? table->locate(*field) : table->locate(row),
                              std::string(column) + ": " + message);
            ok = false;
        };
        auto requireText = [&](std::string_view column) {
            auto value = table->text(row, column);
            if (value.empty())
                fail(column, "is required");
            return value;
        };
        Candidate candidate;
        candidate.ticketNo = requireText("准考证号");
        candidate.name = requireText("姓名");
        if (!candidate.ticketNo.empty()) {
            auto [existing, inserted] = ticketLines.emplace(candidate.ticketNo, row.line);
            if (!inserted)
                fail("准考证号", "ticket number " + candidate.ticketNo +
                                     " is already used on line " +
                                     std::to_string(existing->second));
        }
        if (auto gender = genderFromLabel(table->text(row, "性别")))
            candidate.gender = *gender;
        else
            fail("性别", "\"" + table->text(row, "性别") + "\" is not 男 or 女");

        auto idTypeText = table->text(row, "身份证件类型");
        auto idType = idTypeFromLabel(idTypeText);
        if (!idType)
            fail("身份证件类型", "\"" + idTypeText +
                                     "\" is not one of 居民身份证, 港澳居民来往内地通行证, "
                                     "台湾居民来往大陆通行证, 护照, 外国人永久居留身份证");
        auto idNumber = requireText("身份证件号");
        if (idType && !idNumber.empty()) {
            auto check = checkIdNumber(*idType, idNumber, examDate);
            if (!check) {
                fail("身份证件号", check.error);
            } else {
                candidate.id = {*idType, check.facts->normalized};
                candidate.birthDate = check.facts->birthDate;
                auto [existing, inserted] = idLines.emplace(candidate.id.number, row.line);
                if (!inserted)
                    diagnostics.warning(table->locate(*table->field(row, "身份证件号")),
                                        "身份证件号: the same ID number is on line " +
                                            std::to_string(existing->second) +
                                            ": one person with two tickets?");
            }
        }

        if (auto text = table->text(row, "出生年月"); !text.empty()) {
            if (auto ym = parseYearMonth(text))
                candidate.birthYearMonth = *ym;
            else
                fail("出生年月", "\"" + text + "\" is not a year and month such as 2005-05");
        }
        if (auto conflict = birthYearMonthConflict(candidate))
            fail("出生年月", *conflict);

        candidate.education = table->text(row, "最高学历");
        candidate.employer = table->text(row, "工作单位");
        candidate.trainingInstitution = table->text(row, "培训机构");
        auto kindText = table->text(row, "考试类型");
        if (auto kind = examKindFromLabel(kindText)) {
            candidate.examKind = *kind;
            if (*kind != plan.examKind)
                fail("考试类型", "\"" + kindText + "\" differs from the plan's exam kind " +
                                     std::string(label(plan.examKind)));
        } else {
            fail("考试类型", "\"" + kindText + "\" is not 初领, 复审 or 换证");
        }
        auto makeUp = table->text(row, "补考");
        if (makeUp == "是")
            candidate.makeUp = true;
        else if (!makeUp.empty() && makeUp != "否")
            fail("补考", "\"" + makeUp + "\" is not 是 or 否");
        for (auto [column, into] :
             {std::pair{std::string_view{"应修学时"}, &candidate.hoursRequired},
              std::pair{std::string_view{"实修学时"}, &candidate.hoursCompleted}}) {
            auto value = table->text(row, column);
            if (value.empty())
                continue;
            if (auto hours = parseHours(value))
                *into = *hours;
            else
                fail(column, "\"" + value + "\" is not a number of hours");
        }
        candidate.photo = table->text(row, "照片");
        if (!candidate.photo.empty())
            if (auto problem = photos.checkImage(candidate.photo))
                fail("照片", *problem);
        if (!ok)
            continue;
        if (warnings) {
            auto found = candidateWarnings(candidate, examDate);
            for (const auto& warning : found)
                diagnostics.warning(table->locate(row), candidate.ticketNo + ": " + warning);
            if (!found.empty())
                (*warnings)[candidate.ticketNo] = found;
        }
        roster.push_back(std::move(candidate));
    }
    if (table->rows().empty())
        diagnostics.error({fileName, 1, 0}, "the roster has no candidates");
    return roster;
}

} // namespace examroom
