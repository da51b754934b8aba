// 纸质试卷: the drawn paper and its answer sheet, from the sample bank, checked with poppler and
// rendered to PNG under <build>/print-renders.
#include "domain/PaperDraw.h"
#include "import/CentreFiles.h"
#include "package/SessionImages.h"
#include "print/PaperPrinter.h"
#include "PrintTestSupport.h"
#include "util/Clock.h"

#include <QBuffer>
#include <QFile>

using namespace examroom;
using namespace examroom::print;

namespace {

struct Sample
{
    CentreFiles files;
    Paper paper;
    PaperHeader header;
    package::SecretFiles images; // the bank's images, in guarded memory as the console has them
};

Sample sample()
{
    FixedClock clock(parseIsoTime("2027-03-01T09:00:00+08:00")->utc);
    auto imported = importCentreFiles(test::sampleDataDir(), clock);
    REQUIRE(imported.files);
    Sample s{std::move(*imported.files), {}, {}, {}};
    const FileSource folder(s.files.dir);
    s.images = package::collectSessionImages({}, s.files.bank, folder, folder).questions;
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
    auto items = printedItems(s.paper, s.files.bank, {0, 3}, s.images);
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

    // Built in memory as the console does; written here only so that poppler can read it.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    auto result = PaperPrinter().print(buffer, s.header, items);
    REQUIRE(result.ok);
    REQUIRE(bytes.startsWith("%PDF-"));
    auto pdf = test::printRendersDir() / "paper-fallback.pdf";
    {
        QFile out(QString::fromStdString(pdf.string()));
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(out.write(bytes) == bytes.size());
    }
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
    CHECK(text.find("缺失）") == std::string::npos); // every image found in memory
    test::renderPdf(pdf, result.pages, 70);
}

TEST_CASE("a paper with no questions or an unwritable output prints nothing")
{
    test::ensureGuiApp();
    auto s = sample();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    CHECK_FALSE(PaperPrinter().print(buffer, s.header, {}).ok);
    CHECK(bytes.isEmpty());
    auto items = printedItems(s.paper, s.files.bank, {}, s.images);
    QFile unwritable(QStringLiteral("/nonexistent-dir/paper.pdf"));
    CHECK_FALSE(PaperPrinter().print(unwritable, s.header, items).ok);
    CHECK_FALSE(std::filesystem::exists("/nonexistent-dir/paper.pdf"));
}

TEST_CASE("the paper prints the question images it is given and marks the missing ones")
{
    test::ensureGuiApp();
    auto s = sample();
    std::size_t withImage = 0;
    for (const auto& item : s.paper.items)
        withImage += s.files.bank.find(item.questionId)->image.empty() ? 0 : 1;
    REQUIRE(withImage > 0);
    QByteArray given;
    QBuffer givenOut(&given);
    auto items = printedItems(s.paper, s.files.bank, {}, s.images);
    REQUIRE(PaperPrinter().print(givenOut, s.header, items).ok);
    QByteArray missing;
    QBuffer missingOut(&missing);
    auto none = printedItems(s.paper, s.files.bank, {}, package::SecretFiles());
    REQUIRE(PaperPrinter().print(missingOut, s.header, none).ok);
    auto pdf = test::printRendersDir() / "paper-no-images.pdf";
    {
        QFile out(QString::fromStdString(pdf.string()));
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(out.write(missing) == missing.size());
    }
    // poppler maps 片 to its radical form (⽚): look for the rest of the placeholder.
    CHECK(test::pdfText(pdf).find("缺失）") != std::string::npos);
    // The images are embedded: the paper with them is larger than the one without.
    CHECK(given.size() > missing.size());
}
