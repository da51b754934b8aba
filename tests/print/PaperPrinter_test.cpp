// 纸质试卷: the drawn paper and its answer sheet, from the sample bank, checked with poppler and
// rendered to PNG under <build>/print-renders.
#include "domain/PaperDraw.h"
#include "import/CentreFiles.h"
#include "print/PaperPrinter.h"
#include "PrintTestSupport.h"
#include "util/Clock.h"

using namespace examroom;
using namespace examroom::print;

namespace {

struct Sample
{
    CentreFiles files;
    Paper paper;
    PaperHeader header;
};

Sample sample()
{
    FixedClock clock(parseIsoTime("2027-03-01T09:00:00+08:00")->utc);
    auto imported = importCentreFiles(test::sampleDataDir(), clock);
    REQUIRE(imported.files);
    Sample s{std::move(*imported.files), {}, {}};
    PaperSeed seed{};
    seed.fill(7);
    s.paper = drawPaper(s.files.bank, s.files.plan.blueprint, seed);
    const auto& plan = s.files.plan;
    const auto& c = s.files.roster.front();
    s.header = {plan.name,
                plan.site.name,
                "安全生产知识",
                plan.planId + "/R1",
                "R1",
                7,
                c.ticketNo,
                c.name,
                c.id.number,
                plan.knowledgeExam.start,
                plan.knowledgeExam.end,
                plan.blueprint.durationMinutes,
                plan.blueprint.totalPoints,
                plan.blueprint.passPoints,
                1};
    return s;
}

} // namespace

TEST_CASE("the paper prints every drawn question in order and an answer sheet without the key")
{
    test::ensureGuiApp();
    auto s = sample();
    auto items = printedItems(s.paper, s.files.bank, {0, 3}, s.files.dir / "images");
    REQUIRE(items.size() == s.paper.items.size());
    // Options in the candidate's drawn order, not the bank's.
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto* question = s.files.bank.find(s.paper.items[i].questionId);
        if (s.paper.items[i].type == QuestionType::TrueFalse)
            continue;
        for (int o = 0; o < items[i].options.size(); ++o)
            CHECK(items[i].options[o].toStdString() ==
                  question->options.at(std::size_t(s.paper.items[i].optionOrder[std::size_t(o)])));
    }
    CHECK(items[0].kept);
    CHECK(items[3].kept);
    CHECK_FALSE(items[1].kept);

    auto pdf = test::printRendersDir() / "paper-fallback.pdf";
    std::filesystem::remove(pdf);
    auto result = PaperPrinter().print(QString::fromStdString(pdf.string()), s.header, items);
    REQUIRE(result.ok);
    CHECK(test::pdfPageCount(pdf) == result.pages);
    CHECK(result.pages >= 3);
    const std::string text = test::pdfText(pdf);
    CHECK(text.find(s.header.ticketNo) != std::string::npos);
    CHECK(text.find("答题卡") != std::string::npos);
    // poppler maps some CJK characters to their radical forms (人 → ⼈), so count plain ones.
    std::size_t signatures = 0;
    for (auto at = text.find("签名："); at != std::string::npos; at = text.find("签名：", at + 1))
        ++signatures;
    CHECK(signatures == 4);
    CHECK(text.find("已在考位上作答") != std::string::npos);
    CHECK(text.find("共 " + std::to_string(result.pages - 1) + " ") != std::string::npos);
    // The first question's stem is on the paper; no explanation (解析) or key is.
    const auto* first = s.files.bank.find(s.paper.items.front().questionId);
    CHECK(text.find(first->stem.substr(0, 12)) != std::string::npos);
    for (const auto& item : s.paper.items) {
        const auto* q = s.files.bank.find(item.questionId);
        if (!q->explanation.empty())
            CHECK(text.find(q->explanation) == std::string::npos);
    }
    CHECK(text.find("答案：") == std::string::npos);
    test::renderPdf(pdf, result.pages, 70);
}

TEST_CASE("a paper with no questions or an unwritable path prints nothing")
{
    test::ensureGuiApp();
    auto s = sample();
    CHECK_FALSE(PaperPrinter().print(QStringLiteral("/tmp/none.pdf"), s.header, {}).ok);
    auto items = printedItems(s.paper, s.files.bank, {}, s.files.dir / "images");
    CHECK_FALSE(
        PaperPrinter().print(QStringLiteral("/nonexistent-dir/paper.pdf"), s.header, items).ok);
    CHECK_FALSE(std::filesystem::exists("/nonexistent-dir/paper.pdf"));
}
