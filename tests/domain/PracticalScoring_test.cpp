#include "domain/PracticalScoring.h"
#include "domain/RubricRules.h"

#include <algorithm>
#include <doctest/doctest.h>

using namespace examroom;

namespace {

PracticalTask task(std::string code, std::string name, int minutes,
                   std::vector<std::pair<std::string, int>> rows, std::vector<std::string> veto)
{
    PracticalTask result;
    result.code = std::move(code);
    result.name = std::move(name);
    result.minutes = minutes;
    for (auto& [content, points] : rows)
        result.rows.push_back({content, points, "扣分"});
    result.veto = std::move(veto);
    return result;
}

// tests/data/rubric.json, by hand.
PracticalRubric sampleRubric()
{
    PracticalRubric rubric;
    rubric.operationItem = "低压电工作业";
    rubric.durationMinutes = 60;
    rubric.passPoints = 80;
    rubric.subjects = {
        {"K1",
         "安全用具使用",
         20,
         1,
         {task("K11", "电工仪表安全使用", 10,
               {{"仪表的选用与检查", 30}, {"正确测量并读数", 50}, {"使用后的整理", 20}},
               {"带电测量绝缘电阻"}),
          task("K12", "电工安全用具使用", 10, {{"安全用具的检查", 40}, {"安全用具的正确使用", 60}},
               {"未检查安全用具即使用"}),
          task("K13", "电工安全标示的辨识", 10,
               {{"识别安全标志", 20}, {"说明标志用途", 20}, {"正确悬挂标志", 60}}, {})}},
        {"K2",
         "安全操作技术",
         40,
         2,
         {task("K21", "电动机单向连续运转接线（带点动控制）", 30,
               {{"电路图识读与器件检查", 20}, {"安装接线", 50}, {"通电试车", 30}},
               {"通电试车造成短路", "违反安全操作规程造成人身伤害"}),
          task("K22", "三相异步电动机正反转接线", 30,
               {{"电路图识读与器件检查", 20}, {"安装接线", 50}, {"通电试车", 30}},
               {"通电试车造成短路"})}},
        {"K3",
         "作业现场安全隐患排除",
         20,
         1,
         {task("K31", "判断作业现场存在的安全风险、职业危害", 5,
               {{"找出隐患", 60}, {"说明危害及防范措施", 40}}, {})}},
        {"K4",
         "作业现场应急处置",
         20,
         1,
         {task("K41", "触电事故现场的应急处理", 10, {{"使触电者脱离电源", 50}, {"现场救护", 50}},
               {"未确认现场环境安全即施救"}),
          task("K42", "单人徒手心肺复苏", 10,
               {{"判断意识与呼救", 20}, {"胸外按压", 50}, {"开放气道与人工呼吸", 30}}, {})}},
    };
    return rubric;
}

PaperSeed seedOf(std::uint8_t first)
{
    PaperSeed seed{};
    for (std::size_t i = 0; i < seed.size(); ++i)
        seed[i] = std::uint8_t(first + i);
    return seed;
}

GraderMark mark(std::string grader, std::vector<int> deductions, std::vector<VetoMark> vetoes = {})
{
    GraderMark result;
    result.graderId = std::move(grader);
    for (int deducted : deductions)
        result.rows.push_back({deducted, ""});
    result.vetoes = std::move(vetoes);
    return result;
}

const PracticalSubject& subject(const PracticalRubric& rubric, std::size_t index)
{
    return rubric.subjects[index];
}

// A result for every subject of the sample rubric, each first task scored `score` by its
// graders (at most 50 off: the deduction goes to the largest row).
std::vector<SubjectResult> allScoring(const PracticalRubric& rubric, int score)
{
    std::vector<SubjectResult> results;
    for (const auto& s : rubric.subjects) {
        std::vector<GraderMark> marks;
        for (int g = 0; g < s.gradersRequired; ++g) {
            auto m = mark("G" + std::to_string(g), std::vector<int>(s.tasks[0].rows.size(), 0));
            const auto& rows = s.tasks[0].rows;
            const auto largest = std::max_element(
                rows.begin(), rows.end(),
                [](const RubricRow& a, const RubricRow& b) { return a.points < b.points; });
            m.rows[std::size_t(largest - rows.begin())].deducted = 100 - score;
            marks.push_back(m);
        }
        results.push_back(subjectResult(s, 0, marks));
    }
    return results;
}

} // namespace

TEST_CASE("the sample rubric is structurally valid")
{
    CHECK(validateRubric(sampleRubric()).empty());
}

TEST_CASE("the practical task draw is deterministic and picks one task per subject")
{
    const auto rubric = sampleRubric();
    const auto drawn = practicalTaskDraw(rubric, seedOf(1));
    // Pinned output of examroom.practical.v1, cross-checked against an independent
    // reimplementation of the documented stream.
    CHECK(drawn == std::vector<int>{1, 0, 0, 1});
    CHECK(practicalTaskDraw(rubric, seedOf(1)) == drawn);

    std::vector<std::vector<bool>> seen(4);
    for (std::size_t s = 0; s < 4; ++s)
        seen[s].resize(rubric.subjects[s].tasks.size());
    for (std::uint8_t s = 0; s < 40; ++s) {
        const auto tasks = practicalTaskDraw(rubric, seedOf(s));
        REQUIRE(tasks.size() == 4);
        for (std::size_t i = 0; i < 4; ++i) {
            REQUIRE(tasks[i] >= 0);
            REQUIRE(tasks[i] < int(rubric.subjects[i].tasks.size()));
            seen[i][std::size_t(tasks[i])] = true;
        }
    }
    for (const auto& subjectSeen : seen)
        CHECK(std::all_of(subjectSeen.begin(), subjectSeen.end(), [](bool b) { return b; }));
}

TEST_CASE("a subject without tasks cannot be drawn")
{
    auto rubric = sampleRubric();
    rubric.subjects[2].tasks.clear();
    CHECK_THROWS_WITH_AS(practicalTaskDraw(rubric, seedOf(0)),
                         "subject K3 has no tasks to draw from", PracticalError);
}

TEST_CASE("a task is scored 100 minus its deductions")
{
    const auto rubric = sampleRubric();
    const auto& k21 = rubric.subjects[1].tasks[0];
    CHECK(taskScore(k21, mark("G1", {0, 0, 0})) == 100);
    CHECK(taskScore(k21, mark("G1", {5, 20, 15})) == 60);
    CHECK(taskScore(k21, mark("G1", {20, 50, 30})) == 0);
}

TEST_CASE("a deduction above the row's points or below zero is an error")
{
    const auto rubric = sampleRubric();
    const auto& k21 = rubric.subjects[1].tasks[0];
    CHECK(validateMark(k21, mark("G1", {0, 60, 0})) ==
          std::vector<std::string>{
              "row 2 (安装接线): deduction 60 is more than the row's 50 points"});
    CHECK(validateMark(k21, mark("G1", {-5, 0, 0})) ==
          std::vector<std::string>{"row 1 (电路图识读与器件检查): deduction -5 is negative"});
    CHECK_THROWS_AS(taskScore(k21, mark("G1", {0, 60, 0})), PracticalError);
}

TEST_CASE("a mark must have one entry per row, a grader, and vetoes that exist with a reason")
{
    const auto rubric = sampleRubric();
    const auto& k21 = rubric.subjects[1].tasks[0];
    CHECK(validateMark(k21, mark("G1", {0, 0})) ==
          std::vector<std::string>{"marks for 2 rows, task K21 has 3"});
    CHECK(validateMark(k21, mark("", {0, 0, 0})) ==
          std::vector<std::string>{"the grader is not named"});
    CHECK(validateMark(k21, mark("G1", {0, 0, 0}, {{2, "短路"}})) ==
          std::vector<std::string>{"veto item 3 does not exist, task K21 has 2"});
    CHECK(validateMark(k21, mark("G1", {0, 0, 0}, {{-1, "短路"}})).size() == 1);
    CHECK(validateMark(k21, mark("G1", {0, 0, 0}, {{0, " "}})) ==
          std::vector<std::string>{"veto item 1 (通电试车造成短路) has no reason"});
    CHECK(validateMark(k21, mark("G1", {0, 0, 0}, {{1, "触电"}})).empty());
}

TEST_CASE("one grader's score is the subject's score")
{
    const auto rubric = sampleRubric();
    const auto result = subjectResult(subject(rubric, 0), 2, {mark("G1", {4, 8, 20})});
    CHECK(result.subjectCode == "K1");
    CHECK(result.taskIndex == 2);
    CHECK(result.graderScores == std::vector<int>{68});
    CHECK(result.halfPoints == 136);
    CHECK(result.points() == doctest::Approx(68.0));
    CHECK_FALSE(result.needsReview);
    CHECK_FALSE(result.vetoed);
}

TEST_CASE("two graders' scores are averaged exactly, halves included")
{
    const auto rubric = sampleRubric();
    const auto result =
        subjectResult(subject(rubric, 1), 0, {mark("G1", {5, 10, 0}), mark("G2", {0, 10, 0})});
    CHECK(result.graderScores == std::vector<int>{85, 90});
    CHECK(result.halfPoints == 175);
    CHECK(result.points() == doctest::Approx(87.5));
    CHECK_FALSE(result.needsReview);
}

TEST_CASE("two graders more than the allowed difference apart are flagged for review")
{
    const auto rubric = sampleRubric();
    const auto& k2 = subject(rubric, 1);
    CHECK_FALSE(subjectResult(k2, 0, {mark("G1", {0, 10, 0}), mark("G2", {0, 0, 0})}).needsReview);
    const auto apart = subjectResult(k2, 0, {mark("G1", {0, 10, 5}), mark("G2", {0, 0, 0})});
    CHECK(apart.needsReview);
    CHECK(apart.halfPoints == 185);
    CHECK_FALSE(
        subjectResult(k2, 0, {mark("G1", {0, 10, 5}), mark("G2", {0, 0, 0})}, 15).needsReview);
}

TEST_CASE("a subject needs exactly its required graders, each once")
{
    const auto rubric = sampleRubric();
    const auto& k2 = subject(rubric, 1);
    CHECK_THROWS_WITH_AS(subjectResult(k2, 0, {mark("G1", {0, 0, 0})}),
                         "subject K2 needs marks from 2 graders, got 1", PracticalError);
    CHECK_THROWS_WITH_AS(subjectResult(k2, 0, {mark("G1", {0, 0, 0}), mark("G1", {0, 0, 0})}),
                         "subject K2: grader G1 marked it twice; the marks must be independent",
                         PracticalError);
    CHECK_THROWS_AS(
        subjectResult(subject(rubric, 0), 0, {mark("G1", {0, 0, 0}), mark("G2", {0, 0, 0})}),
        PracticalError);
    CHECK_THROWS_WITH_AS(subjectResult(k2, 2, {mark("G1", {0, 0, 0}), mark("G2", {0, 0, 0})}),
                         "subject K2: task 2 does not exist, the subject has 2", PracticalError);
    CHECK_THROWS_WITH_AS(
        subjectResult(k2, 0, {mark("G1", {0, 0, 0}), mark("G2", {0, 60, 0})}),
        "subject K2 (grader G2): row 2 (安装接线): deduction 60 is more than the row's 50 points",
        PracticalError);
}

TEST_CASE("the practical score is the weighted sum of the subjects, exact in 1/200 points")
{
    const auto rubric = sampleRubric();
    std::vector<SubjectResult> results{
        subjectResult(subject(rubric, 0), 0, {mark("G1", {0, 10, 0})}), // 90
        subjectResult(subject(rubric, 1), 1,
                      {mark("A", {0, 10, 5}), mark("B", {0, 10, 0})}),  // 87.5
        subjectResult(subject(rubric, 2), 0, {mark("G1", {15, 0})}),    // 85
        subjectResult(subject(rubric, 3), 1, {mark("G1", {0, 0, 10})}), // 90
    };
    const auto result = practicalResult(rubric, results);
    // 0.2 × 90 + 0.4 × 87.5 + 0.2 × 85 + 0.2 × 90 = 18 + 35 + 17 + 18 = 88
    CHECK(result.total200ths == 20 * 180 + 40 * 175 + 20 * 170 + 20 * 180);
    CHECK(result.points() == doctest::Approx(88.0));
    CHECK(result.passed);
    CHECK_FALSE(result.vetoed);

    // Order of the results does not matter: they are matched by subject code.
    std::reverse(results.begin(), results.end());
    CHECK(practicalResult(rubric, results).total200ths == result.total200ths);
}

TEST_CASE("a practical score of exactly 80 passes and just below fails")
{
    const auto rubric = sampleRubric();
    CHECK(practicalResult(rubric, allScoring(rubric, 80)).passed);
    CHECK(practicalResult(rubric, allScoring(rubric, 80)).points() == doctest::Approx(80.0));
    CHECK_FALSE(practicalResult(rubric, allScoring(rubric, 79)).passed);

    // 79.8: K2's graders average 79.5 → 0.4 × 79.5 = 31.8.
    auto results = allScoring(rubric, 80);
    results[1] =
        subjectResult(subject(rubric, 1), 0, {mark("A", {0, 20, 0}), mark("B", {0, 21, 0})});
    const auto result = practicalResult(rubric, results);
    CHECK(result.total200ths == 15960);
    CHECK(result.points() == doctest::Approx(79.8));
    CHECK_FALSE(result.passed);
}

TEST_CASE("a veto fails the practical exam whatever the points")
{
    const auto rubric = sampleRubric();
    auto results = allScoring(rubric, 100);
    results[1] =
        subjectResult(subject(rubric, 1), 0,
                      {mark("A", {0, 0, 0}, {{0, "试车时相间短路"}}), mark("B", {0, 0, 0})});
    CHECK(results[1].vetoed);
    CHECK(results[1].vetoItems == std::vector<std::string>{"通电试车造成短路"});
    CHECK(results[1].halfPoints == 200);
    const auto result = practicalResult(rubric, results);
    CHECK(result.points() == doctest::Approx(100.0));
    CHECK(result.vetoed);
    CHECK_FALSE(result.passed);
}

TEST_CASE("a practical result needs every subject once, none still under review")
{
    const auto rubric = sampleRubric();
    auto results = allScoring(rubric, 90);
    auto missing = results;
    missing.erase(missing.begin() + 2);
    CHECK_THROWS_WITH_AS(practicalResult(rubric, missing), "subject K3 has no result yet",
                         PracticalError);
    auto doubled = results;
    doubled.push_back(results[0]);
    CHECK_THROWS_WITH_AS(practicalResult(rubric, doubled), "subject K1 has two results",
                         PracticalError);
    auto review = results;
    review[1].needsReview = true;
    CHECK_THROWS_WITH_AS(practicalResult(rubric, review),
                         "subject K2 needs review: the graders' scores are too far apart",
                         PracticalError);
    auto unknown = results;
    unknown[3].subjectCode = "K9";
    CHECK_THROWS_AS(practicalResult(rubric, unknown), PracticalError);
}

TEST_CASE("rubric errors name the subject and task they are in")
{
    auto rubric = sampleRubric();
    rubric.subjects[1].tasks[0].rows[1].points = 40;
    CHECK(validateRubric(rubric) ==
          std::vector<std::string>{"subjects[1].tasks[0] (K21): rows add up to 90, expected 100"});

    rubric = sampleRubric();
    rubric.subjects[0].weight = 10;
    CHECK(validateRubric(rubric) ==
          std::vector<std::string>{"subjects: weights add up to 90, expected 100"});

    rubric = sampleRubric();
    rubric.subjects[3].gradersRequired = 3;
    CHECK(validateRubric(rubric) ==
          std::vector<std::string>{"subjects[3] (K4): graders_required is 3, expected 1 or 2"});

    rubric = sampleRubric();
    rubric.subjects[2].tasks.clear();
    CHECK(validateRubric(rubric) ==
          std::vector<std::string>{
              "subjects[2] (K3): no tasks, at least one is needed to draw from"});

    rubric = sampleRubric();
    rubric.subjects[3].code = "K1";
    rubric.subjects[3].tasks[1].code = "K21";
    CHECK(validateRubric(rubric) ==
          std::vector<std::string>{"subjects[3]: code K1 is also used by subjects[0]",
                                   "subjects[3].tasks[1]: code K21 is also used by "
                                   "subjects[1].tasks[0]"});

    rubric = sampleRubric();
    rubric.subjects[0].tasks[2].rows[0].points = 0;
    rubric.subjects[0].tasks[2].rows[1].points = 40;
    rubric.subjects[0].tasks[2].veto = {""};
    CHECK(validateRubric(rubric) ==
          std::vector<std::string>{"subjects[0].tasks[2].rows[0] (K13): points must be "
                                   "positive, got 0",
                                   "subjects[0].tasks[2].veto[0] (K13): empty"});

    rubric = sampleRubric();
    rubric.passPoints = 101;
    rubric.durationMinutes = 0;
    CHECK(validateRubric(rubric).size() == 2);
    rubric.subjects.clear();
    CHECK(validateRubric(rubric).back() == "subjects: none");
}
