#include "domain/IdNumber.h"
#include "import/CentreFiles.h"
#include "ImportTestSupport.h"
#include "TestSupport.h"

using namespace examroom;
using test::TempDir;

namespace {

// A copy of the sample centre files that a test may break, one rule at a time.
struct SampleCopy
{
    TempDir dir;
    FixedClock clock = test::sampleClock();

    SampleCopy() { test::copySampleData(dir.path()); }

    void replace(const std::string& file, const std::string& from, const std::string& to)
    {
        auto path = dir / file;
        auto text = test::readFile(path);
        auto at = text.find(from);
        REQUIRE_MESSAGE(at != std::string::npos, "sample " << file << " lacks: " << from);
        text.replace(at, from.size(), to);
        test::writeFile(path, text);
    }
    // Replaces data line `line` (1-based, counting the header) of a CSV file.
    void replaceLine(const std::string& file, int line, const std::string& text)
    {
        auto content = test::readFile(dir / file);
        std::size_t start = 0;
        for (int i = 1; i < line; ++i)
            start = content.find('\n', start) + 1;
        auto end = content.find('\n', start);
        content.replace(start, end - start, text);
        test::writeFile(dir / file, content);
    }
    void appendLine(const std::string& file, const std::string& text)
    {
        test::writeFile(dir / file, test::readFile(dir / file) + text + "\n");
    }
    CentreImport run() { return importCentreFiles(dir.path(), clock); }
};

std::string residentId(const std::string& first17)
{
    return first17 + residentIdCheckCharacter(first17);
}

std::string rosterRow(const std::string& ticket, const std::string& idType, const std::string& idNo,
                      const std::string& extra = "")
{
    return ticket + ",测试,男," + idType + "," + idNo + ",,高中,测试单位,初领,否,测试学校,80,80," +
           extra;
}

} // namespace

TEST_CASE("the sample centre files import with 40 candidates and a drawable blueprint")
{
    SampleCopy sample;
    auto result = sample.run();
    REQUIRE_MESSAGE(result.files, test::dump(result.diagnostics));
    const auto& files = *result.files;
    CHECK(files.plan.planId == "2026-GD-SZ-LV-INIT-07");
    CHECK(files.plan.examKind == ExamKind::Initial);
    CHECK(files.roster.size() == 40);
    CHECK(files.bank.questions.size() == 40);
    CHECK(files.bank.matching(QuestionType::TrueFalse, {}).size() == 20);
    CHECK(files.bank.matching(QuestionType::Single, {}).size() == 14);
    CHECK(files.bank.matching(QuestionType::Multiple, {}).size() == 6);
    REQUIRE(files.rubric);
    CHECK(files.rubric->subjects.size() == 4);
    CHECK(files.plan.blueprint.sections.size() == 3);
    CHECK(files.plan.blueprint.lateEntryMinutes == 15);
    CHECK(files.plan.blueprint.minMinutesBeforeSubmit == 0);
}

TEST_CASE("an import with any error keeps nothing and reports the errors of every file")
{
    SampleCopy sample;
    sample.replace("plan.json", "\"exam_kind\": \"初领\"", "\"exam_kind\": \"初考\"");
    sample.replaceLine("bank.csv", 3, "LV0002,判断,,,,,,,,错,K1,4,,");
    auto result = sample.run();
    CHECK_FALSE(result.files);
    CHECK_ERROR_AT(result.diagnostics, "plan.json", 11, "exam_kind");
    CHECK_ERROR_AT(result.diagnostics, "bank.csv", 3, "题干: is required");
}

TEST_CASE("a missing file is named")
{
    SampleCopy sample;
    std::filesystem::remove(sample.dir / "bank.csv");
    auto result = sample.run();
    CHECK_FALSE(result.files);
    CHECK_ERROR_AT(result.diagnostics, "bank.csv", 0, "cannot read the file: not found");
}

TEST_CASE("a file that exists but cannot be read is not reported as missing")
{
    SampleCopy sample;
    std::filesystem::remove(sample.dir / "roster.csv");
    std::filesystem::create_directory(sample.dir / "roster.csv");
    auto result = sample.run();
    CHECK_FALSE(result.files);
    CHECK_ERROR_AT(result.diagnostics, "roster.csv", 0, "is a folder, not a file");
}

// plan.json rules

TEST_CASE("plan: a required field that is missing is reported at its object")
{
    SampleCopy sample;
    sample.replace("plan.json", "\"approver\": \"深圳市应急管理局\",", "");
    auto result = sample.run();
    CHECK_ERROR_AT(result.diagnostics, "plan.json", 1, "approver: is missing");
}

TEST_CASE("plan: the exam kind must be 初领 复审 or 换证")
{
    SampleCopy sample;
    sample.replace("plan.json", "\"exam_kind\": \"初领\"", "\"exam_kind\": \"补考\"");
    CHECK_ERROR_AT(sample.run().diagnostics, "plan.json", 11, "is not 初领, 复审 or 换证");
}

TEST_CASE("plan: an exam window in the past is refused")
{
    SampleCopy sample;
    sample.clock.set(parseIsoTime("2027-03-08T10:30:00+08:00")->utc);
    CHECK_ERROR_AT(sample.run().diagnostics, "plan.json", 17, "is in the past");
}

TEST_CASE("plan: times must carry their offset")
{
    SampleCopy sample;
    sample.replace("plan.json", "\"2027-03-08T08:00:00+08:00\"", "\"2027-03-08 08:00\"");
    CHECK_ERROR_AT(sample.run().diagnostics, "plan.json", 16, "knowledge_exam.start");
}

TEST_CASE("plan: a window that ends before it starts is refused")
{
    SampleCopy sample;
    sample.replace("plan.json", "\"2027-03-08T10:00:00+08:00\"", "\"2027-03-08T07:00:00+08:00\"");
    CHECK_ERROR_AT(sample.run().diagnostics, "plan.json", 17, "ends before it starts");
}

TEST_CASE("plan: section points must add up to total_points")
{
    SampleCopy sample;
    sample.replace("plan.json", "\"points_each\": 6", "\"points_each\": 5");
    auto result = sample.run();
    CHECK_FALSE(result.files);
    bool found = false;
    for (const auto& d : result.diagnostics.errors())
        found = found || (d.where.line >= 39 && d.where.line <= 62 &&
                          d.message.find("total_points") != std::string::npos);
    CHECK_MESSAGE(found, test::dump(result.diagnostics));
}

TEST_CASE("plan: a section asking for more questions than the bank has is refused")
{
    SampleCopy sample;
    sample.replace("plan.json", "\"count\": 15,", "\"count\": 15, \"areas\": [\"K9\"],");
    auto result = sample.run();
    CHECK_ERROR_AT(result.diagnostics, "plan.json", 47, "asks for 15 判断 in areas K9 questions");
}

TEST_CASE("plan: sections of one type together may not ask for more than the bank has")
{
    SampleCopy sample;
    // 5 + 2 多选 questions from a bank of 6, with the points still adding up to 100.
    sample.replace("plan.json", "\"count\": 15,\n        \"points_each\": 2",
                   "\"count\": 9,\n        \"points_each\": 2");
    sample.replace("plan.json", "\"multi_scoring\": \"all_or_nothing\"\n      }",
                   "\"multi_scoring\": \"all_or_nothing\"\n      },\n      {\"type\": \"多选\", "
                   "\"count\": 2, \"points_each\": 6}");
    auto result = sample.run();
    CHECK_FALSE(result.files);
    CHECK_MESSAGE(result.diagnostics.errorCount() >= 1, test::dump(result.diagnostics));
    CHECK_MESSAGE(test::dump(result.diagnostics).find("the bank has") != std::string::npos,
                  test::dump(result.diagnostics));
}

TEST_CASE("plan: multi_scoring must be all_or_nothing or partial")
{
    SampleCopy sample;
    sample.replace("plan.json", "\"all_or_nothing\"", "\"some\"");
    CHECK_ERROR_AT(sample.run().diagnostics, "plan.json", 59, "multi_scoring");
}

TEST_CASE("plan: a section type must be 判断 单选 or 多选")
{
    SampleCopy sample;
    sample.replace("plan.json", "\"type\": \"单选\"", "\"type\": \"填空\"");
    CHECK_ERROR_AT(sample.run().diagnostics, "plan.json", 51, "is not 判断, 单选 or 多选");
}

TEST_CASE("plan: a count must be a positive whole number")
{
    SampleCopy sample;
    sample.replace("plan.json", "\"count\": 10,", "\"count\": \"ten\",");
    CHECK_ERROR_AT(sample.run().diagnostics, "plan.json", 52, "expected a whole number");
}

TEST_CASE("plan: the rubric it names must exist")
{
    SampleCopy sample;
    sample.replace("plan.json", "\"rubric.json\"", "\"rubric-lv.json\"");
    CHECK_ERROR_AT(sample.run().diagnostics, "rubric-lv.json", 0, "cannot read");
}

TEST_CASE("plan: a syntax error is reported at its line")
{
    SampleCopy sample;
    sample.replace("plan.json", "\"approver\": \"深圳市应急管理局\",",
                   "\"approver\": \"深圳市应急管理局\"");
    CHECK_ERROR_AT(sample.run().diagnostics, "plan.json", 9, "invalid JSON");
}

// roster.csv rules (the header is line 1, candidate k is on line k + 1)

TEST_CASE("roster: a ticket number used twice is refused on the second line")
{
    SampleCopy sample;
    sample.replaceLine("roster.csv", 4, rosterRow("2026120807001", "护照", "E12345678"));
    CHECK_ERROR_AT(sample.run().diagnostics, "roster.csv", 4, "is already used on line 2");
}

TEST_CASE("roster: required fields and columns")
{
    SampleCopy sample;
    sample.replaceLine("roster.csv", 5, rosterRow("", "护照", "E12345678"));
    CHECK_ERROR_AT(sample.run().diagnostics, "roster.csv", 5, "准考证号: is required");

    SampleCopy noColumn;
    noColumn.replace("roster.csv", "准考证号,", "票号,");
    CHECK_ERROR_AT(noColumn.run().diagnostics, "roster.csv", 1, "missing column \"准考证号\"");
}

TEST_CASE("roster: gender must be 男 or 女")
{
    SampleCopy sample;
    sample.replace("roster.csv", "2026120807003,方志成,男", "2026120807003,方志成,M");
    CHECK_ERROR_AT(sample.run().diagnostics, "roster.csv", 4, "性别");
}

TEST_CASE("roster: the ID document type must be one of the five")
{
    SampleCopy sample;
    sample.replaceLine("roster.csv", 6, rosterRow("2026120807005", "驾驶证", "123456"));
    CHECK_ERROR_AT(sample.run().diagnostics, "roster.csv", 6, "身份证件类型");
}

TEST_CASE("roster: a resident ID with a wrong check character is refused at its column")
{
    SampleCopy sample;
    sample.replace("roster.csv", "441900200505273097", "441900200505273098");
    auto result = sample.run();
    CHECK(test::hasError(result.diagnostics, "roster.csv", 2, "身份证件号", 26));
}

TEST_CASE("roster: 15-digit and short resident IDs are refused")
{
    SampleCopy sample;
    sample.replace("roster.csv", "441900200505273097", "441900050527309");
    CHECK_ERROR_AT(sample.run().diagnostics, "roster.csv", 2, "身份证件号");
    SampleCopy short17;
    short17.replace("roster.csv", "441900200505273097", "44190020050527309");
    CHECK_ERROR_AT(short17.run().diagnostics, "roster.csv", 2, "身份证件号");
}

TEST_CASE("roster: a birth date after the exam date is refused")
{
    SampleCopy sample;
    sample.replaceLine("roster.csv", 7,
                       rosterRow("2026120807006", "居民身份证", residentId("44190020270310123")));
    CHECK_ERROR_AT(sample.run().diagnostics, "roster.csv", 7, "身份证件号");
}

TEST_CASE("roster: a lower-case x is accepted and stored as X")
{
    SampleCopy sample;
    auto id = residentId("44190019900101002");
    if (id.back() != 'X') { // find a number whose check character is X
        for (int n = 0; n < 1000 && id.back() != 'X'; ++n) {
            std::string seq = std::to_string(1000 + n).substr(1);
            id = residentId("44190019900101" + seq);
        }
    }
    REQUIRE(id.back() == 'X');
    std::string lower = id.substr(0, 17) + "x";
    sample.replaceLine("roster.csv", 8, rosterRow("2026120807007", "居民身份证", lower));
    auto result = sample.run();
    REQUIRE_MESSAGE(result.files, test::dump(result.diagnostics));
    CHECK(result.files->roster[6].id.number == id);
}

TEST_CASE("roster: the other document types are checked by their own rules")
{
    struct Case
    {
        std::string type, good, bad;
    };
    for (const auto& c : {Case{"港澳居民来往内地通行证", "H12345678", "X12345678"},
                          Case{"港澳居民来往内地通行证", "M1234567801", "M123456"},
                          Case{"台湾居民来往大陆通行证", "12345678", "1234567"},
                          Case{"台湾居民来往大陆通行证", "1234567890(B)", "1234567890B"},
                          Case{"护照", "E12345678", "E12"},
                          Case{"外国人永久居留身份证", "ABC123456789012", "AB1234567890123"}}) {
        CAPTURE(c.type);
        SampleCopy good;
        good.replaceLine("roster.csv", 9, rosterRow("2026120807008", c.type, c.good));
        auto ok = good.run();
        CHECK_MESSAGE(ok.files, test::dump(ok.diagnostics));
        SampleCopy bad;
        bad.replaceLine("roster.csv", 9, rosterRow("2026120807008", c.type, c.bad));
        CHECK_ERROR_AT(bad.run().diagnostics, "roster.csv", 9, "身份证件号");
    }
}

TEST_CASE("roster: 出生年月 must agree with the ID number")
{
    SampleCopy sample;
    sample.replace("roster.csv", "441900200505273097,2005-05", "441900200505273097,2005-06");
    CHECK_ERROR_AT(sample.run().diagnostics, "roster.csv", 2, "出生年月");
    SampleCopy malformed;
    malformed.replace("roster.csv", "441900200505273097,2005-05", "441900200505273097,五月");
    CHECK_ERROR_AT(malformed.run().diagnostics, "roster.csv", 2, "出生年月");
}

TEST_CASE("roster: the exam kind must equal the plan's")
{
    SampleCopy sample;
    sample.replace("roster.csv", "东莞市华能机电工程有限公司,初领,否",
                   "东莞市华能机电工程有限公司,复审,否");
    CHECK_ERROR_AT(sample.run().diagnostics, "roster.csv", 2, "differs from the plan's exam kind");
}

TEST_CASE("roster: 补考 must be 是 否 or empty and hours must be numbers")
{
    SampleCopy sample;
    sample.replaceLine("roster.csv", 10,
                       "2026120807009,测试,男,护照,E1234567,,高中,单位,初领,可能,学校,80,80,");
    CHECK_ERROR_AT(sample.run().diagnostics, "roster.csv", 10, "补考");
    SampleCopy hours;
    hours.replaceLine("roster.csv", 10,
                      "2026120807009,测试,男,护照,E1234567,,高中,单位,初领,,学校,八十,80,");
    CHECK_ERROR_AT(hours.run().diagnostics, "roster.csv", 10, "应修学时");
}

TEST_CASE("roster: short training hours and an under-18 candidate are warnings not errors")
{
    SampleCopy sample;
    sample.replaceLine("roster.csv", 11,
                       "2026120807010,测试,男,护照,E1234567,,高中,单位,初领,否,学校,80,60,");
    sample.replaceLine("roster.csv", 12,
                       rosterRow("2026120807011", "居民身份证", residentId("44190020090309123")));
    auto result = sample.run();
    REQUIRE_MESSAGE(result.files, test::dump(result.diagnostics));
    CHECK(result.files->candidateWarnings.count("2026120807010") == 1);
    CHECK(result.files->candidateWarnings.count("2026120807011") == 1);
}

TEST_CASE("roster: a photo must be a PNG or JPEG file inside the folder")
{
    SampleCopy missing;
    missing.replace("roster.csv", "photos/p3.png", "photos/none.png");
    CHECK_ERROR_AT(missing.run().diagnostics, "roster.csv", 3, "not found");
    SampleCopy folder;
    std::filesystem::create_directory(folder.dir / "photos/folder.png");
    folder.replace("roster.csv", "photos/p3.png", "photos/folder.png");
    CHECK_ERROR_AT(folder.run().diagnostics, "roster.csv", 3, "is a folder, not a file");
    SampleCopy outside;
    outside.replace("roster.csv", "photos/p3.png", "../p3.png");
    CHECK_ERROR_AT(outside.run().diagnostics, "roster.csv", 3, "must not leave");
    SampleCopy notImage;
    test::writeFile(notImage.dir / "photos/p3.png", "not an image");
    CHECK_ERROR_AT(notImage.run().diagnostics, "roster.csv", 3, "not a PNG or JPEG");
}

TEST_CASE("roster: an unknown column is ignored with a warning")
{
    SampleCopy sample;
    // a new last column "备注" (header and every row), the sample's CRLF line ends kept
    auto content = test::readFile(sample.dir / "roster.csv");
    std::string withColumn;
    for (std::size_t start = 0, end; (end = content.find("\r\n", start)) != std::string::npos;
         start = end + 2)
        withColumn += content.substr(start, end - start) + ",备注\r\n";
    test::writeFile(sample.dir / "roster.csv", withColumn);
    auto result = sample.run();
    REQUIRE_MESSAGE(result.files, test::dump(result.diagnostics));
    bool warned = false;
    for (const auto& w : result.diagnostics.warnings())
        warned = warned || w.message.find("备注") != std::string::npos;
    CHECK(warned);
}

// bank.csv rules (question k is on line k + 1)

TEST_CASE("bank: a question id used twice is refused on the second line")
{
    SampleCopy sample;
    sample.replace("bank.csv", "LV0002,判断", "LV0001,判断");
    CHECK_ERROR_AT(sample.run().diagnostics, "bank.csv", 3, "is already on line 2");
}

TEST_CASE("bank: the type must be 判断 单选 or 多选")
{
    SampleCopy sample;
    sample.replace("bank.csv", "LV0002,判断", "LV0002,问答");
    CHECK_ERROR_AT(sample.run().diagnostics, "bank.csv", 3, "题型");
}

TEST_CASE("bank: option rules per type")
{
    SampleCopy tf;
    tf.replaceLine("bank.csv", 2, "LV0001,判断,题干,是,否,,,,,对,K2,2,,");
    CHECK_ERROR_AT(tf.run().diagnostics, "bank.csv", 2, "has no options");
    SampleCopy single;
    single.replaceLine("bank.csv", 22, "LV0021,单选,题干,36V,,,,,,A,K2,3,,");
    CHECK_ERROR_AT(single.run().diagnostics, "bank.csv", 22, "needs at least 2 options");
    SampleCopy multiple;
    multiple.replaceLine("bank.csv", 36, "LV0035,多选,题干,停电,验电,,,,,AB,K2,3,,");
    CHECK_ERROR_AT(multiple.run().diagnostics, "bank.csv", 36, "needs at least 3 options");
    SampleCopy gap;
    gap.replaceLine("bank.csv", 22, "LV0021,单选,题干,36V,,110V,220V,,,A,K2,3,,");
    CHECK_ERROR_AT(gap.run().diagnostics, "bank.csv", 22, "must not have gaps");
}

TEST_CASE("bank: key rules per type")
{
    SampleCopy tf;
    tf.replaceLine("bank.csv", 2, "LV0001,判断,题干,,,,,,,是,K2,2,,");
    CHECK_ERROR_AT(tf.run().diagnostics, "bank.csv", 2, "答案");
    SampleCopy single;
    single.replaceLine("bank.csv", 22, "LV0021,单选,题干,36V,24V,110V,220V,,,AB,K2,3,,");
    CHECK_ERROR_AT(single.run().diagnostics, "bank.csv", 22, "exactly one answer");
    SampleCopy multiple;
    multiple.replaceLine("bank.csv", 36, "LV0035,多选,题干,停电,验电,接地,标示牌,,,A,K2,3,,");
    CHECK_ERROR_AT(multiple.run().diagnostics, "bank.csv", 36, "two or more answers");
    SampleCopy emptyOption;
    emptyOption.replaceLine("bank.csv", 22, "LV0021,单选,题干,36V,24V,110V,220V,,,E,K2,3,,");
    CHECK_ERROR_AT(emptyOption.run().diagnostics, "bank.csv", 22, "letter E names an empty option");
    SampleCopy notLetter;
    notLetter.replaceLine("bank.csv", 22, "LV0021,单选,题干,36V,24V,110V,220V,,,2,K2,3,,");
    CHECK_ERROR_AT(notLetter.run().diagnostics, "bank.csv", 22, "答案");
}

TEST_CASE("bank: the other spellings of a true/false key are accepted")
{
    SampleCopy sample;
    sample.replaceLine("bank.csv", 2, "LV0001,判断,题干一,,,,,,,√,K2,2,,");
    sample.replaceLine("bank.csv", 3, "LV0002,判断,题干二,,,,,,,错误,K1,4,,");
    sample.replaceLine("bank.csv", 4, "LV0003,判断,题干三,,,,,,,T,K2,2,,");
    auto result = sample.run();
    REQUIRE_MESSAGE(result.files, test::dump(result.diagnostics));
    CHECK(result.files->bank.questions[0].key == ChoiceSet::single(0));
    CHECK(result.files->bank.questions[1].key == ChoiceSet::single(1));
    CHECK(result.files->bank.questions[2].key == ChoiceSet::single(0));
}

TEST_CASE("bank: difficulty is 1 to 5 and an image must exist")
{
    SampleCopy difficulty;
    difficulty.replaceLine("bank.csv", 2, "LV0001,判断,题干,,,,,,,对,K2,6,,");
    CHECK_ERROR_AT(difficulty.run().diagnostics, "bank.csv", 2, "难度");
    SampleCopy image;
    image.replaceLine("bank.csv", 2, "LV0001,判断,题干,,,,,,,对,K2,2,images/none.png,");
    CHECK_ERROR_AT(image.run().diagnostics, "bank.csv", 2, "not found");
}

TEST_CASE("bank: a stem with a line break and a quoted comma is kept whole")
{
    SampleCopy sample;
    sample.replaceLine("bank.csv", 2,
                       "LV0001,判断,\"第一行，含\"\"引号\"\"\n第二行, 逗号\",,,,,,,对,K2,2,,");
    auto result = sample.run();
    REQUIRE_MESSAGE(result.files, test::dump(result.diagnostics));
    CHECK(result.files->bank.questions[0].stem == "第一行，含\"引号\"\n第二行, 逗号");
    // the next question is reported on its real line, after the extra line of the stem
    SampleCopy broken;
    broken.replaceLine("bank.csv", 2, "LV0001,判断,\"第一行\n第二行\",,,,,,,对,K2,2,,");
    broken.replace("bank.csv", "LV0002,判断", "LV0002,问答");
    CHECK_ERROR_AT(broken.run().diagnostics, "bank.csv", 4, "题型");
}

// rubric.json rules

TEST_CASE("rubric: subject weights must add up to 100")
{
    SampleCopy sample;
    sample.replace("rubric.json", "\"weight\": 20", "\"weight\": 25");
    auto result = sample.run();
    CHECK_FALSE(result.files);
    CHECK_MESSAGE(test::dump(result.diagnostics).find("rubric.json") != std::string::npos,
                  test::dump(result.diagnostics));
}

TEST_CASE("rubric: a task's rows must add up to 100")
{
    SampleCopy sample;
    sample.replace("rubric.json", "\"points\": 30", "\"points\": 20");
    auto result = sample.run();
    CHECK_FALSE(result.files);
    bool atTask = false;
    for (const auto& d : result.diagnostics.errors())
        atTask = atTask || (d.where.file.ends_with("rubric.json") && d.where.line > 1);
    CHECK_MESSAGE(atTask, test::dump(result.diagnostics));
}

TEST_CASE("rubric: graders_required is 1 or 2 and must be a number")
{
    SampleCopy sample;
    sample.replace("rubric.json", "\"graders_required\": 1", "\"graders_required\": 3");
    CHECK_ERROR_AT(sample.run().diagnostics, "rubric.json", 10, "graders_required");
}

TEST_CASE("rubric: it must be for the plan's operation item")
{
    SampleCopy sample;
    sample.replace("rubric.json", "\"operation_item\": \"低压电工作业\"",
                   "\"operation_item\": \"高压电工作业\"");
    CHECK_ERROR_AT(sample.run().diagnostics, "rubric.json", 0, "operation_item");
}

TEST_CASE("plan: a number beyond any integer is reported as too large")
{
    SampleCopy sample;
    sample.replace("plan.json", "\"late_entry_minutes\": 15",
                   "\"late_entry_minutes\": 18446744073709551615");
    CHECK_ERROR_AT(sample.run().diagnostics, "plan.json", 43, "is too large");
    SampleCopy overflow;
    overflow.replace("plan.json", "\"late_entry_minutes\": 15", "\"late_entry_minutes\": 1e400");
    CHECK_ERROR_AT(overflow.run().diagnostics, "plan.json", 43, "invalid JSON");
}
